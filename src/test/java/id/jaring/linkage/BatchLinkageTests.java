package id.jaring.linkage;

import static id.jaring.linkage.LinkageFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.intake.BatchView;
import id.jaring.intake.IntakeBatches;

/** Intake batches linked against the registry on the real database: what links, what does not, what goes to review. */
@SpringBootTest
class BatchLinkageTests {

    @Autowired IntakeBatches intake;
    @Autowired JdbcClient jdbc;

    long personByNik(String nik) {
        return jdbc.sql("select id from person where nik = :nik").param("nik", nik).query(Long.class).single();
    }

    /** The file's first data row (its line number). */
    static final int ROW = 2;

    Map<String, Object> decision(long batchId, int row) {
        return jdbc.sql("select person_id, decision, reason, weight from link_decision where batch_id = :b and row_number = :r")
                .param("b", batchId).param("r", row).query().singleRow();
    }

    long personOfRow(long batchId, int row) {
        return jdbc.sql("select person_id from person_source where batch_id = :b and row_number = :r")
                .param("b", batchId).param("r", row).query(Long.class).single();
    }

    @Test
    void aMistypedNikAndAnAbbreviatedNameLinkToTheKnownPerson() {
        LocalDate born = randomBirth();
        int serial = serial() / 10 * 10 + 3;
        String nik = nik(born, true, serial);
        String first = word();
        String last = word();
        String mother = word() + " " + word();
        String kk = noKk();
        committed(intake, agency(), new FileBuilder().row("A1", nik, kk, "SITI " + first + " " + last, "P", "LEBAK", born,
                "KEPALA KELUARGA", mother, "KP. " + word(), LEBAK_DESA).text());
        long known = personByNik(nik);

        String typo = nik(born, true, serial + 1); // the serial's last digit mistyped
        BatchView batch = validated(intake, agency(), new FileBuilder().row("B1", typo, kk, "ST. " + first + " " + last, "P",
                "LEBAK", born, "KEPALA KELUARGA", mother, "", LEBAK_DESA).text());

        Map<String, Object> d = decision(batch.id(), ROW);
        assertThat(d.get("decision")).as("%s", d).isEqualTo("MATCH");
        assertThat(d.get("person_id")).isEqualTo(known);
        assertThat(steward(() -> intake.linkage(batch.id())).orElseThrow().matched()).isEqualTo(1);
        steward(() -> intake.commitNow(batch.id()));
        assertThat(personOfRow(batch.id(), ROW)).isEqualTo(known);
        assertThat(jdbc.sql("select count(*) from person where nik = :nik").param("nik", typo).query(Long.class).single()).isZero();
    }

    @Test
    void aRowWithoutNikLinksByNameBirthDateAndDesa() {
        LocalDate born = randomBirth();
        String nik = nik(born, false, serial());
        String name = word() + " " + word();
        String mother = word() + " " + word();
        committed(intake, agency(), new FileBuilder().row("A1", nik, noKk(), name, "L", "LEBAK", born, "KEPALA KELUARGA",
                mother, "KP. " + word(), LEBAK_DESA).text());
        long known = personByNik(nik);

        BatchView batch = committed(intake, agency(), new FileBuilder().row("C1", "", "", name, "L", "LEBAK", born, "",
                "", "", LEBAK_DESA).text());
        assertThat(decision(batch.id(), ROW).get("decision")).isEqualTo("MATCH");
        assertThat(personOfRow(batch.id(), ROW)).isEqualTo(known);
    }

    @Test
    void aPersonClaimedByALinkedRowAndByItsNikInOneBatchKeepsTheNikRow() {
        LocalDate born = randomBirth();
        String nik = nik(born, false, serial());
        String name = word() + " " + word();
        String mother = word() + " " + word();
        String kk = noKk();
        committed(intake, agency(), new FileBuilder().row("A1", nik, kk, name, "L", "LEBAK", born, "KEPALA KELUARGA",
                mother, "KP. " + word(), LEBAK_DESA).text());
        long known = personByNik(nik);

        // first a row without NIK that links to the person, then the person's own row with the NIK
        BatchView batch = validated(intake, agency(), new FileBuilder()
                .row("X1", "", "", name, "L", "LEBAK", born, "", mother, "", LEBAK_DESA)
                .row("X2", nik, kk, name, "L", "LEBAK", born, "KEPALA KELUARGA", mother, "", LEBAK_DESA).text());
        assertThat(decision(batch.id(), ROW).get("decision")).isEqualTo("MATCH");
        steward(() -> intake.commitNow(batch.id()));
        assertThat(personOfRow(batch.id(), ROW + 1)).isEqualTo(known);
        assertThat(personOfRow(batch.id(), ROW)).isNotEqualTo(known);
    }

