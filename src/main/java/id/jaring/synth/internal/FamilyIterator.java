package id.jaring.synth.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

import id.jaring.synth.GeneratorSettings;
import id.jaring.synth.Housing;
import id.jaring.synth.SyntheticFamily;
import id.jaring.synth.SyntheticPerson;

/**
 * Produces the families one by one. Each family draws from its own random stream (seed and
 * family index), so families do not depend on one another except through the NIK and No. KK
 * serial counters and the per-village namesake memory, both updated in order.
 */
public final class FamilyIterator implements Iterator<SyntheticFamily> {

    static final long SALT_FAMILY = 1;
    /** Welfare shift of urban kelurahan against rural desa. */
    static final double URBAN_WELFARE_SHIFT = 0.25;
    static final double RURAL_WELFARE_SHIFT = -0.10;
    /** Spouses (and children-in-law) from another naming tradition. */
    static final double MIXED_MARRIAGE_RATE = 0.2;
    static final double FATHER_SON_SAME_NAME_RATE = 0.02;
    static final double NAMESAKE_IN_VILLAGE_RATE = 0.01;
    static final double PATRONYM_RATE = 0.03;
    static final double HAJI_RATE_40_PLUS = 0.07;
    static final double DEGREE_TITLE_RATE = 0.45;
    static final double NIK_OTHER_KECAMATAN_RATE = 0.015;
    static final double NIK_FOREIGN_KECAMATAN_RATE = 0.015;
    static final long FIRST_KK_ISSUE_DAY = LocalDate.of(2005, 1, 1).toEpochDay();

    static final String[] JAVA_PLACES = {"BREBES", "TEGAL", "KEBUMEN", "CILACAP", "PURWOREJO", "WONOGIRI", "JAKARTA"};
    static final String[] SUNDA_PLACES = {"BOGOR", "SUKABUMI", "CIANJUR", "BANDUNG", "GARUT", "JAKARTA"};
    static final String[] BETAWI_PLACES = {"JAKARTA", "JAKARTA", "BOGOR", "BEKASI", "DEPOK"};
    static final String[] CHINESE_PLACES = {"JAKARTA", "TANGERANG", "JAKARTA"};
    static final String[] NEAR_PLACES = {"JAKARTA", "BOGOR"};

    private final GeneratorSettings settings;
    private final RegionTable regions = RegionTable.banten();
    private final IdAllocator ids;
    private final long today;
    private final Map<String, String[]> villageNames = new HashMap<>();
    private long personsLeft;
    private long familyIndex;
    private long nextPersonNumber = 1;

    public FamilyIterator(GeneratorSettings settings) {
        this.settings = settings;
        this.today = settings.referenceDate().toEpochDay();
        this.ids = new IdAllocator(regions.allKecamatan().size());
        this.personsLeft = settings.persons();
    }

    @Override
    public boolean hasNext() {
        return personsLeft > 0;
    }

    @Override
    public SyntheticFamily next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        familyIndex++;
        SplittableRandom r = Rand.stream(settings.seed(), SALT_FAMILY, familyIndex);
        RegionTable.KabKota kab = regions.pickKabKota(r);
        RegionTable.Desa desa = regions.pickDesa(r, kab);
        Ethnicity ethnicity = ethnicity(r, kab);
        double welfare = kab.welfareShift() + (desa.kelurahan() ? URBAN_WELFARE_SHIFT : RURAL_WELFARE_SHIFT) + r.nextGaussian();

        List<Member> members = FamilyComposer.compose(r, today);
        Map<Member, PersonTraits.Traits> traits = new IdentityHashMap<>();
        for (Member m : members) {
            traits.put(m, PersonTraits.draw(r, m, welfare, desa.kelurahan(), kab.coastal(), today));
        }
        name(r, members, traits, ethnicity, kab, welfare, desa);
        if (members.size() > personsLeft) {
            members = new ArrayList<>(members.subList(0, (int) personsLeft));
        }
        personsLeft -= members.size();

