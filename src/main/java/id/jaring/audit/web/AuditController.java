package id.jaring.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditEntry;
import id.jaring.audit.AuditLog;
import id.jaring.audit.AuditQuery;
import id.jaring.audit.AuditReaders;
import id.jaring.audit.AuditTrail;
import id.jaring.audit.EntityRef;

/**
 * The audit trail for auditors and administrators: every change and read, newest first,
 * filtered, in keyset pages; a reader with a region sees the events of its kab/kota only. Looking at the trail is itself recorded, since its states hold
 * personal data.
 */
@Controller
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
class AuditController {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditTrail trail;
    private final AuditLog log;
    private final AuditReaders readers;
    private final ZoneId zone;

    AuditController(AuditTrail trail, AuditLog log, AuditReaders readers, java.time.Clock clock) {
        this.trail = trail;
        this.readers = readers;
        this.log = log;
        this.zone = clock.getZone();
    }

    @GetMapping("/audit")
    String events(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long before, Model model) {
        AuditQuery query = new AuditQuery(entityType, entityId, actor, action, from, to);
        String kab = readers.kabKotaOfReader().orElse(null);
        List<AuditEntry> page = trail.search(query, kab, before, PAGE_SIZE + 1);
        boolean more = page.size() > PAGE_SIZE;
        List<AuditEntry> shown = more ? page.subList(0, PAGE_SIZE) : page;
        log.recordRead(new EntityRef("AUDIT_TRAIL", "search"), kab, describe(query, before));
        model.addAttribute("query", query);
        model.addAttribute("actions", Arrays.asList(AuditAction.values()));
        model.addAttribute("events", shown.stream().map(this::line).toList());
        model.addAttribute("nextBefore", more ? shown.get(shown.size() - 1).id() : null);
        return "audit/events";
    }

    /** One row of the page: the entry with its time in the application's zone. */
    record EventLine(AuditEntry entry, String when) {
    }

    private EventLine line(AuditEntry entry) {
        return new EventLine(entry, WHEN.format(entry.occurredAt().atZone(zone)));
    }

    private static String describe(AuditQuery q, Long before) {
        return "filter type=" + q.entityType() + " id=" + q.entityId() + " actor=" + q.actor() + " action="
                + q.action() + " from=" + q.from() + " to=" + q.to() + " before=" + before;
    }
}
