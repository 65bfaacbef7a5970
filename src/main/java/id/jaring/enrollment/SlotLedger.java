package id.jaring.enrollment;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.access.ScopeFilter;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.TableExport;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quota;
import id.jaring.program.Quotas;

/**
 * The slot ledger of a programme in one kab/kota: for every numbered slot (1..quota), which family
 * held it (No. KK, enrolment), from when to when, and why it was freed (the exit kind and the
 * approved exit). Read from the enrolments themselves (an enrolment keeps its slot number after it
 * ends), so the ledger cannot disagree with them. Holders are shown within the caller's region
 * scope; whether a slot is occupied is shown for every slot. Readers of personal data only; the CSV
 * export is audited as a READ of the ledger.
 */
@Service
public class SlotLedger {

    public static final int MAX_SLOTS = 200;

    private final EnrolmentGuard guard;
    private final Programmes programmes;
    private final Quotas quotas;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    SlotLedger(EnrolmentGuard guard, Programmes programmes, Quotas quotas, JdbcClient jdbc, AuditLog audit) {
        this.guard = guard;
        this.programmes = programmes;
        this.quotas = quotas;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Slots {@code after + 1} to {@code after + size} (at most {@link #MAX_SLOTS}).
     *
     * @throws NotFoundException when the programme or the kab/kota is out of the caller's reach
     */
    @Transactional(readOnly = true)
    public SlotLedgerPage page(String programmeCode, String kabKotaCode, Integer after, int size) {
        CurrentUser user = guard.reader();
        Programme p = EnrolmentGuard.inReach(user,
                programmes.find(programmeCode).orElseThrow(() -> new NotFoundException("programme")), kabKotaCode);
        Quota quota = quotas.of(p, kabKotaCode);
        int count = Math.max(quota.quota(), highestSlot(p.id(), kabKotaCode));
        int from = (after == null ? 0 : Math.max(0, after)) + 1;
        int to = Math.min(count, from - 1 + Math.max(1, Math.min(size, MAX_SLOTS)));
        List<LedgerSlot> slots = slots(user, p.id(), kabKotaCode, from, to);
        return new SlotLedgerPage(p.code(), kabKotaCode, quota.quota(), quota.enrolled(), count, slots,
                to < count ? to : null);
    }

    /**
     * Writes the whole ledger as UTF-8 CSV (one line per holding; a never-held slot as a line of its
     * own). Checks reach before writing anything.
     *
     * @throws NotFoundException when the programme or the kab/kota is out of the caller's reach
     */
    @Transactional
    public void exportCsv(String programmeCode, String kabKotaCode, OutputStream target) {
        SlotLedgerPage page = page(programmeCode, kabKotaCode, null, MAX_SLOTS);
        audit.recordRead(EntityRef.of("SLOT_LEDGER", programmeCode + ":" + kabKotaCode), kabKotaCode, "CSV export");
        try (TableExport csv = TableExport.open(TableExport.Format.CSV, "slots", target, List.of("slot", "occupied",
                "no_kk", "enrolment_id", "household_id", "start_date", "end_date", "exit_kind", "exit_id",
                "replaces_enrolment_id"))) {
            while (true) {
                for (LedgerSlot slot : page.slots()) {
                    if (slot.holdings().isEmpty()) {
                        csv.row(slot.slotNo(), slot.occupied(), null, null, null, null, null, null, null, null);
                    }
                    for (SlotHolding h : slot.holdings()) {
                        csv.row(slot.slotNo(), slot.occupied(), h.noKk(), h.enrolmentId(), h.householdId(), h.startDate(),
                                h.endDate(), h.exitKind(), h.exitId(), h.replacesEnrolmentId());
                    }
                }
                if (page.last()) {
                    break;
                }
                page = page(programmeCode, kabKotaCode, page.nextAfter(), MAX_SLOTS);
            }
        }
    }

    private int highestSlot(long programmeId, String kab) {
        return jdbc.sql("select coalesce(max(slot_no), 0) from enrolment where programme_id = :p and kabkota_code = :kab")
                .param("p", programmeId).param("kab", kab).query(Integer.class).single();
    }

    private List<LedgerSlot> slots(CurrentUser user, long programmeId, String kab, int from, int to) {
        Set<Integer> occupied = Set.copyOf(jdbc.sql("""
                select slot_no from enrolment
                where programme_id = :p and kabkota_code = :kab and status = 'AKTIF' and slot_no between :from and :to
                """).param("p", programmeId).param("kab", kab).param("from", from).param("to", to)
                .query(Integer.class).list());
        ScopeFilter scope = ScopeFilter.of(user.scope(), "e");
        Map<Integer, List<SlotHolding>> held = new LinkedHashMap<>();
        jdbc.sql("""
                select e.slot_no, e.id, e.household_id, e.no_kk, e.start_date, e.end_date, e.exit_kind, x.id as exit_id,
                       e.replaces_enrolment_id
                from enrolment e
                left join enrolment_exit x on x.enrolment_id = e.id and x.status = 'DISETUJUI'
                where e.programme_id = :p and e.kabkota_code = :kab and e.slot_no between :from and :to and %s
                order by e.slot_no, e.start_date, e.id
                """.formatted(scope.sql())).param("p", programmeId).param("kab", kab).param("from", from)
                .param("to", to).params(scope.params())
                .query(rs -> {
                    held.computeIfAbsent(rs.getInt("slot_no"), n -> new ArrayList<>()).add(new SlotHolding(
                            rs.getLong("id"), rs.getLong("household_id"), rs.getString("no_kk"),
                            rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                            rs.getString("exit_kind") == null ? null : ExitKind.valueOf(rs.getString("exit_kind")),
                            (Long) rs.getObject("exit_id"), (Long) rs.getObject("replaces_enrolment_id")));
                });
        List<LedgerSlot> slots = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            slots.add(new LedgerSlot(n, occupied.contains(n), held.getOrDefault(n, List.of())));
        }
        return slots;
    }
}
