package id.jaring.program;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/**
 * Quota per programme and kab/kota, and the slot counter behind it. A kab/kota without a quota
 * row has a quota of 0. Managed by DATA_STEWARD/ADMIN and the owner agency's OPERATOR_OPD.
 */
@Service
public class Quotas {

    private final ProgramGuard guard;
    private final ProgrammeRows programmes;
    private final QuotaRows rows;
    private final Regions regions;
    private final AuditLog audit;
    private final Clock clock;

    Quotas(ProgramGuard guard, ProgrammeRows programmes, QuotaRows rows, Regions regions, AuditLog audit, Clock clock) {
        this.guard = guard;
        this.programmes = programmes;
        this.rows = rows;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The quota of one kab/kota (dotted code); zero when none was set. */
    @Transactional(readOnly = true)
    public Quota of(Programme programme, String kabKotaCode) {
        guard.reader();
        return rows.find(programme.id(), kabKotaCode)
                .map(r -> quota(programme.id(), r))
                .orElseGet(() -> new Quota(programme.id(), kabKotaCode, name(kabKotaCode), 0, 0));
    }

    /** Every kab/kota of the province, with its quota (zero when none was set). */
    @Transactional(readOnly = true)
    public List<Quota> all(Programme programme) {
        guard.reader();
        Map<String, QuotaRows.Row> set = rows.all(programme.id()).stream()
                .collect(Collectors.toMap(QuotaRows.Row::kabKotaCode, Function.identity()));
        return regions.children(regions.province().code()).stream()
                .map(k -> set.containsKey(k.code()) ? quota(programme.id(), set.get(k.code()))
                        : new Quota(programme.id(), k.code(), k.name(), 0, 0))
                .toList();
    }

    /** Sets the quota of one kab/kota; never below the families already enrolled there. */
    @Transactional
    public Quota set(String programmeCode, String kabKotaCode, Integer quota) {
        Programme p = programmes.find(programmeCode == null ? "" : programmeCode)
                .orElseThrow(() -> new NotFoundException("programme"));
        guard.manager(p);
        Region kab = regions.find(kabKotaCode).filter(r -> r.level() == Region.KAB_KOTA)
                .orElseThrow(() -> new ValidationFailedException(
                        Violation.error(ProgramCodes.KABKOTA_UNKNOWN, "kabKota", String.valueOf(kabKotaCode))));
        if (quota == null) {
            throw new ValidationFailedException(Violation.error(ProgramCodes.REQUIRED, "quota", "quota"));
        }
        if (quota < 0) {
            throw new ValidationFailedException(Violation.error(ProgramCodes.QUOTA_NEGATIVE, "quota"));
        }
        // locked, so that no approval takes a slot between this check and the write
        QuotaRows.Row before = rows.lock(p.id(), kab.code()).orElse(null);
        int enrolled = before == null ? 0 : before.enrolled();
        if (quota < enrolled) {
            throw new ValidationFailedException(Violation.error(ProgramCodes.QUOTA_BELOW_ENROLLED, "quota", enrolled));
        }
        rows.upsert(p.id(), kab.code(), quota, clock.instant());
        audit.recordChange(before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                EntityRef.of("PROGRAMME_QUOTA", p.id() + ":" + kab.code()), kab.code(),
                before == null ? null : AuditStates.quota(p.code(), kab.code(), before.quota(), before.enrolled()),
                AuditStates.quota(p.code(), kab.code(), quota, enrolled), null);
        return new Quota(p.id(), kab.code(), kab.name(), quota, enrolled);
    }

    /**
     * Takes one slot of the programme's quota in the kab/kota for an enrolment being approved, in
     * the caller's transaction (which must be running). False when no slot is left; two callers
     * racing for the last slot: exactly one gets it (row lock of the UPDATE, see {@link QuotaRows}).
     * The caller checks who may enrol.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean takeSeat(long programmeId, String kabKotaCode) {
        return rows.takeSeat(programmeId, kabKotaCode, clock.instant());
    }

    /** Gives a slot back when a KPM leaves, in the caller's transaction. False when none was taken. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean releaseSeat(long programmeId, String kabKotaCode) {
        return rows.releaseSeat(programmeId, kabKotaCode, clock.instant());
    }

    private Quota quota(long programmeId, QuotaRows.Row r) {
        return new Quota(programmeId, r.kabKotaCode(), name(r.kabKotaCode()), r.quota(), r.enrolled());
    }

    private String name(String kabKotaCode) {
        return regions.find(kabKotaCode).map(Region::name).orElse(kabKotaCode);
    }
}