    @Test
    void aTwinWithTheSameParentsAndDesaButAnotherNameAndBirthOrderIsNotLinked() {
        LocalDate born = randomBirth();
        int serial = serial();
        String twinA = nik(born, false, serial);
        String twinB = nik(born, false, serial + 1); // registered together: the next serial
        String last = word();
        String mother = word() + " " + word();
        String kk = noKk();
        String alamat = "KP. " + word();
        committed(intake, agency(), new FileBuilder().row("A1", twinA, kk, word() + " " + last, "L", "LEBAK", born, "ANAK",
                mother, alamat, LEBAK_DESA).text());
        long a = personByNik(twinA);

        BatchView batch = committed(intake, agency(), new FileBuilder().row("B1", twinB, kk, word() + " " + last, "L", "LEBAK",
                born, "ANAK", mother, alamat, LEBAK_DESA).text());
        Map<String, Object> d = decision(batch.id(), ROW);
        assertThat(d.get("decision")).isNotEqualTo("MATCH");
        assertThat(personByNik(twinB)).isNotEqualTo(a);
    }

    /** Same name, birth date and sex, another mother and another desa of the kecamatan: in the band. */
    static String doubtfulRow(String recordId, String name, LocalDate born) {
        return doubtfulRow(recordId, name, born, word() + " " + word());
    }

    static String doubtfulRow(String recordId, String name, LocalDate born, String mother) {
        return new FileBuilder().row(recordId, "", "", name, "P", "LEBAK", born, "", mother, "", LEBAK_DESA_2).text();
    }

    @Test
    void aRowInTheBandBecomesANewPersonAndAReviewItemAndARejectionIsRemembered() {
        LocalDate born = randomBirth();
        String nik = nik(born, true, serial());
        String name = word() + " " + word();
        String mother = word() + " " + word();
        committed(intake, agency(), new FileBuilder().row("A1", nik, noKk(), name, "P", "LEBAK", born, "KEPALA KELUARGA",
                mother, "KP. " + word(), LEBAK_DESA).text());
        long known = personByNik(nik);

        String agency = agency();
        String file = doubtfulRow("D1", name, born);
        BatchView batch = committed(intake, agency, file);
        Map<String, Object> d = decision(batch.id(), ROW);
        assertThat(d.get("decision")).as("weight %s", d.get("weight")).isEqualTo("REVIEW");
        long created = personOfRow(batch.id(), ROW);
        assertThat(created).isNotEqualTo(known);
        long itemId = jdbc.sql("select id from link_review where batch_id = :b and row_number = 2 and status = 'OPEN'")
                .param("b", batch.id()).query(Long.class).single();
        assertThat(jdbc.sql("select candidate_person_id from link_review where id = :id").param("id", itemId)
                .query(Long.class).single()).isEqualTo(known);

        // the row again, now with the registered person's mother: the row is the created person (the agency's
        // record id) and resembles the registered person even more (sure); once rejected, the pair is not proposed
        String again = doubtfulRow("D1", name, born, mother);
        rejectAndReupload(itemId, agency, again, created, known);
    }

    @Autowired ReviewQueue reviews;

    void rejectAndReupload(long itemId, String agency, String file, long created, long known) {
        steward(() -> reviews.reject(itemId, "beda ibu kandung, beda desa"));
        assertThat(jdbc.sql("select count(*) from link_rejected_pair where person_low = least(:a, :b) and person_high = greatest(:a, :b)")
                .param("a", created).param("b", known).query(Long.class).single()).isEqualTo(1);
        BatchView second = committed(intake, agency, file);
        assertThat(personOfRow(second.id(), ROW)).isEqualTo(created);
        // found again, and held back by the rejection
        Map<String, Object> d = decision(second.id(), ROW);
        assertThat(d.get("person_id")).isEqualTo(known);
        assertThat(d.get("reason")).isEqualTo("REJECTED_BEFORE");
        assertThat(jdbc.sql("select count(*) from link_review where batch_id = :b").param("b", second.id()).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from link_review where status = 'OPEN'
                  and least(candidate_person_id, new_person_id) = least(:a, :b)
                  and greatest(candidate_person_id, new_person_id) = greatest(:a, :b)
                """).param("a", created).param("b", known).query(Long.class).single()).isZero();
        // audited
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'LINK_REVIEW' and entity_id = :id")
                .param("id", Long.toString(itemId)).query(Long.class).single()).isEqualTo(1);
    }
}
