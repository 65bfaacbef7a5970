package id.jaring.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.jaring.targeting.rules.RuleEvaluator;

/** "At most N months", day by day: leap days, short months, and the same count as ages in the rule language. */
class MembershipTermTests {

    @Test
    void fiveYearsFrom29February2024EndOn28February2029() {
        LocalDate start = LocalDate.of(2024, 2, 29);
        assertThat(MembershipTerm.limit(start, 60)).isEqualTo(LocalDate.of(2029, 3, 1));
        assertThat(MembershipTerm.lastDay(start, 60)).isEqualTo(LocalDate.of(2029, 2, 28));
        // a start on 1 March 2024 reaches five years on the same day
        assertThat(MembershipTerm.limit(LocalDate.of(2024, 3, 1), 60)).isEqualTo(LocalDate.of(2029, 3, 1));
        // four years from a leap day end on a leap day
        assertThat(MembershipTerm.lastDay(start, 48)).isEqualTo(LocalDate.of(2028, 2, 28));
        assertThat(MembershipTerm.limit(start, 48)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void fiveYearsFrom28February2023EndOn27February2028AcrossALeapYear() {
        LocalDate start = LocalDate.of(2023, 2, 28);
        assertThat(MembershipTerm.limit(start, 60)).isEqualTo(LocalDate.of(2028, 2, 28));
        assertThat(MembershipTerm.lastDay(start, 60)).isEqualTo(LocalDate.of(2028, 2, 27));
    }

    @Test
    void aDayTheTargetMonthLacksMovesTheLimitToTheFirstOfTheNextMonth() {
        assertThat(MembershipTerm.limit(LocalDate.of(2026, 8, 31), 6)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(MembershipTerm.limit(LocalDate.of(2027, 8, 31), 6)).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(MembershipTerm.limit(LocalDate.of(2026, 5, 31), 1)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(MembershipTerm.limit(LocalDate.of(2026, 1, 15), 60)).isEqualTo(LocalDate.of(2031, 1, 15));
        assertThat(MembershipTerm.lastDay(LocalDate.of(2026, 1, 1), 60)).isEqualTo(LocalDate.of(2030, 12, 31));
    }

    /** Every start over seven years, every day checked: the limit is the first day the full months have passed. */
    @Test
    void theLimitIsTheFirstDayOnWhichTheMonthsHaveFullyPassedAsAgesCountYears() {
        for (LocalDate start = LocalDate.of(2023, 1, 1); start.isBefore(LocalDate.of(2030, 1, 1)); start = start.plusDays(1)) {
            for (int months : new int[] {1, 6, 12, 60}) {
                LocalDate limit = MembershipTerm.limit(start, months);
                assertThat(start.isAfter(limit.minusMonths(months))).as("%s + %d months reached on %s", start, months, limit)
                        .isFalse();
                LocalDate dayBefore = limit.minusDays(1);
                assertThat(start.isAfter(dayBefore.minusMonths(months))).as("%s + %d not yet on %s", start, months, dayBefore)
                        .isTrue();
                if (months % 12 == 0) {
                    assertThat(RuleEvaluator.age(start, limit)).isEqualTo(months / 12);
                    assertThat(RuleEvaluator.age(start, dayBefore)).isEqualTo(months / 12 - 1);
                }
            }
        }
    }
}
