package id.jaring.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import id.jaring.targeting.EligibleHouseholds;

/**
 * A programme's waiting list in one kab/kota: the active families its rule in force selects (SQL
 * from {@link Eligibility#eligibleHouseholds}, within the caller's scope) that have no open
 * enrolment (DIUSULKAN or AKTIF) in the programme, poorest first. Order, total and deterministic:
 * desil ascending, then score ascending, then household id ascending (the older registration
 * first); families without a rank (not reached by the ranking yet) come last, in id order. They
 * are kept rather than dropped because a rule that does not use desil may select them.
 * Pages by rank (limit/offset: {@code after} is the last rank seen), at most {@link Enrolments#MAX_PAGE}.
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

    WaitingList(EnrolmentGuard guard, Programmes programmes, ProgrammeRules rules, EligibilityRules checker,
            Eligibility eligibility, JdbcClient jdbc, Clock clock) {
        this.guard = guard;
        this.programmes = programmes;
        this.rules = rules;
        this.checker = checker;
        this.eligibility = eligibility;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param after the rank of the last family of the previous page (null or 0: from the top)
     * @throws NotFoundException when the programme is unknown or out of reach, has no rule in force,
     *         or the kab/kota lies outside the caller's region
     */
    @Transactional(readOnly = true)
    public WaitingListPage page(String programmeCode, String kabKotaCode, Long after, int size) {
        CurrentUser user = guard.reader();
        Programme p = EnrolmentGuard.inReach(user,
                programmes.find(programmeCode).orElseThrow(() -> new NotFoundException("programme")), kabKotaCode);
        ProgrammeRule rule = rules.inForce(p.code()).orElseThrow(() -> new NotFoundException("rule"));
        // the rule's query narrowed to the kab/kota: its member conditions then only visit the families there
        EligibleHouseholds eligible = eligibility.eligibleHouseholds(checker.check(rule.text()),
                user.scope().narrowedTo(kabKotaCode), LocalDate.now(clock));
        int limit = Math.max(1, Math.min(size, Enrolments.MAX_PAGE));
        long offset = after == null ? 0 : Math.max(0, after);
        Map<String, Object> params = new HashMap<>(eligible.params());
        params.put("wl_programme", p.id());
        params.put("wl_kab", kabKotaCode);
        params.put("wl_limit", limit + 1);
        params.put("wl_offset", offset);
        // the eligible ids as a CTE; the kab/kota equality on h uses the region index, the rank join
        // and the NOT EXISTS on the enrolment index (programme_id, household_id) are per family
        List<WaitingListEntry> found = jdbc.sql("""
                with eligible as (%s)
                select h.id, h.no_kk, h.desa_code, r.desil, r.score
                from eligible e
                join household h on h.id = e.id
                left join household_rank r on r.household_id = h.id
                where h.kabkota_code = :wl_kab
                  and not exists (select 1 from enrolment en where en.programme_id = :wl_programme
                                  and en.household_id = h.id and en.status in ('DIUSULKAN', 'AKTIF'))
                order by r.desil asc nulls last, r.score asc nulls last, h.id asc
                limit :wl_limit offset :wl_offset
                """.formatted(eligible.sql()))
                .params(params)
                .query((rs, n) -> new WaitingListEntry(offset + n + 1, rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4, Integer.class), rs.getBigDecimal(5)))
                .list();
        boolean more = found.size() > limit;
        List<WaitingListEntry> items = found.stream().limit(limit).toList();
        return new WaitingListPage(p.code(), kabKotaCode, rule.version(), items,
                more ? items.get(items.size() - 1).rank() : null);
    }
}
