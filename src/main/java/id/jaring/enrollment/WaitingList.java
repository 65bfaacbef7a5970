package id.jaring.enrollment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.platform.NotFoundException;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeRule;
import id.jaring.program.ProgrammeRules;
import id.jaring.program.Programmes;
import id.jaring.targeting.Eligibility;
import id.jaring.targeting.EligibilityRules;
import id.jaring.targeting.EligibilityCondition;

/**
 * A programme's waiting list in one kab/kota: the active families its rule in force selects (SQL
 * from {@link Eligibility#eligibleHouseholds}, within the caller's scope) that have no open
 * enrolment (DIUSULKAN or AKTIF) in the programme and did not graduate from it less than its
 * re-entry wait ago ({@link ReentryGuard}), poorest first. Order, total and deterministic:
 * desil ascending, then score ascending, then household id ascending (the older registration
 * first); families without a rank (not reached by the ranking yet) come last, in id order. They
 * are kept rather than dropped because a rule that does not use desil may select them.
 * Pages by rank (limit/offset: {@code after} is the last rank seen), at most {@link Enrolments#MAX_PAGE}.
 * The ranked families are read in rank order from the ranking's index and checked against the rule
 * one by one, so the first pages cost milliseconds even in a kab/kota of 900,000 families; a family
 * that moved here after the last ranking run counts as unranked until the next run.
 * Shows family-level data only, so it is not audited as a read of persons.
 */
@Service
public class WaitingList {

    private final EnrolmentGuard guard;
    private final Programmes programmes;
    private final ProgrammeRules rules;
    private final EligibilityRules checker;
    private final Eligibility eligibility;
    private final JdbcClient jdbc;
    private final Clock clock;
    /**
     * How many ranked families the walk checks at most beyond the page's start (checking 20,000 one by
     * one takes about 1 s). Pages starting this deep or deeper, and pages the walk cannot fill within
     * it (a strict rule: few families qualify), use {@link #WHOLE} instead.
     */
    private final long walkLimit;

    WaitingList(EnrolmentGuard guard, Programmes programmes, ProgrammeRules rules, EligibilityRules checker,
            Eligibility eligibility, JdbcClient jdbc, Clock clock,
            @Value("${jaring.enrollment.waiting-list-walk-limit:20000}") long walkLimit) {
        this.walkLimit = walkLimit;
        this.guard = guard;
        this.programmes = programmes;
        this.rules = rules;
        this.checker = checker;
        this.eligibility = eligibility;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Not already proposed or enrolled in the programme (the open enrolments' index, per family), and
     * not in the programme's re-entry wait after a graduation ({@link ReentryGuard#WAITING_SQL}).
     */
    private static final String NOT_OPEN = """
            not exists (select 1 from enrolment en where en.programme_id = :wl_programme
                        and en.household_id = h.id and en.status in ('DIUSULKAN', 'AKTIF'))""" + " and "
            + ReentryGuard.WAITING_SQL;

    /**
     * The ranked part, read in rank order from household_rank's index (kabkota_code, desil, score,
     * household_id) and checked family by family, so a page costs the families up to it, not the
     * whole kab/kota, at most {@code :wl_scan} ranks. Both subqueries are fenced (limit, offset 0) and the family is a LATERAL subquery of
     * its rank: the planner cannot flatten them into joins it would hash and then sort (it did, on
     * an underestimate, for one kab/kota of 380,000 families: 7 s instead of 0.4 s).
     */
    private static final String RANKED = """
            from (select * from household_rank r where r.kabkota_code = :wl_kab
                  order by r.desil, r.score, r.household_id limit :wl_scan) r
            cross join lateral (select h.* from household h where h.id = r.household_id and %s and %s offset 0) h""";

    /** The rest: families without a rank, or ranked in another kab/kota before they moved here. */
    private static final String UNRANKED = """
            from household h left join household_rank r on r.household_id = h.id
            where %s and %s and (r.household_id is null or r.kabkota_code <> :wl_kab)""";

    /**
     * The whole list in one set-based query (every family of the kab/kota checked, then sorted): the
     * same order as the ranked part followed by the rest. For pages the walk cannot answer ({@link #walkLimit}),
     * where checking family by family would cost more than checking them all at once.
     */
    private static final String WHOLE = """
            from household h left join household_rank r on r.household_id = h.id
            where %s and %s
            order by r.kabkota_code is distinct from :wl_kab, r.desil asc nulls last, r.score asc nulls last, h.id""";


    private record Row(long householdId, String noKk, String desaCode, Integer desil, BigDecimal score) {
    }

    /**
     * @param after the rank of the last family of the previous page (null or 0: from the top)
     * @throws NotFoundException when the programme is unknown or out of reach, has no rule in force,
     *         or the kab/kota lies outside the caller's region
     */
    @Transactional(readOnly = true)
    public WaitingListPage page(String programmeCode, String kabKotaCode, Long after, int size) {
        CurrentUser user = guard.reader();
        plannedForThisKabKota();
        Programme p = EnrolmentGuard.inReach(user,
                programmes.find(programmeCode).orElseThrow(() -> new NotFoundException("programme")), kabKotaCode);
        ProgrammeRule rule = rules.inForce(p.code()).orElseThrow(() -> new NotFoundException("rule"));
        // the rule narrowed to the kab/kota: its member conditions only visit the families there
        EligibilityCondition eligible = eligibility.condition(checker.check(rule.text()),
                user.scope().narrowedTo(kabKotaCode), LocalDate.now(clock));
        int limit = Math.max(1, Math.min(size, Enrolments.MAX_PAGE));
        long offset = after == null ? 0 : Math.max(0, after);
        Map<String, Object> params = new HashMap<>(eligible.params());
        params.put("wl_programme", p.id());
        params.put("wl_kab", kabKotaCode);
        params.put("wl_today", LocalDate.now(clock));
        params.put("wl_wait", p.reentryWaitMonths() == null ? 0 : p.reentryWaitMonths());
        List<Row> found = offset < walkLimit ? walk(eligible.sql(), params, offset, limit + 1) : null;
        if (found == null || found.isEmpty() && offset > 0) {
            found = rows(WHOLE.formatted(eligible.sql(), NOT_OPEN), params, offset, limit + 1);
        }
        List<WaitingListEntry> items = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, found.size()); i++) {
            Row r = found.get(i);
            items.add(new WaitingListEntry(offset + i + 1, r.householdId(), r.noKk(), r.desaCode(), r.desil(), r.score()));
        }
        return new WaitingListPage(p.code(), kabKotaCode, rule.version(), items,
                found.size() > limit ? items.get(items.size() - 1).rank() : null);
    }

