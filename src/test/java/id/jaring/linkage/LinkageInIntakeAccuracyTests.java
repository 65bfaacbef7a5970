package id.jaring.linkage;

import static id.jaring.linkage.LinkageFixtures.steward;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.intake.BatchStatus;
import id.jaring.intake.BatchView;
import id.jaring.intake.IntakeBatches;
import id.jaring.synth.GenerateCommand;

/**
 * A generated population (its Kota Tangerang Selatan part) loaded as the registry (one agency sends everybody), then a generated
 * agency file with its realistic errors (missing and mistyped NIKs, spelling, abbreviations) goes
 * through intake: the rows the linkage links must be the right persons, and most rows without an
 * exact NIK must find their person.
 */
@SpringBootTest
class LinkageInIntakeAccuracyTests {

    @TempDir Path dir;
    @Autowired IntakeBatches intake;
    @Autowired JdbcClient jdbc;

    BatchView commit(String agency, Path file) throws IOException {
        BatchView uploaded;
        try (InputStream in = Files.newInputStream(file)) {
            uploaded = steward(() -> intake.upload(in, file.getFileName().toString(), agency, null)).batch();
        }
        BatchView batch = steward(() -> intake.awaitIdle(uploaded.id()));
        if (batch.status() == BatchStatus.UPLOADED) {
            steward(() -> intake.saveMapping(uploaded.id(), intake.mapping(uploaded.id())));
            batch = steward(() -> intake.awaitIdle(uploaded.id()));
        }
        assertThat(batch.status()).isEqualTo(BatchStatus.VALIDATED);
        return steward(() -> intake.commitNow(uploaded.id()));
    }

    /**
     * The rows of one kab/kota only, Kota Tangerang Selatan (36.74), which no other test uses: the
     * tests share one database, and some count the families of a desa of their own elsewhere. The
     * first serial digit of every NIK and No. KK becomes 9: synthetic populations of other seeds
     * (other tests) use the same low serials, and NIK and No. KK are unique in the registry.
     */
    static Path onlyTangsel(Path file, String delimiter, Path out) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of(lines.get(0).toLowerCase(java.util.Locale.ROOT).split(delimiter, -1));
        int region = header.indexOf("kode_wilayah");
        int nik = header.indexOf("nik");
        int kk = header.indexOf("no_kk");
        List<String> kept = new java.util.ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(delimiter, -1);
            if (f.length == header.size() && f[region].replace(".", "").startsWith("3674")) {
                f[nik] = ownSerial(f[nik]);
                f[kk] = ownSerial(f[kk]);
                kept.add(String.join(delimiter, f));
            }
        }
        return Files.write(out, kept);
    }

    private static String ownSerial(String number) {
        return number.matches("\\d{16}") ? number.substring(0, 12) + '9' + number.substring(13) : number;
    }

    @Test
    void aGeneratedAgencyFileLinksToTheRightRegistryPersons() throws IOException {
        int seed = (int) (System.nanoTime() % 1_000_000);
        assertThat(GenerateCommand.run(new String[] {"--persons", "40000", "--sources", "5", "--out", dir.toString(),
                "--seed", Integer.toString(seed)})).isZero();
        String registry = "REG_" + seed;
        commit(registry, onlyTangsel(dir.resolve("persons.csv"), ",", dir.resolve("registry.csv")));
        BatchView batch = commit("DINKES_" + seed, onlyTangsel(dir.resolve("source_2_DINKES.csv"), ";",
                dir.resolve("dinkes.csv")));

        // truth: the DINKES record's person id, which is the record id the registry agency sent for that person
        Map<String, String> truth = new HashMap<>();
        List<String> truthLines = Files.readAllLines(dir.resolve("truth.csv"));
        for (String line : truthLines.subList(1, truthLines.size())) {
            String[] f = line.split(",");
            if (f[0].equals("source_2_DINKES")) {
                truth.put(f[1], f[2]);
            }
        }
        List<Map<String, Object>> linked = jdbc.sql("""
                select r.record_id, reg.record_id registry_record
                from link_decision d
                join import_person_row r on r.batch_id = d.batch_id and r.row_number = d.row_number
                left join person_source reg on reg.person_id = d.person_id and reg.agency_code = :registry
                where d.batch_id = :batch and d.decision = 'MATCH'
                """).param("batch", batch.id()).param("registry", registry).query().listOfRows();
        long right = linked.stream().filter(row -> truth.get((String) row.get("record_id")) != null
                && truth.get((String) row.get("record_id")).equals(row.get("registry_record"))).count();
        assertThat(linked).hasSizeGreaterThan(25);
        double precision = (double) right / linked.size();
        assertThat(precision).as("precision of %d linked rows", linked.size()).isGreaterThanOrEqualTo(0.99);

        // recall: every row of a person the registry holds ends on that person (exact NIK, record id or linkage)
        java.util.Set<String> inRegistry = new java.util.HashSet<>(jdbc.sql(
                "select record_id from person_source where agency_code = :registry").param("registry", registry)
                .query(String.class).list());
        List<Map<String, Object>> rows = jdbc.sql("""
                select s.record_id, reg.record_id registry_record
                from person_source s
                left join person_source reg on reg.person_id = s.person_id and reg.agency_code = :registry
                where s.batch_id = :batch
                """).param("batch", batch.id()).param("registry", registry).query().listOfRows();
        long ofRegistryPersons = rows.stream().filter(row -> inRegistry.contains(truth.get((String) row.get("record_id"))))
                .count();
        long found = rows.stream().filter(row -> inRegistry.contains(truth.get((String) row.get("record_id")))
                && truth.get((String) row.get("record_id")).equals(row.get("registry_record"))).count();
        assertThat((double) found / ofRegistryPersons).as("%d of %d rows of registry persons found, %d linked",
                found, ofRegistryPersons, linked.size()).isGreaterThan(0.97);
    }
}
