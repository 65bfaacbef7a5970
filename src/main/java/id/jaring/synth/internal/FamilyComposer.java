package id.jaring.synth.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds who lives in a family: the head, spouse, children born when their mother was 17 to 45,
 * and for extended families parents or in-laws, a married child with spouse and grandchildren,
 * relatives and others. Household types and ages follow the shape of Indonesia's population
 * (SUPAS/Susenas): mean KK size about 3.7, a young pyramid, most heads married men.
 */
final class FamilyComposer {

    static final String HEAD = "KEPALA KELUARGA";
    static final String WIFE = "ISTRI";
    static final String HUSBAND = "SUAMI";
    static final String CHILD = "ANAK";
    static final String CHILD_IN_LAW = "MENANTU";
    static final String GRANDCHILD = "CUCU";
    static final String PARENT = "ORANG TUA";
    static final String PARENT_IN_LAW = "MERTUA";
    static final String RELATIVE = "FAMILI LAIN";
    static final String OTHER = "LAINNYA";

    /** Age bands of family heads (5 years from 20) and their weights. */
    static final double[] HEAD_AGE_BAND_WEIGHTS = {3, 8, 11, 12, 12, 11, 10, 9, 7, 5, 3.5, 2.5, 1.5, 0.6};
    static final double SINGLE_YOUNG_RATE = 0.10;
    static final double SINGLE_MIDDLE_RATE = 0.03;
    static final double SINGLE_OLD_RATE = 0.14;
    static final double SINGLE_PARENT_RATE = 0.08;
    static final double EXTENDED_RATE = 0.20;
    static final double WIFE_HEADED_COUPLE_RATE = 0.03;
    static final double CHILDLESS_COUPLE_RATE = 0.05;
    /** Twin births per birth (Indonesia about 1.2%; a little more to have enough hard negatives). */
    static final double TWIN_RATE = 0.015;
    static final int MIN_MOTHER_AGE = 17;
    static final int MAX_MOTHER_AGE = 45;

    private static final double YEAR = 365.2425;

    private final SplittableRandom r;
    private final long today;
    private final List<Member> members = new ArrayList<>();

    private FamilyComposer(SplittableRandom r, long today) {
        this.r = r;
        this.today = today;
    }

    /** Members, head first, then spouse, children, in-laws, grandchildren, parents, others. */
    static List<Member> compose(SplittableRandom r, long today) {
        return new FamilyComposer(r, today).build();
    }

    private List<Member> build() {
        int headAge = 20 + 5 * Rand.weighted(r, HEAD_AGE_BAND_WEIGHTS) + r.nextInt(5);
        double singleRate = headAge < 30 ? SINGLE_YOUNG_RATE : headAge >= 62 ? SINGLE_OLD_RATE : SINGLE_MIDDLE_RATE;
        double u = r.nextDouble();
        if (u < singleRate) {
            single(headAge);
        } else if (u < singleRate + SINGLE_PARENT_RATE) {
            singleParent(headAge);
        } else {
            Member wife = couple(headAge);
            boolean extended = u > 1 - EXTENDED_RATE;
            if (!(r.nextDouble() < CHILDLESS_COUPLE_RATE)) {
                children(wife, wife.spouse, CHILD, 0);
            }
            if (extended) {
                extend(wife);
            }
        }
        return members;
    }

    private void single(int age) {
        boolean male = age < 62 ? r.nextDouble() < 0.55 : r.nextDouble() < 0.3;
        Member head = add(new Member(male, born(age), HEAD));
        head.maritalStatus = age < 30 ? "BELUM KAWIN" : age >= 62 ? "CERAI MATI" : (r.nextBoolean() ? "CERAI HIDUP" : "BELUM KAWIN");
    }