        Map<Member, String> personIds = new IdentityHashMap<>();
        for (Member m : members) {
            personIds.put(m, zeroPadded('P', nextPersonNumber++, 9));
        }
        long youngest = FIRST_KK_ISSUE_DAY;
        List<SyntheticPerson> persons = new ArrayList<>(members.size());
        for (Member m : members) {
            youngest = Math.max(youngest, m.birthDay);
            persons.add(person(r, m, traits.get(m), personIds, ethnicity, kab, desa));
        }
        long issueDay = Math.min(youngest, today - 30) + r.nextLong(Math.max(1, today - Math.min(youngest, today - 30)));
        String noKk = ids.noKk(desa.kecamatan(), LocalDate.ofEpochDay(issueDay));
        Addresses.Address address = Addresses.draw(r, desa);
        Housing housing = HousingModel.draw(r, welfare, desa.kelurahan());
        return new SyntheticFamily(zeroPadded('H', familyIndex, 8), noKk, desa.code(), desa.plainCode(),
                kab.code(), address.street(), address.rt(), address.rw(), housing, welfare, persons);
    }

    private SyntheticPerson person(SplittableRandom r, Member m, PersonTraits.Traits t, Map<Member, String> personIds,
            Ethnicity ethnicity, RegionTable.KabKota kab, RegionTable.Desa desa) {
        LocalDate birthDate = LocalDate.ofEpochDay(m.birthDay);
        double u = r.nextDouble();
        RegionTable.Kecamatan nikKecamatan = u < NIK_OTHER_KECAMATAN_RATE ? regions.pickTableKecamatan(r)
                : u < NIK_OTHER_KECAMATAN_RATE + NIK_FOREIGN_KECAMATAN_RATE ? regions.pickForeignKecamatan(r)
                : desa.kecamatan();
        if (m.twinOf != null && m.twinOf.nikKecamatan != null) {
            nikKecamatan = m.twinOf.nikKecamatan; // twins are registered together: consecutive serials
        }
        m.nikKecamatan = nikKecamatan;
        String nik = ids.nik(nikKecamatan, birthDate, !m.male);
        String motherName;
        if (m.mother != null) {
            motherName = m.mother.baseName;
        } else {
            int motherBorn = m.absentMotherBirthYear > 0 ? m.absentMotherBirthYear : m.birthYear() - 20 - r.nextInt(12);
            motherName = NameMaker.given(r, ethnicity, false, motherBorn);
        }
        return new SyntheticPerson(personIds.get(m), nik, m.name, m.male ? "L" : "P", birthPlace(r, m, ethnicity, kab),
                birthDate, m.relationship, motherName, personIds.get(m.mother), personIds.get(m.father),
                t.schooling(), t.education(), t.pregnant(),
                t.pregnant() ? LocalDate.ofEpochDay(t.expectedDeliveryDay()) : null, t.disability(), t.occupation(),
                t.income(), m.maritalStatus);
    }

    private void name(SplittableRandom r, List<Member> members, Map<Member, PersonTraits.Traits> traits,
            Ethnicity family, RegionTable.KabKota kab, double welfare, RegionTable.Desa desa) {
        String[] village = villageNames.computeIfAbsent(desa.plainCode(), k -> new String[2]);
        for (Member m : members) {
            boolean marriedIn = FamilyComposer.WIFE.equals(m.relationship) || FamilyComposer.HUSBAND.equals(m.relationship)
                    || FamilyComposer.CHILD_IN_LAW.equals(m.relationship) || FamilyComposer.PARENT_IN_LAW.equals(m.relationship);
            Ethnicity e = marriedIn && r.nextDouble() < MIXED_MARRIAGE_RATE ? ethnicity(r, kab) : family;
            int age = m.ageOn(today);
            int sexSlot = m.male ? 0 : 1;
            if (m.twinOf != null && m.twinOf.baseName != null && m.twinOf.male == m.male) {
                m.baseName = NameMaker.similar(r, m.twinOf.baseName, e, m.male);
            } else if (m.twinOf != null && m.twinOf.baseName != null) {
                m.baseName = NameMaker.given(r, e, m.male, m.birthYear());
            } else if (m.male && m.father != null && m.father.baseName != null && r.nextDouble() < FATHER_SON_SAME_NAME_RATE) {
                m.baseName = m.father.baseName;
                m.sameNameAsFather = true;
            } else if (age >= 17 && village[sexSlot] != null && r.nextDouble() < NAMESAKE_IN_VILLAGE_RATE) {
                m.baseName = village[sexSlot];
            } else {
                m.baseName = NameMaker.given(r, e, m.male, m.birthYear());
                if (e != Ethnicity.CHINESE && r.nextDouble() < PATRONYM_RATE) {
                    String father = m.father != null && m.father.baseName != null ? m.father.baseName
                            : NameMaker.given(r, e, true, m.birthYear() - 28);
                    m.baseName = NameMaker.withPatronym(m.baseName, m.male, father);
                }
            }
            if (age >= 17 && r.nextBoolean()) {
                village[sexSlot] = m.baseName;
            }
            String education = traits.get(m).education();
            boolean graduate = "S1".equals(education) || "S2".equals(education);
            boolean titled = graduate && r.nextDouble() < DEGREE_TITLE_RATE;
            boolean drs = titled && m.birthYear() < 1975 && r.nextDouble() < 0.5;
            boolean haji = e != Ethnicity.CHINESE && age >= 40
                    && r.nextDouble() < HAJI_RATE_40_PLUS * (welfare > 0.5 ? 2.0 : welfare > -0.5 ? 1.0 : 0.3);
            m.name = NameMaker.withTitles(m.baseName, m.male, haji, drs, titled && !drs ? NameMaker.degree(r) : null);
        }
    }

    private String birthPlace(SplittableRandom r, Member m, Ethnicity e, RegionTable.KabKota kab) {
        double u = r.nextDouble();
        boolean young = m.ageOn(today) < 20;
        double home = young ? 0.92 : 0.72;
        double nearby = young ? 0.05 : 0.10;
        if (u < home) {
            return kab.placeName();
        } else if (u < home + nearby) {
            List<RegionTable.KabKota> all = regions.kabKota();
            return all.get(r.nextInt(all.size())).placeName();
        } else if (young) {
            return Rand.pick(r, NEAR_PLACES);
        }
        return Rand.pick(r, switch (e) {
            case JAWA -> JAVA_PLACES;
            case SUNDA -> SUNDA_PLACES;
            case BETAWI -> BETAWI_PLACES;
            case CHINESE -> CHINESE_PLACES;
        });
    }

    static String zeroPadded(char prefix, long number, int width) {
        String digits = Long.toString(number);
        StringBuilder sb = new StringBuilder(width + 1).append(prefix);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    private static Ethnicity ethnicity(SplittableRandom r, RegionTable.KabKota kab) {
        return Ethnicity.values()[Rand.weighted(r, kab.ethnicityShares())];
    }
}
