package id.jaring.intake;

import static id.jaring.intake.IntakeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every row check, each on a row of its own in one file: the code, its column, the value as sent,
 * and whether it rejects the row (ERROR) or keeps it (WARNING).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeValidationTests {

    static final String FULL_HEADER = IntakeFixtures.HEADER + ",hamil,hpl,jenjang_sekolah";

    @Autowired IntakeBatches intake;

    BatchView batch;
    Map<Long, List<IssueView>> byRow;
    final List<String> lines = new ArrayList<>();
    final Map<String, Long> rowOf = new java.util.HashMap<>();

    /** Adds a row; returns its row number (header = 1). */
    long row(String name, String recordId, String nik, String noKk, String sex, String born, String hubungan,
            String rt, String desa, String hamil, String hpl, String school) {
        lines.add(String.join(",", recordId, nik, noKk, name, sex, "LEBAK", born, hubungan, "IBU", "KP. X", rt, "1", desa,
                hamil, hpl, school));
        long n = lines.size() + 1;
        rowOf.put(name, n);
        return n;
    }

    String goodNik(LocalDate born, boolean female) {
        return nik(born, female);
    }

    @BeforeAll
    void importOneFileWithEveryProblem() {
        LocalDate d = LocalDate.of(1985, 3, 12);
        String today = LocalDate.now().toString();
        row("OK", "r1", goodNik(d, false), noKk(), "L", "1985-03-12", "KEPALA KELUARGA", "3", LEBAK_DESA, "", "", "");
        row("NIK_FORMAT", "r2", "36020112038", noKk(), "L", "", "ANAK", "", LEBAK_DESA, "", "", "");
        row("NIK_DATE_INVALID", "r3", "3602019913850001", "", "L", "", "", "", LEBAK_DESA, "", "", "");
        row("NIK_SEX_MISMATCH", "r4", goodNik(d, true), "", "L", "", "", "", LEBAK_DESA, "", "", "");
        row("NIK_BIRTHDATE_MISMATCH", "r5", goodNik(d, false), "", "L", "1985-03-13", "", "", LEBAK_DESA, "", "", "");
        row("NIK_REGION_UNKNOWN", "r6", "9999991203850007", "", "L", "", "", "", LEBAK_DESA, "", "", "");
        row("KK_FORMAT", "r7", "", "12345", "L", "", "", "", LEBAK_DESA, "", "", "");
        row("KK_REGION_UNKNOWN", "r8", "", "9999990101200001", "L", "", "", "", LEBAK_DESA, "", "", "");
        row("", "r9", "", "", "L", "", "", "", LEBAK_DESA, "", "", "");  // REQUIRED nama
        row("REGION_UNKNOWN", "r10", "", "", "L", "", "", "", "3699999999", "", "", "");
        row("REGION_NOT_DESA", "r11", "", "", "L", "", "", "", "36.02.01", "", "", "");
        row("DATE_INVALID", "r12", "", "", "L", "31-02-1990", "", "", LEBAK_DESA, "", "", "");
        row("BIRTHDATE_FUTURE", "r13", "", "", "L", LocalDate.now().plusDays(30).toString(), "", "", LEBAK_DESA, "", "", "");
        row("BIRTHDATE_IMPLAUSIBLE", "r14", "", "", "L", "1850-01-01", "", "", LEBAK_DESA, "", "", "");
        row("SEX_CODE", "r15", "", "", "X", "", "", "", LEBAK_DESA, "", "", "");
        row("VALUE_INVALID", "r16", "", "", "P", "", "SEPUPU", "", LEBAK_DESA, "", "", "UNIVERSITAS");
        row("RT_FORMAT", "r17", "", "", "P", "", "", "12A", LEBAK_DESA, "", "", "");
        row("PREGNANCY_NOT_FEMALE", "r18", "", "", "L", "", "", "", LEBAK_DESA, "Y", "", "");
        row("HPL_NOT_PREGNANT", "r19", "", "", "P", "", "", "", LEBAK_DESA, "N", today, "");
        row("HPL_OUT_OF_RANGE", "r20", "", "", "P", "", "", "", LEBAK_DESA, "Y", "2001-01-01", "");
        row("RECORD_ID_DUPLICATE", "r1", "", "", "P", "", "", "", LEBAK_DESA, "", "", "");
        String dupNik = goodNik(LocalDate.of(1970, 1, 1), false);
        row("NIK_FIRST", "r22", dupNik, "", "L", "", "", "", LEBAK_DESA, "", "", "");
        row("NIK_DUPLICATE", "r23", dupNik, "", "L", "", "", "", LEBAK_DESA, "", "", "");
        String kk = noKk();
        row("HEAD_FIRST", "r24", "", kk, "L", "", "KEPALA KELUARGA", "", LEBAK_DESA, "", "", "");
        row("HEAD_DUPLICATE", "r25", "", kk, "L", "", "KEPALA KELUARGA", "", LEBAK_DESA, "", "", "");
        row("TOO_LONG", "r26", "", "", "L", "", "", "", LEBAK_DESA, "", "", "");
        lines.set(lines.size() - 1, lines.get(lines.size() - 1).replace("KP. X", "X".repeat(600)));
        String text = FULL_HEADER + "\n" + String.join("\n", lines) + "\n";
        BatchView uploaded = steward(() -> intake.upload(bytes(text), "all.csv", agency(), null)).batch();
        batch = steward(() -> intake.awaitIdle(uploaded.id()));
        List<IssueView> all = steward(() -> intake.issues(uploaded.id(), null, 1000)).items();
        byRow = all.stream().collect(Collectors.groupingBy(IssueView::rowNumber));
    }

    void expect(String code, String column, String severity) {
        assertThat(byRow.get(rowOf.get(code))).as(code)
                .anySatisfy(i -> {
                    assertThat(i.code()).isEqualTo(code);
                    assertThat(i.column()).isEqualTo(column);
                    assertThat(i.severity()).isEqualTo(severity);
                });
    }

    @Test
    void theCleanRowHasNoIssue() {
        assertThat(batch.status()).isEqualTo(BatchStatus.VALIDATED);
        assertThat(byRow.get(rowOf.get("OK"))).isNull();
        assertThat(byRow.get(rowOf.get("NIK_FIRST"))).isNull();
        assertThat(byRow.get(rowOf.get("HEAD_FIRST"))).isNull();
    }

    @Test
    void identityNumbers() {
        expect("NIK_FORMAT", "nik", "ERROR");
        expect("NIK_DATE_INVALID", "nik", "ERROR");
        expect("NIK_SEX_MISMATCH", "nik", "WARNING");
        expect("NIK_BIRTHDATE_MISMATCH", "nik", "WARNING");
        expect("NIK_REGION_UNKNOWN", "nik", "WARNING");
        expect("KK_FORMAT", "no_kk", "ERROR");
        expect("KK_REGION_UNKNOWN", "no_kk", "WARNING");
        expect("NIK_DUPLICATE", "nik", "ERROR");
        expect("RECORD_ID_DUPLICATE", "record_id", "ERROR");
        expect("HEAD_DUPLICATE", "hubungan_keluarga", "WARNING");
    }

    @Test
    void valuesAndDates() {
        assertThat(byRow.get(rowOf.get(""))).anySatisfy(i -> {
            assertThat(i.code()).isEqualTo("REQUIRED");
            assertThat(i.column()).isEqualTo("nama");
        });
        expect("REGION_UNKNOWN", "kode_wilayah", "ERROR");
        expect("REGION_NOT_DESA", "kode_wilayah", "ERROR");
        expect("DATE_INVALID", "tanggal_lahir", "ERROR");
        expect("BIRTHDATE_FUTURE", "tanggal_lahir", "ERROR");
        expect("BIRTHDATE_IMPLAUSIBLE", "tanggal_lahir", "ERROR");
        expect("SEX_CODE", "jenis_kelamin", "ERROR");
        expect("VALUE_INVALID", "hubungan_keluarga", "WARNING");
        expect("VALUE_INVALID", "jenjang_sekolah", "WARNING");
        expect("RT_FORMAT", "rt", "WARNING");
        expect("PREGNANCY_NOT_FEMALE", "hamil", "ERROR");
        expect("HPL_NOT_PREGNANT", "hpl", "WARNING");
        expect("HPL_OUT_OF_RANGE", "hpl", "WARNING");
        expect("TOO_LONG", "alamat", "ERROR");
        // the raw value is reported as sent
        assertThat(byRow.get(rowOf.get("DATE_INVALID"))).extracting(IssueView::value).contains("31-02-1990");
        // unreadable sex is not also reported as missing
        assertThat(byRow.get(rowOf.get("SEX_CODE"))).extracting(IssueView::code).doesNotContain("REQUIRED");
    }

    @Test
    void countsSeparateRejectedRowsFromRowsWithWarningsOnly() {
        long rejected = byRow.values().stream().filter(l -> l.stream().anyMatch(i -> i.severity().equals("ERROR"))).count();
        long warned = byRow.values().stream().filter(l -> l.stream().noneMatch(i -> i.severity().equals("ERROR"))).count();
        assertThat(batch.counts().rejected()).isEqualTo(rejected);
        assertThat(batch.counts().warnings()).isEqualTo(warned);
        assertThat(batch.counts().valid()).isEqualTo(lines.size() - rejected);
    }
}
