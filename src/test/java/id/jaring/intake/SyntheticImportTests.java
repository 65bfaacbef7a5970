package id.jaring.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.JaringApplication;
import id.jaring.synth.GenerateCommand;

/** Realistic agency files from the generator, through the {@code import} command, committed. */
@SpringBootTest
class SyntheticImportTests {

    @TempDir Path dir;
    @Autowired JdbcClient jdbc;

    @Test
    void generatedAgencyFilesImportThroughTheCommandAndCommit() throws IOException {
        // a seed of its own: other tests' synthetic NIKs do not collide with these
        int seed = (int) (System.nanoTime() % 1_000_000);
        assertThat(GenerateCommand.run(new String[] {"--persons", "3000", "--sources", "2", "--out", dir.toString(),
                "--seed", Integer.toString(seed)})).isZero();
        List<Path> sources;
        try (Stream<Path> files = Files.list(dir)) {
            sources = files.filter(p -> p.getFileName().toString().startsWith("source_")).sorted().toList();
        }
        assertThat(sources).hasSize(2);
        Path first = sources.get(0);
        String agency = first.getFileName().toString().replaceAll("^source_\\d+_|\\.csv$", "") + "_" + seed;

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ImportCommand.run(new String[] {"--agency", agency, "--commit", first.toString()},
                args -> new SpringApplicationBuilder(JaringApplication.class).web(WebApplicationType.NONE).run(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8) + printed).isZero();
        assertThat(printed).contains("VALIDATED").contains("Committed");
        var batch = jdbc.sql("select id, status, rows_total, count_valid, count_rejected, count_new from import_batch where agency_code = :a")
                .param("a", agency).query().singleRow();
        assertThat(batch.get("status")).isEqualTo("COMMITTED");
        long rows = Files.lines(first).count() - 1;
        assertThat(((Number) batch.get("rows_total")).longValue()).isEqualTo(rows);
        long valid = ((Number) batch.get("count_valid")).longValue();
        assertThat(valid).isGreaterThan(rows / 2);
        // every valid row has its provenance
        assertThat(jdbc.sql("select count(*) from person_source where batch_id = :b").param("b", batch.get("id"))
                .query(Long.class).single()).isEqualTo(valid);
    }
}
