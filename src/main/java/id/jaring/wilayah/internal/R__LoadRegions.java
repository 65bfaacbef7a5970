package id.jaring.wilayah.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.zip.CRC32;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped region table into {@code region}. Repeatable: Flyway runs it again whenever
 * the CSV changes (its checksum is the CSV's CRC), and it upserts, so codes already used by
 * families stay valid.
 */
@Component
class R__LoadRegions extends BaseJavaMigration {

    static final String CSV = "wilayah/banten_wilayah.csv";

    @Override
    public Integer getChecksum() {
        try (InputStream in = new ClassPathResource(CSV).getInputStream()) {
            CRC32 crc = new CRC32();
            crc.update(in.readAllBytes());
            return (int) crc.getValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void migrate(Context context) throws Exception {
        String upsert = """
                insert into region (code, code_plain, name, level, subtype, parent_code) values (?, ?, ?, ?, ?, ?)
                on conflict (code) do update set code_plain = excluded.code_plain, name = excluded.name,
                    level = excluded.level, subtype = excluded.subtype, parent_code = excluded.parent_code
                """;
        try (Reader reader = new InputStreamReader(new ClassPathResource(CSV).getInputStream(), StandardCharsets.UTF_8);
                PreparedStatement insert = context.getConnection().prepareStatement(upsert)) {
            // rows come parents first, so the foreign key holds row by row
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                insert.setString(1, row.get("code"));
                insert.setString(2, row.get("code_plain"));
                insert.setString(3, row.get("name"));
                insert.setInt(4, Integer.parseInt(row.get("level")));
                insert.setString(5, blankToNull(row.get("subtype")));
                insert.setString(6, blankToNull(row.get("parent")));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
