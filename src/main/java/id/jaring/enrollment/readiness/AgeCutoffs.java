package id.jaring.enrollment.readiness;

import java.time.LocalDate;

/**
 * The birth dates that make a member an adult or of school age on a day, computed once in Java
 * (java.time: a child born on 29 February turns a year older on 1 March of a common year) and used
 * by the SQL and the Java explanation alike.
 *
 * @param adultBornBy born on or before: 18 or older
 * @param schoolBornBy born on or before: 7 or older
 * @param schoolBornAfter born after: 18 or younger
 */
record AgeCutoffs(LocalDate adultBornBy, LocalDate schoolBornBy, LocalDate schoolBornAfter) {

    static AgeCutoffs on(LocalDate day) {
        return new AgeCutoffs(day.minusYears(HouseholdCriteria.ADULT_AGE), day.minusYears(HouseholdCriteria.SCHOOL_AGE_FROM),
                day.minusYears(HouseholdCriteria.SCHOOL_AGE_TO + 1L));
    }

    boolean adult(LocalDate born) {
        return born != null && !born.isAfter(adultBornBy);
    }

    boolean schoolAge(LocalDate born) {
        return born != null && !born.isAfter(schoolBornBy) && born.isAfter(schoolBornAfter);
    }
}
