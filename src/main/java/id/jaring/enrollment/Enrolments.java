package id.jaring.enrollment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.platform.NotFoundException;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;

/**
 * Reads enrolments within the caller's region scope (and, for an agency operator, its agency's
 * programmes): one enrolment, a family's open enrolments, and keyset pages of a programme's
 * proposals or KPM in one kab/kota. Roles that may read personal data only (not PIMPINAN).
 */
@Service
public class Enrolments {

    public static final int MAX_PAGE = 100;

    private final EnrolmentGuard guard;
    private final EnrolmentRows rows;
    private final Programmes programmes;

    Enrolments(EnrolmentGuard guard, EnrolmentRows rows, Programmes programmes) {
        this.guard = guard;
        this.rows = rows;
        this.programmes = programmes;
    }

    /** @throws NotFoundException when missing or outside the caller's reach */
    @Transactional(readOnly = true)
    public Enrolment get(long id) {
        CurrentUser user = guard.reader();
        EnrolmentRows.Row row = rows.find(id, user.scope()).orElseThrow(() -> new NotFoundException("enrolment"));
        Programme p = EnrolmentGuard.inReach(user, programmes.find(row.programmeId()).orElseThrow());
        return row.view(p.code());
    }

    /** The family's enrolments as a KPM (AKTIF), in every programme the caller reaches. */
    @Transactional(readOnly = true)
    public List<Enrolment> activeOf(long householdId) {
        return openOf(householdId).stream().filter(e -> e.status() == EnrolmentStatus.AKTIF).toList();
    }

    /**
     * The family's open enrolments (AKTIF, and DIUSULKAN proposals), in every programme the caller
     * reaches. Empty when the family lies outside the caller's region.
     */
    @Transactional(readOnly = true)
    public List<Enrolment> openOf(long householdId) {
        CurrentUser user = guard.reader();
        Map<Long, Programme> seen = new HashMap<>();
        return rows.openOf(householdId, user.scope()).stream()
                .filter(r -> {
                    Programme p = seen.computeIfAbsent(r.programmeId(), id -> programmes.find(id).orElseThrow());
                    return !EnrolmentGuard.outOfReach(user, p);
                })
                .map(r -> r.view(seen.get(r.programmeId()).code()))
                .toList();
    }

    /**
     * One keyset page (by id) of a programme's enrolments of one status in one kab/kota.
     *
     * @throws NotFoundException when the programme is unknown or out of reach, or the kab/kota lies
     *         outside the caller's region
     */
    @Transactional(readOnly = true)
    public EnrolmentPage page(String programmeCode, String kabKotaCode, EnrolmentStatus status, Long after, int size) {
        CurrentUser user = guard.reader();
        Programme p = EnrolmentGuard.inReach(user,
                programmes.find(programmeCode).orElseThrow(() -> new NotFoundException("programme")), kabKotaCode);
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        List<EnrolmentRows.Row> found = rows.page(p.id(), kabKotaCode, status, after, limit + 1, user.scope());
        boolean more = found.size() > limit;
        List<Enrolment> items = found.stream().limit(limit).map(r -> r.view(p.code())).toList();
        return new EnrolmentPage(items, more ? items.get(items.size() - 1).id() : null);
    }

    /** True when the current user may propose, approve and reject. */
    public boolean mayEnrol() {
        return EnrolmentGuard.mayEnrol(guard.reader());
    }
}
