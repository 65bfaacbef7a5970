package id.jaring.targeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.access.CurrentUser;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.targeting.RankingRun;

/**
 * The versions of the PMT weights: read them, create a new version (complete and validated;
 * never changing an existing one), activate one (the next ranking run uses it, and one is queued
 * at once). Creating and activating are for DATA_STEWARD and ADMIN, audited (WEIGHT_SET).
 */
@Service
public class WeightSets {

    private static final String SET_COLUMNS = "version, based_on, note, created_by, created_at, active";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final TargetingGuard guard;
    private final RankingQueue queue;
    private final Clock clock;

    WeightSets(JdbcClient jdbc, PlatformTransactionManager transactionManager, AuditLog audit, TargetingGuard guard,
            RankingQueue queue, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.audit = audit;
        this.guard = guard;
        this.queue = queue;
        this.clock = clock;
    }

    /** Every version, newest first, without their weights. */
    public List<WeightSet> list() {
        return jdbc.sql("select " + SET_COLUMNS + " from pmt_weight_set order by version desc")
                .query((rs, n) -> set(rs, List.of())).list();
    }

    public Optional<WeightSet> find(int version) {
        return jdbc.sql("select " + SET_COLUMNS + " from pmt_weight_set where version = :v").param("v", version)
                .query((rs, n) -> set(rs, weights(version))).optional();
    }

    public WeightSet active() {
        int version = jdbc.sql("select version from pmt_weight_set where active").query(Integer.class).single();
        return find(version).orElseThrow();
    }

    /** Weights in catalogue order (variables as in {@link PmtVariable}), then missing, codes, bands. */
    public List<Weight> weights(int version) {
        List<Weight> all = jdbc.sql("""
                select variable, category, band_from, points from pmt_weight where weights_version = :v
                order by (category is not null or band_from is not null), band_from, points, category
                """).param("v", version)
                .query((rs, n) -> new Weight(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
                .list();
        return java.util.Arrays.stream(PmtVariable.values())
                .flatMap(v -> all.stream().filter(w -> w.variable().equals(v.key())))
                .toList();
    }

    /** Creates the next version (not active). */
    public WeightSet create(NewWeightSet request) {
        CurrentUser user = guard.steward();
        NewWeightSet set = normalised(request);
        List<Violation> violations = new java.util.ArrayList<>(WeightRules.check(set));
        if (set.basedOn() != null && find(set.basedOn()).isEmpty()) {
            violations.add(Violation.error(TargetingCodes.WEIGHT_VERSION_UNKNOWN, "basedOn", set.basedOn()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationFailedException(violations);
        }
        int version = transactions.execute(tx -> {
            jdbc.sql("lock table pmt_weight_set in share row exclusive mode").update();
            int next = jdbc.sql("select coalesce(max(version), 0) + 1 from pmt_weight_set").query(Integer.class).single();
            jdbc.sql("""
                    insert into pmt_weight_set (version, based_on, note, created_by, created_at, active)
                    values (:v, :basedOn, :note, :by, :at, false)
                    """).param("v", next).param("basedOn", set.basedOn()).param("note", set.note().strip())
                    .param("by", user.username()).param("at", Timestamp.from(clock.instant())).update();
            for (Weight w : set.weights()) {
                jdbc.sql("insert into pmt_weight (weights_version, variable, category, band_from, points) values (:v, :var, :cat, :band, :p)")
                        .param("v", next).param("var", w.variable()).param("cat", w.category())
                        .param("band", w.bandFrom(), java.sql.Types.NUMERIC).param("p", w.points()).update();
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("version", next);
            after.put("based_on", set.basedOn());
            after.put("note", set.note().strip());
            after.put("weights", set.weights().size());
            audit.recordChange(AuditAction.CREATE, EntityRef.of("WEIGHT_SET", Integer.toString(next)), null, null, after,
                    "new PMT weight version");
            return next;
        });
        return find(version).orElseThrow();
    }

    /** Makes the version the active one and queues a ranking run with it. */
    public WeightSet activate(int version) {
        guard.steward();
        WeightSet set = find(version).orElseThrow(() -> new NotFoundException("weight set"));
        if (set.active()) {
            throw new ValidationFailedException(List.of(Violation.error(TargetingCodes.WEIGHT_ALREADY_ACTIVE, "version", version)));
        }
        transactions.executeWithoutResult(tx -> {
            Integer previous = jdbc.sql("select version from pmt_weight_set where active for update")
                    .query(Integer.class).optional().orElse(null);
            jdbc.sql("update pmt_weight_set set active = false where active").update();
            jdbc.sql("update pmt_weight_set set active = true where version = :v").param("v", version).update();
            audit.recordChange(AuditAction.UPDATE, EntityRef.of("WEIGHT_SET", Integer.toString(version)), null,
                    Map.of("active_version", String.valueOf(previous)), Map.of("active_version", version), "activate");
        });
        queue.request(RankingRun.Trigger.WEIGHTS, "version " + version, true);
        return find(version).orElseThrow();
    }

    private static NewWeightSet normalised(NewWeightSet set) {
        if (set.weights() == null) {
            return set;
        }
        List<Weight> weights = set.weights().stream().map(w -> {
            boolean open = w.variable() != null && PmtVariable.ofKey(w.variable()).map(PmtVariable::openList).orElse(false);
            return open && w.category() != null
                    ? new Weight(w.variable(), WeightRules.normalise(w.category()), w.bandFrom(), w.points()) : w;
        }).toList();
        return new NewWeightSet(set.basedOn(), set.note(), weights);
    }

    private static WeightSet set(ResultSet rs, List<Weight> weights) throws SQLException {
        return new WeightSet(rs.getInt("version"), (Integer) rs.getObject("based_on"), rs.getString("note"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("active"), weights);
    }
}
