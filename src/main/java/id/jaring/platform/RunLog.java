package id.jaring.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of whole-table computations (the welfare ranking, graduation readiness, the daily
 * graduation job), one row per
 * run in a table of the module: RUNNING from the start (written in a transaction of its own, so that
 * pages show it while the run works), then FINISHED with two counts (in the run's transaction) or
 * FAILED (in a transaction of its own, after the run's transaction rolled back). {@link #lock} keeps
 * runs of one kind apart, also across application instances. Table and column names are code
 * constants, never user text.
 */
public final class RunLog {

    /**
     * The run table: {@code id} (identity), the version column, {@code trigger}, {@code trigger_detail},
     * {@code requested_by}, {@code started_at}, {@code finished_at}, {@code status}, two count columns, {@code error}.
     */
    public record Table(String name, String versionColumn, String firstCount, String secondCount) {
    }

    /**
     * A run as stored; {@code version}, {@code finishedAt} and the counts are null while it runs
     * (the version also when it failed before choosing one).
     */
    public record Row(long id, Integer version, String trigger, String triggerDetail, String requestedBy,
            Instant startedAt, Instant finishedAt, String status, Long first, Long second) {
    }

    /** One run's work, in its transaction after the lock: it starts the run row once it knows its version. */
    public interface Work<T> {
        T run(Started run);
    }

    /** Starts the run row of one {@link #execute} and remembers its id (a failure marks it FAILED). */
    public final class Started {
        private long id;

        /** The run RUNNING, committed at once; its id. */
        public long start(int version, String trigger, String detail, String by, Instant at) {
            id = RunLog.this.start(version, trigger, detail, by, at);
            return id;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(RunLog.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separate;
    private final Table table;

    public RunLog(JdbcClient jdbc, PlatformTransactionManager transactionManager, Table table) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.separate = new TransactionTemplate(transactionManager);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.table = table;
    }

    /**
     * One run in ONE transaction: the advisory lock {@code lockKey} (a second run, here or on another
     * node, waits until the first commits), then the work, which starts the run row, does its job and
     * finishes the row. On failure the work rolls back, the run row (if started) is FAILED with the
     * exception's class, and the exception goes on to the caller.
     *
     * @param what the kind of run, for the log
     */
    public <T> T execute(long lockKey, String what, Clock clock, Work<T> work) {
        Started run = new Started();
        try {
            return transaction.execute(tx -> {
                lock(lockKey);
                return work.run(run);
            });
        } catch (RuntimeException e) {
            if (run.id != 0) {
                fail(run.id, e.getClass().getSimpleName(), clock.instant());
            }
            log.warn("{} run {} failed: {}", what, run.id, e.getClass().getSimpleName());
            throw e;
        }
    }

    /** Waits for, then holds until the end of the current transaction, the advisory lock of this kind of run. */
    public void lock(long key) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(:key)) locked").param("key", key).query(Integer.class).single();
    }

    /** A new run, RUNNING, committed at once; its id. */
    private long start(int version, String trigger, String detail, String by, Instant at) {
        return separate.execute(tx -> jdbc.sql("""
                insert into %s (%s, trigger, trigger_detail, requested_by, started_at, status)
                values (:v, :trigger, :detail, :by, :at, 'RUNNING') returning id
                """.formatted(table.name(), table.versionColumn())).param("v", version).param("trigger", trigger)
                .param("detail", detail).param("by", by).param("at", Timestamp.from(at)).query(Long.class).single());
    }

    /** The run FINISHED with its counts, in the run's transaction. */
    public void finish(long id, long first, long second, Instant at) {
        jdbc.sql("update %s set status = 'FINISHED', finished_at = :at, %s = :first, %s = :second where id = :id"
                .formatted(table.name(), table.firstCount(), table.secondCount()))
                .param("id", id).param("at", Timestamp.from(at)).param("first", first).param("second", second).update();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select * from %s where id = :id".formatted(table.name())).param("id", id).query(this::row).optional();
    }

    /** The latest runs, newest first. */
    public List<Row> recent(int limit) {
        return jdbc.sql("select * from %s order by id desc limit :n".formatted(table.name())).param("n", limit)
                .query(this::row).list();
    }

    /** The run FAILED (the exception's class as the error), committed at once. */
    private void fail(long id, String error, Instant at) {
        separate.executeWithoutResult(tx -> jdbc.sql(
                "update %s set status = 'FAILED', finished_at = :at, error = :e where id = :id".formatted(table.name()))
                .param("id", id).param("at", Timestamp.from(at)).param("e", error).update());
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Row(rs.getLong("id"), (Integer) rs.getObject(table.versionColumn()), rs.getString("trigger"),
                rs.getString("trigger_detail"), rs.getString("requested_by"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString("status"),
                (Long) rs.getObject(table.firstCount()), (Long) rs.getObject(table.secondCount()));
    }
}
