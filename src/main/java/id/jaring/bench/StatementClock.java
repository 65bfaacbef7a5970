package id.jaring.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Time spent inside PostgreSQL, from pg_stat_statements: planning plus execution time of every
 * statement the server finished, summed over all statements except the ones reading these
 * statistics. The difference between two readings around a call is the server-side time of that
 * call's statements (BEGIN, queries, COMMIT), without network, JDBC and row mapping. The server
 * records a statement's times before the client sees its last result, so the reading after a
 * call already includes it. Only works when the server was started with the library preloaded
 * ({@code jaring.db.embedded.statement-statistics=true}); otherwise {@link #available()} is false.
 */
final class StatementClock {

    private final JdbcClient jdbc;
    private final boolean available;

    StatementClock(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.available = preloaded(jdbc);
        if (available) {
            jdbc.sql("create extension if not exists pg_stat_statements").update();
            jdbc.sql("select pg_stat_statements_reset()").query().singleValue();
        }
    }

    private static boolean preloaded(JdbcClient jdbc) {
        String libraries = jdbc.sql("select current_setting('shared_preload_libraries')").query(String.class).single();
        return libraries.contains("pg_stat_statements");
    }

    boolean available() {
        return available;
    }

    /** Milliseconds the server has spent so far (NaN when unavailable). */
    double totalMillis() {
        if (!available) {
            return Double.NaN;
        }
        return jdbc.sql("""
                select coalesce(sum(total_plan_time + total_exec_time), 0)
                from pg_stat_statements where query not like '%pg_stat_statements%'
                """).query(Double.class).single();
    }
}