    /**
     * Planner settings for this transaction only. A plan for the kab/kota at hand: the same statement
     * serves kab/kota of 127,000 and of 915,000 families, and the generic plan PostgreSQL settles on
     * after five runs checked the members of the largest one family by family in a single process.
     * Index lookups priced as reads from memory (random_page_cost 1.1, the usual setting for SSD or a
     * cached database): at the default 4 the planner hashes every living member of the province for
     * the whole list instead of looking up the members of the kab/kota's poorer families (Kabupaten
     * Tangerang 6.8 - 7.4 s against 3.4 - 4.3 s; every kab/kota was faster with 1.1).
     */
    private void plannedForThisKabKota() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        jdbc.sql("set local random_page_cost = 1.1").update();
    }

    /**
     * The ranked families in rank order, then (once they run out before the page is full) the rest.
     * Empty when the page starts after the last ranked family, null when the walk reached its limit
     * before filling the page: the caller then reads the whole list.
     */
    private List<Row> walk(String eligible, Map<String, Object> params, long offset, int limit) {
        Map<String, Object> scan = new HashMap<>(params);
        scan.put("wl_scan", offset + walkLimit);
        List<Row> found = new ArrayList<>(rows(RANKED.formatted(eligible, NOT_OPEN)
                + " order by r.desil, r.score, r.household_id", scan, offset, limit));
        if (found.size() < limit && rankedBeyond(params, offset + walkLimit)) {
            return null;   // the walk stopped at its limit, not at the end of the ranked families
        }
        if (found.size() < limit && (offset == 0 || !found.isEmpty())) {
            // the ranked families end on this page: the others follow from their first one
            found.addAll(rows(UNRANKED.formatted(eligible, NOT_OPEN)
                    + " order by r.desil asc nulls last, r.score asc nulls last, h.id", params, 0, limit - found.size()));
        }
        return found;
    }

    /** Whether the kab/kota has more than {@code count} ranked families (reads at most count + 1 index entries). */
    private boolean rankedBeyond(Map<String, Object> params, long count) {
        return jdbc.sql("select count(*) > :n from (select 1 from household_rank where kabkota_code = :wl_kab limit :n + 1) r")
                .param("wl_kab", params.get("wl_kab")).param("n", count).query(Boolean.class).single();
    }

    private List<Row> rows(String fromWhereOrder, Map<String, Object> params, long offset, int limit) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("wl_offset", offset);
        all.put("wl_limit", limit);
        return jdbc.sql("select h.id, h.no_kk, h.desa_code, r.desil, r.score " + fromWhereOrder
                        + " limit :wl_limit offset :wl_offset")
                .params(all)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4, Integer.class), rs.getBigDecimal(5)))
                .list();
    }
}
