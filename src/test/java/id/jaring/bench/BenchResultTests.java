package id.jaring.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BenchResultTests {

    static BenchCase target(Double millis, boolean atDatabase) {
        return new BenchCase("case", millis, atDatabase, List.of(), List.of());
    }

    @Test
    void aDatabaseTargetIsComparedWithTheServerSideMedianWhenMeasured() {
        Timings jvm = new Timings(10, 12, 20, 30);
        Timings db = new Timings(10, 4, 9, 15);

        assertThat(new BenchResult(target(10.0, true), jvm, db, 1, -1).verdict()).isEqualTo("pass");
        assertThat(new BenchResult(target(10.0, true), jvm, null, 1, -1).verdict()).isEqualTo("FAIL");
        assertThat(new BenchResult(target(10.0, false), jvm, db, 1, -1).verdict()).isEqualTo("FAIL");
        assertThat(new BenchResult(target(null, false), jvm, db, 1, -1).verdict()).isEqualTo("-");
    }

    @Test
    void theReportShowsEveryCaseInBothFormsAndKnowsAboutFailures() {
        BenchResult pass = new BenchResult(target(100.0, false), new Timings(3, 1.234, 5, 250.4), null, 50, -1);
        BenchResult fail = new BenchResult(target(10.0, true), new Timings(3, 20, 30, 40), new Timings(3, 11, 12, 13), 1, 2);
        BenchReport report = new BenchReport(List.of("fact one"), List.of(pass, fail));

        assertThat(report.allTargetsMet()).isFalse();
        assertThat(new BenchReport(List.of(), List.of(pass)).allTargetsMet()).isTrue();
        assertThat(report.markdown()).contains("- fact one")
                .contains("| case | 3 | 50 | - | 1.23 | 5.00 | 250 | n/a | n/a | n/a | < 100 | pass |")
                .contains("| case | 3 | 1 | 2/3 | 20.0 | 30.0 | 40.0 | 11.0 | 12.0 | 13.0 | < 10 (db) | FAIL |");
        assertThat(report.text().lines().filter(l -> l.startsWith("case"))).hasSize(3);
    }
}
