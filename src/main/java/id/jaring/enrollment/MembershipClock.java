package id.jaring.enrollment;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.TableExport;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/**
 * The membership clock of a programme (docs/graduation.md): for every KPM, the start, the last day
 * of the membership (fixed at approval from the programme's maximum duration,
 * {@link id.jaring.program.MembershipTerm}), the time left until the limit, and the families past or
 * near it (within 6 and 12 months), as of today from the injected Clock.
 *
 * <p>Scope as everywhere in enrolment: an agency operator reaches its agency's programmes only, a
 * kab/kota outside the caller's region is not found (404), and rows are filtered by the caller's
 * region in SQL. The per-kab/kota counts ({@link #summary}) carry no personal data and are open to
 * every role; the lists and their export need a role that reads personal data. An export is audited
 * as a read of the list.
 */
@Service
public class MembershipClock {

    /** A page cursor that is not one this service handed out. */
    public static final String CURSOR_INVALID = "CLOCK_CURSOR_INVALID";

    private final EnrolmentGuard guard;
    private final ClockRows rows;
    private final Programmes programmes;
    private final Regions regions;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    MembershipClock(EnrolmentGuard guard, ClockRows rows, Programmes programmes, Regions regions, AuditLog audit,
            MessageSource messages, Clock clock) {
        this.guard = guard;
        this.rows = rows;
        this.programmes = programmes;
        this.regions = regions;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Counts per kab/kota the caller reaches (kab/kota without an active KPM are left out) and their total.
     *
     * @throws NotFoundException when the programme is unknown or another agency's (for an agency operator)
     */
    @Transactional(readOnly = true)
    public ClockSummary summary(String programmeCode) {
        CurrentUser user = guard.anyone();
        Programme p = programme(user, programmeCode);
        LocalDate today = LocalDate.now(clock);
        List<ClockCounts> perKab = rows.counts(p.id(), null, user.scope(), today).stream().map(this::named).toList();
        ClockCounts total = perKab.stream().reduce(new ClockCounts(null, null, 0, 0, 0, 0, 0), ClockCounts::plus);
        return new ClockSummary(p.code(), p.maxDurationMonths(), today, perKab, total);
    }

    /**
     * One page of the KPM in one kab/kota, soonest limit first.
     *
     * @param after the {@link ClockPage#nextAfter()} of the previous page; null for the first
     * @throws NotFoundException when the programme or the kab/kota is out of the caller's reach
     * @throws ValidationFailedException {@link #CURSOR_INVALID} for a cursor this service did not give
     */
    @Transactional(readOnly = true)
    public ClockPage page(String programmeCode, String kabKotaCode, ClockWindow window, String after, int size) {
        CurrentUser user = guard.reader();
        Programme p = inReach(user, programmeCode, kabKotaCode);
        ClockWindow w = window == null ? ClockWindow.ALL : window;
        LocalDate today = LocalDate.now(clock);
        int limit = Math.max(1, Math.min(size, Enrolments.MAX_PAGE));
        Cursor cursor = Cursor.parse(after);
        List<ClockEntry> found = rows.page(p.id(), kabKotaCode, w, cursor.end(), cursor.id(), limit + 1, user.scope(), today)
                .stream().map(r -> entry(r, today)).toList();
        List<ClockEntry> items = found.stream().limit(limit).toList();
        return new ClockPage(p.code(), p.maxDurationMonths(), kabKotaCode, today, w, counts(p, kabKotaCode, user, today),
                items, found.size() > limit ? items.get(items.size() - 1).cursor() : null);
    }

    /**
     * Writes every KPM of the window in one kab/kota as CSV (UTF-8 with a BOM, for spreadsheets), in
     * the page order, headers and bands in the locale's language, and audits the export.
     *
     * @return the number of families written
     */
    @Transactional
    public long exportCsv(String programmeCode, String kabKotaCode, ClockWindow window, OutputStream out, Locale locale) {
        CurrentUser user = guard.reader();
        Programme p = inReach(user, programmeCode, kabKotaCode);
        ClockWindow w = window == null ? ClockWindow.ALL : window;
        LocalDate today = LocalDate.now(clock);
        long written;
        try (TableExport table = TableExport.open(TableExport.Format.CSV, "clock", out, List.of(header(locale)))) {
            rows.each(p.id(), kabKotaCode, w, user.scope(), today, r -> table.row(cells(entry(r, today), locale)));
            written = table.rows();
        }
        audit.recordRead(EntityRef.of("ENROLMENT_LIST", p.code() + ":" + kabKotaCode), kabKotaCode,
                "membership clock export, " + w + ", " + written + " families as of " + today);
        return written;
    }

    /**
     * The checks of {@link #exportCsv} alone, for a caller that must know the answer before it sets the
     * response's headers (a refusal then still answers as an error, not as a file).
     *
     * @throws NotFoundException when the programme or the kab/kota is out of the caller's reach
     * @throws org.springframework.security.access.AccessDeniedException for a role that may not read the list
     */
    public void checkExport(String programmeCode, String kabKotaCode) {
        inReach(guard.reader(), programmeCode, kabKotaCode);
    }

    private ClockCounts counts(Programme p, String kabKotaCode, CurrentUser user, LocalDate today) {
        return rows.counts(p.id(), kabKotaCode, user.scope(), today).stream().findFirst().map(this::named)
                .orElse(named(new ClockCounts(kabKotaCode, null, 0, 0, 0, 0, 0)));
    }

    private ClockCounts named(ClockCounts c) {
        String name = regions.find(c.kabKotaCode()).map(Region::name).orElse(c.kabKotaCode());
        return new ClockCounts(c.kabKotaCode(), name, c.kpm(), c.overdue(), c.within6Months(), c.within12Months(),
                c.noLimit());
    }

    private static ClockEntry entry(ClockRows.Row r, LocalDate today) {
        return ClockEntry.of(r.id(), r.householdId(), r.noKk(), r.kabKotaCode(), r.desaCode(), r.start(), r.plannedEnd(),
                today);
    }

    private Programme programme(CurrentUser user, String code) {
        return EnrolmentGuard.inReach(user, programmes.find(code).orElseThrow(() -> new NotFoundException("programme")));
    }

    private Programme inReach(CurrentUser user, String code, String kabKotaCode) {
        return EnrolmentGuard.inReach(user, programmes.find(code).orElseThrow(() -> new NotFoundException("programme")),
                kabKotaCode);
    }

    private String[] header(Locale locale) {
        return new String[] {msg("enr.noKk", locale), msg("clock.kabKota", locale), msg("enr.desa", locale),
                msg("enr.start", locale), msg("clock.lastDay", locale), msg("clock.limitDate", locale),
                msg("clock.monthsLeft", locale), msg("clock.daysLeft", locale), msg("clock.totalDaysLeft", locale),
                msg("clock.band", locale)};
    }

    private Object[] cells(ClockEntry e, Locale locale) {
        return new Object[] {e.noKk(), e.kabKotaCode(), e.desaCode(), e.startDate(), e.plannedEnd(), e.limitDate(),
                e.monthsLeft(), e.daysLeft(), e.totalDaysLeft(), msg("clock.band." + e.band(), locale)};
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** The keyset position: the planned end (or {@link ClockRows#NO_END}) and the id of the last row seen. */
    private record Cursor(LocalDate end, long id) {

        static Cursor parse(String after) {
            if (after == null || after.isBlank()) {
                return new Cursor(ClockRows.BEFORE_ALL, 0);
            }
            int dot = after.indexOf('.');
            try {
                return new Cursor(LocalDate.parse(after.substring(0, Math.max(dot, 0))), Long.parseLong(after.substring(dot + 1)));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new ValidationFailedException(Violation.error(CURSOR_INVALID, "after"));
            }
        }
    }
}