    private void singleParent(int age) {
        boolean male = r.nextDouble() < 0.18;
        Member head = add(new Member(male, born(Math.max(age, 24)), HEAD));
        head.maritalStatus = age >= 45 || r.nextDouble() < 0.4 ? "CERAI MATI" : "CERAI HIDUP";
        if (male) {
            Member absentMother = new Member(false, head.birthDay + spouseGapDays(), null);
            int n = children(absentMother, head, CHILD, 1);
            members.stream().filter(m -> m.mother == absentMother)
                    .forEach(m -> {
                        m.mother = null;
                        m.absentMotherBirthYear = absentMother.birthYear();
                    });
            if (n == 0) {
                head.maritalStatus = "CERAI HIDUP";
            }
        } else {
            children(head, null, CHILD, 1);
        }
    }

    /** A married couple, the husband aged headAge; returns the wife. */
    private Member couple(int husbandAge) {
        long husbandBorn = born(husbandAge);
        long wifeBorn = Math.min(husbandBorn + spouseGapDays(), today - (long) (17 * YEAR) - r.nextInt(365));
        boolean wifeHeads = r.nextDouble() < WIFE_HEADED_COUPLE_RATE;
        Member husband = new Member(true, husbandBorn, wifeHeads ? HUSBAND : HEAD);
        Member wife = new Member(false, wifeBorn, wifeHeads ? HEAD : WIFE);
        Member.marry(husband, wife);
        if (wifeHeads) {
            add(wife);
            add(husband);
        } else {
            add(husband);
            add(wife);
        }
        return wife;
    }

    /**
     * Children of a mother (a member or not) still living in the family: older children have
     * often left (married, work elsewhere). Returns how many were added.
     */
    private int children(Member mother, Member father, String relationship, int atLeast) {
        int born = mother.birthYear();
        double meanBirths = born < 1960 ? 4.8 : born < 1980 ? 3.2 : 2.6;
        int births = Math.max(atLeast, 1 + poisson(meanBirths - 1));
        double ageAtBirth = MIN_MOTHER_AGE + 1 + exponential(4.5);
        int added = 0;
        List<Member> kids = new ArrayList<>();
        long fatherOldEnough = father == null ? Long.MIN_VALUE : father.birthDay + (long) (17 * YEAR);
        for (int i = 0; i < births && ageAtBirth <= MAX_MOTHER_AGE; i++) {
            long birthDay = mother.birthDay + (long) (ageAtBirth * YEAR) + r.nextInt(120);
            if (birthDay >= today) {
                break;
            }
            if (birthDay < fatherOldEnough) {
                ageAtBirth += 1;
                i--;
                continue;
            }
            int copies = r.nextDouble() < TWIN_RATE ? 2 : 1;
            Member first = null;
            for (int c = 0; c < copies; c++) {
                Member child = new Member(r.nextBoolean(), birthDay, relationship);
                child.mother = mother;
                child.father = father;
                if (c == 1) {
                    child.twinOf = first;
                }
                first = child;
                kids.add(child);
            }
            ageAtBirth += 1.3 + exponential(2.2);
        }
        // oldest first; a second twin follows the first and shares its fate
        kids.sort((a, b) -> Long.compare(a.birthDay, b.birthDay));
        List<Member> kept = new ArrayList<>();
        for (Member child : kids) {
            boolean stays = child.twinOf != null ? kept.contains(child.twinOf) : stillAtHome(child.ageOn(today));
            if (stays || (added == 0 && atLeast > 0 && child.ageOn(today) < 30)) {
                add(child);
                kept.add(child);
                added++;
            }
        }
        return added;
    }

    private boolean stillAtHome(int age) {
        double p = age < 18 ? 1 : age < 23 ? 0.85 : age < 27 ? 0.6 : age < 31 ? 0.3 : 0.1;
        return r.nextDouble() < p;
    }

