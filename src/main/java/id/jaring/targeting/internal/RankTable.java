package id.jaring.targeting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds {@code household_rank} whole and swaps it in, inside the caller's transaction:
 * the new ranking is created as {@code household_rank_next} (CREATE TABLE AS, then the columns'
 * NOT NULL and CHECK constraints of household_rank in one ALTER; no indexes while filling), the indexes of the current table are recreated on it (read from the catalogue,
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

    /** The constraints of household_rank (V2026_11_26_1260, 1261), given to every new table. */
    static final String CONSTRAINTS = """
            alter table household_rank_next
                alter column kabkota_code set not null, alter column score set not null,
                alter column desil set not null, alter column weights_version set not null,
                alter column computed_at set not null, alter column variables_missing set not null,
                alter column variables_missing set default 0,
                add constraint household_rank_desil_check check (desil between 1 and 10)
            """;
    /** The run's working table of scores (unlogged: it lives only inside the run's transaction). */
    static final String SCORES = "household_rank_score";
    private static final Logger log = LoggerFactory.getLogger(RankTable.class);

    private final JdbcClient jdbc;

    RankTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Built rebuild(int version, Instant computedAt, LocalDate today) {
        long t0 = System.nanoTime();
        List<Weight> weights = jdbc.sql("select variable, category, band_from, points from pmt_weight where weights_version = :v")
                .param("v", version)
                .query((rs, n) -> new Weight(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
                .list();
        ScoreSql.Statement scores = ScoreSql.createScores(SCORES, weights, today);
        jdbc.sql(scores.sql()).params(scores.params()).update();
        long scored = System.nanoTime();
        ScoreSql.Statement ranking = ScoreSql.createRanking("household_rank_next", SCORES, version, computedAt);
        jdbc.sql(ranking.sql()).params(ranking.params()).update();
        jdbc.sql("drop table " + SCORES).update();
        jdbc.sql(CONSTRAINTS).update();
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
        Built built = jdbc.sql("select count(*), count(*) filter (where variables_missing > 0) from household_rank_next")
                .query((rs, n) -> new Built(rs.getLong(1), rs.getLong(2))).single();
        jdbc.sql("drop table household_rank").update();
        jdbc.sql("alter table household_rank_next rename to household_rank").update();
        for (IndexDefinition index : indexes) {
            jdbc.sql(index.primary() ? "alter table household_rank rename constraint household_rank_next_pkey to " + index.name()
                    : "alter index " + index.name() + "_next rename to " + index.name()).update();
        }
        long t3 = System.nanoTime();
        log.debug("ranking: scores {} ms, desil {} ms, indexes {} ms, analyze, count and swap {} ms",
                (scored - t0) / 1_000_000, (t1 - scored) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        return built;
    }
}
