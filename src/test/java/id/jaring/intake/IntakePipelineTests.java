package id.jaring.intake;

import static id.jaring.intake.IntakeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class IntakePipelineTests {

    @Autowired IntakeBatches intake;
    @Autowired JdbcClient jdbc;

    @Test
    void uploadStagesValidatesAndCommitsAFamily() {
        LocalDate b1 = LocalDate.of(1980, 5, 17);
        LocalDate b2 = LocalDate.of(1984, 2, 3);
        LocalDate b3 = LocalDate.of(2010, 11, 30);
        String kk = noKk();
        String n1 = nik(b1, false);
        String n2 = nik(b2, true);
        String n3 = nik(b3, false);
        String file = new FileBuilder()
                .person("A1", n1, kk, "BUDI SANTOSO", "L", "17-05-1980", "KEPALA KELUARGA", LEBAK_DESA)
                .person("A2", n2, kk, "SITI AMINAH", "PEREMPUAN", "1984-02-03", "ISTRI", LEBAK_DESA)
                .person("A3", n3, kk, "ANDI", "1", "30/11/2010", "ANAK", LEBAK_DESA)
                .person("A4", "12345", kk, "SALAH NIK", "L", "2000-01-01", "ANAK", LEBAK_DESA)
                .text();
        String agency = agency();
        BatchView uploaded = steward(() -> intake.upload(bytes(file), "dinsos.csv", agency, null)).batch();
        BatchView validated = steward(() -> intake.awaitIdle(uploaded.id()));

        assertThat(validated.status()).isEqualTo(BatchStatus.VALIDATED);
        assertThat(validated.counts().valid()).isEqualTo(3);
        assertThat(validated.counts().rejected()).isEqualTo(1);
        IssuePage issues = steward(() -> intake.issues(uploaded.id(), null, 50));
        assertThat(issues.items()).extracting(IssueView::code).contains("NIK_FORMAT");
        assertThat(issues.items()).filteredOn(i -> i.code().equals("NIK_FORMAT")).first()
                .satisfies(i -> {
                    assertThat(i.rowNumber()).isEqualTo(5);
                    assertThat(i.value()).isEqualTo("12345");
                    assertThat(i.severity()).isEqualTo("ERROR");
                });

        BatchView committed = steward(() -> intake.commitNow(uploaded.id()));
        assertThat(committed.status()).isEqualTo(BatchStatus.COMMITTED);
        assertThat(committed.counts().created()).isEqualTo(3);
        Map<String, Object> head = jdbc.sql("""
                select p.nama, p.jenis_kelamin, p.tanggal_lahir::text born, h.no_kk, m.hubungan_keluarga, h.desa_code
                from person p join household_member m on m.person_id = p.id and m.valid_to is null
                join household h on h.id = m.household_id where p.nik = :nik
                """).param("nik", n1).query().singleRow();
        assertThat(head).containsEntry("nama", "BUDI SANTOSO").containsEntry("born", "1980-05-17")
                .containsEntry("hubungan_keluarga", "KEPALA KELUARGA").containsEntry("desa_code", "36.02.01.2002");
        assertThat(jdbc.sql("select count(*) from person_source where agency_code = :a and batch_id = :b")
                .param("a", agency).param("b", uploaded.id()).query(Long.class).single()).isEqualTo(3);
    }
}
