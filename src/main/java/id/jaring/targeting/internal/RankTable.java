package id.jaring.targeting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds {@code household_rank} whole and swaps it in, inside the caller's transaction:
 * the new ranking goes into {@code household_rank_next} (same columns and checks, no indexes
 * while filling), the indexes of the current table are recreated on it (read from the catalogue,
 * so indexes added later by migrations survive), then the current table is dropped and the new
 * one renamed. Readers see the previous ranking until the transaction commits; the drop takes an
 * exclusive lock only for the last moments of the run (it waits for queries still reading the old
 * table). A failure rolls all of it back. Cheaper than DELETE + INSERT of millions of rows
 * (no dead rows, index built once by sorting) and never half-written.
 *
 * <p>Consequence: nothing may hold a dependency on the table's identity (no views, no foreign
 * keys to it); other modules query it by name.
 */
@Component
class RankTable {

    record Built(long families, long incomplete) {
    }

    private record IndexDefinition(String name, String definition, boolean primary) {
    }

    private static final String INSERT = ScoreSql.insertInto("household_rank_next");
    private static final Logger log = LoggerFactory.getLogger(RankTable.class);

    private final JdbcClient jdbc;

    RankTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Built rebuild(int version, Instant computedAt, LocalDate today) {
        long t0 = System.nanoTime();
        jdbc.sql("create table household_rank_next (like household_rank including defaults including constraints)").update();
        long families = jdbc.sql(INSERT).param("version", version).param("computedAt", Timestamp.from(computedAt))
                .param("childBornAfter", today.minusYears(15)).param("elderlyBornBy", today.minusYears(60)).update();
        long t1 = System.nanoTime();
        List<IndexDefinition> indexes = jdbc.sql("""
                select c.relname, pg_get_indexdef(i.indexrelid), i.indisprimary
                from pg_index i join pg_class c on c.oid = i.indexrelid
                where i.indrelid = 'household_rank'::regclass
                order by c.relname
                """).query((rs, n) -> new IndexDefinition(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
        for (IndexDefinition index : indexes) {
            if (index.primary()) {
                jdbc.sql("alter table household_rank_next add constraint household_rank_next_pkey primary key (household_id)").update();
            } else {
                jdbc.sql(index.definition()
                        .replaceFirst("INDEX " + index.name() + " ON ", "INDEX " + index.name() + "_next ON ")
                        .replaceFirst(" ON (\\S+\\.)?household_rank USING ", " ON household_rank_next USING ")).update();
            }
        }
        long t2 = System.nanoTime();
        jdbc.sql("analyze household_rank_next").update();
        long incomplete = jdbc.sql("select count(*) from household_rank_next where variables_missing > 0")
                .query(Long.class).single();
        jdbc.sql("drop table household_rank").update();
        jdbc.sql("alter table household_rank_next rename to household_rank").update();
        for (IndexDefinition index : indexes) {
            jdbc.sql(index.primary() ? "alter table household_rank rename constraint household_rank_next_pkey to " + index.name()
                    : "alter index " + index.name() + "_next rename to " + index.name()).update();
        }
        long t3 = System.nanoTime();
        log.debug("ranking: score and desil {} ms, indexes {} ms, analyze, count and swap {} ms", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        return new Built(families, incomplete);
    }
}
