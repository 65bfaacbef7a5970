package id.jaring.synth.internal;

import java.util.SplittableRandom;

/**
 * Schooling, education, work, income, disability and pregnancy of one person, drawn from age,
 * sex, place and the family's latent welfare (Banten-like shares: Susenas APS, Sakernas).
 */
final class PersonTraits {

    // Enrolment by age band (angka partisipasi sekolah, Banten roughly)
    static final double PAUD_ENROLMENT = 0.45;
    static final double SD_ENROLMENT = 0.985;
    static final double SMP_ENROLMENT = 0.92;
    static final double SMA_ENROLMENT = 0.74;
    static final double SCHOOL_WELFARE_CORRELATION = 0.35;
    static final double STUDENT_19_23_RATE = 0.22;

    static final String[] EDUCATION = {"TIDAK/BELUM SEKOLAH", "BELUM TAMAT SD", "SD", "SMP", "SMA", "DIPLOMA", "S1", "S2"};
    /** Adult attainment shares from TIDAK/BELUM SEKOLAH to S2, by birth cohort. */
    static final double[] EDUCATION_BORN_BEFORE_1965 = Rand.cumulative(14, 14, 44, 11, 11, 1.5, 4, 0.5);
    static final double[] EDUCATION_BORN_1965_1985 = Rand.cumulative(3, 6, 34, 19, 28, 3, 6.5, 0.5);
    static final double[] EDUCATION_BORN_FROM_1985 = Rand.cumulative(1, 2, 16, 23, 44, 4, 9, 1);

    static final String NOT_WORKING = "BELUM/TIDAK BEKERJA";
    static final String STUDENT = "PELAJAR/MAHASISWA";
    static final String HOMEMAKER = "MENGURUS RUMAH TANGGA";
    static final String RETIRED = "PENSIUNAN";
    /** Occupations from the poorest to the best paid; weights below follow this order. */
    static final String[] OCCUPATIONS = {"BURUH TANI", "NELAYAN", "BURUH HARIAN LEPAS", "ASISTEN RUMAH TANGGA",
            "PETANI", "OJEK", "TUKANG BANGUNAN", "PEDAGANG", "SOPIR", "BURUH PABRIK", "WIRASWASTA", "GURU",
            "KARYAWAN SWASTA", "PNS"};
    static final long[] MEDIAN_INCOME = {1_100_000, 1_800_000, 1_800_000, 1_500_000, 1_600_000, 2_200_000,
            2_600_000, 2_600_000, 3_000_000, 4_600_000, 4_000_000, 3_000_000, 5_200_000, 5_800_000};
    static final double[] RURAL_MALE = {12, 4, 20, 0, 20, 7, 8, 10, 3, 6, 4, 2, 6, 2};
    static final double[] URBAN_MALE = {0.5, 0.5, 15, 0, 1, 8, 6, 12, 5, 15, 8, 3, 22, 4};
    static final double[] RURAL_FEMALE = {8, 0.5, 8, 6, 8, 0, 0, 28, 0, 12, 8, 9, 10, 2.5};
    static final double[] URBAN_FEMALE = {0.5, 0, 6, 7, 0.5, 0, 0, 24, 0, 18, 9, 8, 24, 4};
    static final double UNEMPLOYMENT_RATE = 0.07;
    static final double MARRIED_WOMAN_HOMEMAKER_RATE = 0.55;
    static final double ELDERLY_NOT_WORKING_RATE = 0.55;

    /** Severe disability share by age band (under 18, 18-59, 60-74, 75+); sedang 0.8x, ringan 1.5x. */
    static final double[] SEVERE_DISABILITY_BY_AGE = {0.005, 0.009, 0.03, 0.08};
    /** Pregnancy among married women by age band 15-19, 20-24, 25-29, 30-34, 35-39, 40-45. */
    static final double[] PREGNANCY_BY_AGE = {0.07, 0.065, 0.055, 0.04, 0.025, 0.008};
    /** The expected delivery date falls within this many days after the reference date (9 months). */
    static final int HPL_WITHIN_DAYS = 270;

    record Traits(String schooling, String education, String occupation, long income, String disability,
            boolean pregnant, long expectedDeliveryDay) {
    }

    private PersonTraits() {
    }

    static Traits draw(SplittableRandom r, Member m, double welfare, boolean urban, boolean coastal, long today) {
        int age = m.ageOn(today);
        String schooling = schooling(r, age, welfare);
        String education = education(r, m, age, schooling, welfare);
        String occupation = occupation(r, m, age, schooling, education, welfare, urban, coastal);
        long income = income(r, occupation, welfare);
        String disability = disability(r, age);
        boolean pregnant = !m.male && m.spouse != null && age >= 15 && age <= 45
                && r.nextDouble() < PREGNANCY_BY_AGE[Math.min(5, (age - 15) / 5)];
        long hpl = pregnant ? today + 1 + r.nextInt(HPL_WITHIN_DAYS) : 0;
        return new Traits(schooling, education, occupation, income, disability, pregnant, hpl);
    }

