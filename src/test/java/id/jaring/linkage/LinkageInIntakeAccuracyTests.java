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
 * A generated population loaded as the registry (one agency sends everybody), then a generated
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

    @Test
    void aGeneratedAgencyFileLinksToTheRightRegistryPersons() throws IOException {
        int seed = (int) (System.nanoTime() % 1_000_000);
        assertThat(GenerateCommand.run(new String[] {"--persons", "6000", "--sources", "5", "--out", dir.toString(),
                "--seed", Integer.toString(seed)})).isZero();
        String registry = "REG_" + seed;
        commit(registry, dir.resolve("persons.csv"));
        Path dinkes = dir.resolve("source_2_DINKES.csv");
        BatchView batch = commit("DINKES_" + seed, dinkes);

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
        assertThat(linked).hasSizeGreaterThan(40);
        double precision = (double) right / linked.size();
        assertThat(precision).as("precision of %d linked rows", linked.size()).isGreaterThanOrEqualTo(0.99);

        // recall among rows the merge could not match itself: the file's rows that became new persons although
        // their person was in the registry
        long newRows = batch.counts().created();
        long notKnown = linked.size() + newRows;
        assertThat((double) linked.size() / notKnown).as("%d linked, %d new", linked.size(), newRows).isGreaterThan(0.8);
    }
}
