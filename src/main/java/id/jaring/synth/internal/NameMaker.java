package id.jaring.synth.internal;

import static id.jaring.synth.internal.NamePools.*;

import java.util.SplittableRandom;

/**
 * Composes Indonesian names: mostly one to three given names without a family name, the word
 * stock depending on the naming tradition and on the generation (parents born in the 1960s are
 * called ENENG or SUKARDI, their grandchildren NAYLA AZZAHRA or MUHAMMAD RIZKY PRATAMA).
 */
public final class NameMaker {

    /** Born before this year: the old word stock dominates. */
    static final int OLD_GENERATION_BEFORE = 1970;
    /** Born from this year: modern names dominate. */
    static final int NEW_GENERATION_FROM = 1993;

    private NameMaker() {
    }

    /** A base name (no titles, no BIN/BINTI). */
    public static String given(SplittableRandom r, Ethnicity e, boolean male, int birthYear) {
        if (e == Ethnicity.CHINESE) {
            return chinese(r, male, birthYear);
        }
        String[] trad = traditional(e, male);
        String[] arabic = male ? ARABIC_MALE : ARABIC_FEMALE;
        String[] modern = male ? MODERN_MALE : MODERN_FEMALE;
        String[] last = male ? MODERN_MALE_LAST : MODERN_FEMALE_LAST;
        String[] prefix = male ? MALE_PREFIX : FEMALE_PREFIX;
        double u = r.nextDouble();
        if (birthYear < OLD_GENERATION_BEFORE) {
            if (u < 0.50) {
                return Rand.pick(r, trad);
            } else if (u < 0.68) {
                return join(r, trad, trad);
            } else if (u < 0.86) {
                return join(r, prefix, r.nextBoolean() ? trad : arabic);
            }
            return Rand.pick(r, arabic);
        } else if (birthYear < NEW_GENERATION_FROM) {
            if (u < 0.25) {
                return Rand.pick(r, r.nextInt(4) == 0 ? arabic : trad);
            } else if (u < 0.45) {
                return join(r, trad, r.nextBoolean() ? trad : arabic);
            } else if (u < 0.65) {
                return join(r, r.nextBoolean() ? trad : modern, last);
            } else if (u < 0.87) {
                return join(r, prefix, birthYear >= 1985 && r.nextInt(3) == 0 ? modern : (r.nextBoolean() ? trad : arabic));
            }
            return join(r, modern, last);
        }
        if (u < 0.12) {
            return Rand.pick(r, modern);
        } else if (u < 0.52) {
            return join(r, modern, last);
        } else if (u < 0.85) {
            String two = join(r, prefix, modern);
            return r.nextBoolean() ? two + " " + Rand.pick(r, last) : two;
        } else if (u < 0.93) {
            return join(r, modern, modern);
        }
        return join(r, modern, arabic);
    }

    /** A name like a twin's: the same shape with one given name changed (RIZKY/RIZAL, HASAN/HUSEIN). */
    public static String similar(SplittableRandom r, String name, Ethnicity e, boolean male) {
        String[] words = name.split(" ");
        if (male && r.nextInt(5) == 0) {
            return "HASAN".equals(words[0]) ? "HUSEIN" : words.length > 1 ? "HASAN " + words[words.length - 1] : "HUSEIN";
        }
        int index = 0;
        while (index < words.length - 1 && isPrefix(words[index])) {
            index++;
        }
        String[] pool = poolOf(words[index], e, male);
        String replacement = words[index];
        for (int attempt = 0; attempt < 40 && (replacement.equals(words[index])
                || (attempt < 30 && replacement.charAt(0) != words[index].charAt(0))); attempt++) {
            replacement = Rand.pick(r, pool);
        }
        words[index] = replacement;
        return String.join(" ", words);
    }

    /** The name as written with titles: H./HJ. for hajis, DRS./DRA. or a degree after a comma. */
    public static String withTitles(String base, boolean male, boolean haji, boolean drs, String degree) {
        StringBuilder sb = new StringBuilder(base.length() + 12);
        if (haji) {
            sb.append(male ? "H. " : "HJ. ");
        }
        if (drs) {
            sb.append(male ? "DRS. " : "DRA. ");
        }
        sb.append(base);
        if (degree != null && !drs) {
            sb.append(", ").append(degree);
        }
        return sb.toString();
    }

    /** The patronymic form some people carry: AHMAD BIN SULAIMAN, SITI AMINAH BINTI SUPARMAN. */
    public static String withPatronym(String base, boolean male, String fatherBase) {
        String[] father = fatherBase.split(" ");
        String fatherGiven = isPrefix(father[0]) && father.length > 1 ? father[1] : father[0];
        return base + (male ? " BIN " : " BINTI ") + fatherGiven;
    }

    public static String degree(SplittableRandom r) {
        return Rand.pick(r, ACADEMIC_TITLE);
    }

    static boolean isPrefix(String word) {
        for (String p : MALE_PREFIX) {
            if (p.equals(word)) {
                return true;
            }
        }
        for (String p : FEMALE_PREFIX) {
            if (p.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static String chinese(SplittableRandom r, boolean male, int birthYear) {
        if (birthYear < 1975 && r.nextInt(10) < 6) {
            return Rand.pick(r, CHINESE_SURNAME) + " " + join(r, CHINESE_SYLLABLE, CHINESE_SYLLABLE);
        }
        return Rand.pick(r, male ? CHINESE_MODERN_MALE : CHINESE_MODERN_FEMALE) + " "
                + Rand.pick(r, CHINESE_INDONESIAN_FAMILY);
    }

    private static String[] traditional(Ethnicity e, boolean male) {
        return switch (e) {
            case SUNDA -> male ? SUNDA_MALE : SUNDA_FEMALE;
            case JAWA -> male ? JAWA_MALE : JAWA_FEMALE;
            case BETAWI, CHINESE -> male ? BETAWI_MALE : BETAWI_FEMALE;
        };
    }

    private static String[] poolOf(String word, Ethnicity e, boolean male) {
        String[][] candidates = male
                ? new String[][] {MODERN_MALE, MODERN_MALE_LAST, ARABIC_MALE, traditional(e, true), CHINESE_SYLLABLE}
                : new String[][] {MODERN_FEMALE, MODERN_FEMALE_LAST, ARABIC_FEMALE, traditional(e, false), CHINESE_SYLLABLE};
        for (String[] pool : candidates) {
            for (String w : pool) {
                if (w.equals(word)) {
                    return pool;
                }
            }
        }
        return male ? MODERN_MALE : MODERN_FEMALE;
    }

    private static String join(SplittableRandom r, String[] first, String[] second) {
        String a = Rand.pick(r, first);
        String b = Rand.pick(r, second);
        for (int attempt = 0; attempt < 5 && a.equals(b); attempt++) {
            b = Rand.pick(r, second);
        }
        return a.equals(b) ? a : a + " " + b;
    }
}