    /** Adds the generations and relatives that make an extended family. */
    private void extend(Member wife) {
        Member head = members.get(0);
        if (head.ageOn(today) < 50) {
            Member child = r.nextDouble() < 0.6 ? head : (head == wife ? wife.spouse : wife);
            boolean inLaw = child != head;
            Member parent = new Member(r.nextDouble() < 0.3, child.birthDay - (long) ((20 + r.nextInt(16)) * YEAR) - r.nextInt(365),
                    inLaw ? PARENT_IN_LAW : PARENT);
            if (!parent.male) {
                child.mother = parent;
                child.absentMotherBirthYear = 0;
            } else {
                child.father = parent;
            }
            parent.maritalStatus = "CERAI MATI";
            add(parent);
            if (r.nextDouble() < 0.35) {
                long otherBorn = parent.birthDay + (parent.male ? spouseGapDays() : -spouseGapDays());
                long latestBirth = child.birthDay - (long) ((parent.male ? MIN_MOTHER_AGE + 1 : 19) * YEAR);
                long earliestBirth = child.birthDay - (long) ((parent.male ? MAX_MOTHER_AGE : 60) * YEAR);
                Member other = new Member(!parent.male, Math.max(earliestBirth, Math.min(latestBirth, otherBorn)),
                        parent.relationship);
                Member.marry(parent, other);
                if (other.male) {
                    child.father = other;
                } else {
                    child.mother = other;
                }
                add(other);
            }
        } else if (r.nextDouble() < 0.6) {
            marriedChildWithGrandchildren(wife);
        } else {
            // grandchildren left with their grandparents while the parents work elsewhere
            Member absentMother = new Member(false, wife.birthDay + (long) ((20 + r.nextInt(10)) * YEAR), null);
            int before = members.size();
            children(absentMother, null, GRANDCHILD, 1);
            for (Member m : members.subList(before, members.size())) {
                m.mother = null;
                m.absentMotherBirthYear = absentMother.birthYear();
            }
        }
        double u = r.nextDouble();
        if (u < 0.25) {
            add(new Member(r.nextBoolean(), born(5 + r.nextInt(21)), RELATIVE));
        } else if (u < 0.32) {
            add(new Member(r.nextDouble() < 0.3, born(15 + r.nextInt(40)), OTHER));
        }
    }

    private void marriedChildWithGrandchildren(Member wife) {
        Member married = null;
        for (Member m : members) {
            if (CHILD.equals(m.relationship) && m.ageOn(today) >= 20 && m.twinOf == null) {
                married = m;
                break;
            }
        }
        if (married == null) {
            long earliest = wife.birthDay + (long) ((MIN_MOTHER_AGE + 2) * YEAR);
            long latest = wife.birthDay + (long) ((MAX_MOTHER_AGE - 1) * YEAR);
            long birthDay = Math.min(latest, Math.max(earliest, today - (long) ((20 + r.nextInt(8)) * YEAR)));
            if (birthDay > today - (long) (19 * YEAR)) {
                return; // the mother is too young for a married child
            }
            married = new Member(r.nextBoolean(), birthDay, CHILD);
            married.mother = wife;
            married.father = wife.spouse;
            members.add(indexAfterChildren(), married);
        }
        long spouseBorn = married.male ? married.birthDay + spouseGapDays() : married.birthDay - spouseGapDays();
        spouseBorn = Math.min(spouseBorn, today - (long) (19 * YEAR));
        Member inLaw = add(new Member(!married.male, spouseBorn, CHILD_IN_LAW));
        Member.marry(married, inLaw);
        Member mother = married.male ? inLaw : married;
        children(mother, mother.spouse, GRANDCHILD, 0);
    }

    private int indexAfterChildren() {
        int i = 0;
        while (i < members.size() && (i < 2 || CHILD.equals(members.get(i).relationship))) {
            i++;
        }
        return i;
    }

    private Member add(Member m) {
        members.add(m);
        return m;
    }

    private long born(int age) {
        return today - (long) (age * YEAR) - r.nextInt(365) - 1;
    }

    /** Days the wife is younger than her husband: about 4 years, sometimes older. */
    private long spouseGapDays() {
        double years = Math.max(-3, Math.min(18, 4 + 3.5 * r.nextGaussian()));
        return (long) (years * YEAR);
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - r.nextDouble());
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double p = r.nextDouble();
        int k = 0;
        while (p > limit && k < 9) {
            p *= r.nextDouble();
            k++;
        }
        return k;
    }
}