    private static String schooling(SplittableRandom r, int age, double welfare) {
        String level;
        double rate;
        if (age >= 4 && age <= 6) {
            level = age == 6 && r.nextDouble() < 0.25 ? "SD" : "PAUD";
            rate = level.equals("SD") ? 1 : PAUD_ENROLMENT;
        } else if (age >= 7 && age <= 12) {
            level = "SD";
            rate = SD_ENROLMENT;
        } else if (age >= 13 && age <= 15) {
            level = age == 13 && r.nextDouble() < 0.1 ? "SD" : "SMP";
            rate = SMP_ENROLMENT;
        } else if (age >= 16 && age <= 18) {
            level = age == 16 && r.nextDouble() < 0.1 ? "SMP" : "SMA";
            rate = SMA_ENROLMENT;
        } else if (age == 19) {
            level = "SMA";
            rate = 0.08;
        } else {
            return "none";
        }
        return Rand.ladder(r, welfare, SCHOOL_WELFARE_CORRELATION, new double[] {1 - rate, 1}) == 1 ? level : "none";
    }

    private static String education(SplittableRandom r, Member m, int age, String schooling, double welfare) {
        switch (schooling) {
            case "PAUD":
                return EDUCATION[0];
            case "SD":
                return EDUCATION[1];
            case "SMP":
                return EDUCATION[2];
            case "SMA":
                return EDUCATION[3];
            default:
                break;
        }
        if (age < 7) {
            return EDUCATION[0];
        }
        if (age < 19) {
            // left school early: the last level finished depends on when
            return age < 13 ? EDUCATION[1] : age < 16 ? EDUCATION[r.nextInt(4) == 0 ? 1 : 2] : EDUCATION[r.nextInt(3) == 0 ? 2 : 3];
        }
        int born = m.birthYear();
        double[] shares = born < 1965 ? EDUCATION_BORN_BEFORE_1965 : born < 1985 ? EDUCATION_BORN_1965_1985 : EDUCATION_BORN_FROM_1985;
        return EDUCATION[Rand.ladder(r, welfare, 0.55, shares)];
    }

    static int educationRank(String education) {
        for (int i = 0; i < EDUCATION.length; i++) {
            if (EDUCATION[i].equals(education)) {
                return i;
            }
        }
        return 0;
    }

    private static String occupation(SplittableRandom r, Member m, int age, String schooling, String education,
            double welfare, boolean urban, boolean coastal) {
        if (!"none".equals(schooling)) {
            return age >= 7 ? STUDENT : NOT_WORKING;
        }
        if (age < 15) {
            return NOT_WORKING;
        }
        int rank = educationRank(education);
        if (age <= 23 && rank >= 4 && Rand.ladder(r, welfare, 0.5, new double[] {1 - STUDENT_19_23_RATE, 1}) == 1) {
            return STUDENT;
        }
        if (age < 18 && r.nextDouble() < 0.6) {
            return NOT_WORKING;
        }
        if (age >= 60 && r.nextDouble() < ELDERLY_NOT_WORKING_RATE + (age >= 70 ? 0.25 : 0)) {
            return rank >= 4 && welfare > 0.3 && r.nextDouble() < 0.5 ? RETIRED : NOT_WORKING;
        }
        if (!m.male && m.spouse != null && r.nextDouble() < MARRIED_WOMAN_HOMEMAKER_RATE) {
            return HOMEMAKER;
        }
        if (r.nextDouble() < UNEMPLOYMENT_RATE) {
            return NOT_WORKING;
        }
        double[] weights = (m.male ? (urban ? URBAN_MALE : RURAL_MALE) : (urban ? URBAN_FEMALE : RURAL_FEMALE)).clone();
        if (!coastal) {
            weights[1] = 0; // no fishers inland
        }
        if (rank < 4) {
            weights[13] = 0; // civil servants and teachers finished at least SMA
            weights[11] = 0;
        } else if (rank < 6) {
            weights[13] *= 0.15; // and mostly hold a degree
            weights[11] *= 0.3;
        }
        double score = 0.75 * welfare + 0.45 * (rank - 3.5);
        return OCCUPATIONS[Rand.ladder(r, score / 1.1, 0.7, Rand.cumulative(weights))];
    }

    private static long income(SplittableRandom r, String occupation, double welfare) {
        long median;
        if (RETIRED.equals(occupation)) {
            median = 2_800_000;
        } else {
            median = 0;
            for (int i = 0; i < OCCUPATIONS.length; i++) {
                if (OCCUPATIONS[i].equals(occupation)) {
                    median = MEDIAN_INCOME[i];
                }
            }
        }
        if (median == 0) {
            return 0;
        }
        double value = median * Math.exp(0.3 * welfare + 0.35 * r.nextGaussian());
        // people state round amounts
        return Math.max(100_000, Math.round(value / 50_000) * 50_000);
    }

    private static String disability(SplittableRandom r, int age) {
        double severe = SEVERE_DISABILITY_BY_AGE[age < 18 ? 0 : age < 60 ? 1 : age < 75 ? 2 : 3];
        double u = r.nextDouble();
        if (u < severe) {
            return "berat";
        } else if (u < severe * 1.8) {
            return "sedang";
        } else if (u < severe * 3.3) {
            return "ringan";
        }
        return "none";
    }
}
