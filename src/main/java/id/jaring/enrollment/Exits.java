package id.jaring.enrollment;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.platform.NotFoundException;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;

/**
 * Reads graduations and exits within the caller's region scope (and, for an agency operator, its
 * agency's programmes): one exit, an enrolment's exits, and the open exits of a programme in one
 * kab/kota. Roles that may read personal data only; family-level data (No. KK, ids, the evidence
 * without names), so not audited as reads of persons.
 */
@Service
public class Exits {

    private final EnrolmentGuard guard;
    private final ExitRows rows;
    private final EnrolmentRows enrolments;
    private final Programmes programmes;

    Exits(EnrolmentGuard guard, ExitRows rows, EnrolmentRows enrolments, Programmes programmes) {
        this.guard = guard;
        this.rows = rows;
        this.enrolments = enrolments;
        this.programmes = programmes;
    }

    /** @throws NotFoundException when missing or outside the caller's reach */
    @Transactional(readOnly = true)
    public EnrolmentExit get(long id) {
        CurrentUser user = guard.reader();
        ExitRows.Row row = rows.find(id, user.scope()).orElseThrow(() -> new NotFoundException("exit"));
        return row.view(programme(user, row.programmeId()).code());
    }

    /** The enrolment's exits, oldest first. @throws NotFoundException when the enrolment is out of reach */
    @Transactional(readOnly = true)
    public List<EnrolmentExit> ofEnrolment(long enrolmentId) {
        CurrentUser user = guard.reader();
        EnrolmentRows.Row e = enrolments.find(enrolmentId, user.scope()).orElseThrow(() -> new NotFoundException("enrolment"));
        String code = programme(user, e.programmeId()).code();
        return rows.ofEnrolment(enrolmentId, user.scope()).stream().map(r -> r.view(code)).toList();
    }

    /**
     * One keyset page (by id) of a programme's open exits (DIUSULKAN, DIVERIFIKASI) in one kab/kota.
     *
     * @throws NotFoundException when the programme or the kab/kota is out of the caller's reach
     */
    @Transactional(readOnly = true)
    public ExitPage open(String programmeCode, String kabKotaCode, Long after, int size) {
        CurrentUser user = guard.reader();
        Programme p = EnrolmentGuard.inReach(user,
                programmes.find(programmeCode).orElseThrow(() -> new NotFoundException("programme")), kabKotaCode);
        int limit = Math.max(1, Math.min(size, Enrolments.MAX_PAGE));
        List<ExitRows.Row> found = rows.openPage(p.id(), kabKotaCode, after, limit + 1, user.scope());
        List<EnrolmentExit> items = found.stream().limit(limit).map(r -> r.view(p.code())).toList();
        return new ExitPage(items, found.size() > limit ? items.get(items.size() - 1).id() : null);
    }

    /** The proposals and enrolments that hand on the slot of the ended enrolment (oldest first). */
    @Transactional(readOnly = true)
    public List<Enrolment> replacementsOf(long enrolmentId) {
        CurrentUser user = guard.reader();
        EnrolmentRows.Row e = enrolments.find(enrolmentId, user.scope()).orElseThrow(() -> new NotFoundException("enrolment"));
        String code = programme(user, e.programmeId()).code();
        return enrolments.replacementsOf(enrolmentId, user.scope()).stream().map(r -> r.view(code)).toList();
    }

    /** What the current user may do with the exit now (the UI's buttons; the service checks again). */
    public ExitActions actions(EnrolmentExit exit) {
        CurrentUser user = guard.reader();
        if (!exit.status().open() || exit.proposedBy().equals(user.username())) {
            return new ExitActions(false, false, false);
        }
        boolean verify = exit.kind().needsVerification() && exit.status() == ExitStatus.DIUSULKAN
                && ExitGuard.mayVerify(user);
        boolean approve = ExitGuard.mayDecide(user)
                && (!exit.kind().needsVerification() || exit.status() == ExitStatus.DIVERIFIKASI);
        return new ExitActions(verify, approve, ExitGuard.mayReject(user, exit.kind(), exit.status()));
    }

    /** True when the current user may propose an exit of the enrolment now (a KPM without an open exit). */
    @Transactional(readOnly = true)
    public boolean mayPropose(Enrolment enrolment) {
        return ExitGuard.mayPropose(guard.reader()) && enrolment.status() == EnrolmentStatus.AKTIF
                && rows.openOf(enrolment.id()).isEmpty();
    }

    private Programme programme(CurrentUser user, long programmeId) {
        return EnrolmentGuard.inReach(user, programmes.find(programmeId).orElseThrow(() -> new NotFoundException("programme")));
    }
}
