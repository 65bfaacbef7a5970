package id.jaring.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.audit.AuditEntry;
import id.jaring.audit.AuditLog;
import id.jaring.audit.AuditTrail;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;

/**
 * The audit trail of a family or a person: their own events and those of their memberships,
 * oldest first. Only for callers who may read the record now (scope and role, as
 * {@link RegistryLookup}); reading a person's history is itself audited as READ.
 */
@Service
public class RegistryHistory {

    private final RegistryGuard guard;
    private final Households households;
    private final Persons persons;
    private final Memberships memberships;
    private final AuditTrail trail;
    private final AuditLog audit;

    RegistryHistory(RegistryGuard guard, Households households, Persons persons, Memberships memberships,
            AuditTrail trail, AuditLog audit) {
        this.guard = guard;
        this.households = households;
        this.persons = persons;
        this.memberships = memberships;
        this.trail = trail;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> household(long id) {
        CurrentUser user = guard.reader();
        households.find(id, user.scope()).orElseThrow(() -> new NotFoundException("household"));
        return merge(trail.history(EntityRef.of("HOUSEHOLD", id)),
                trail.history("MEMBERSHIP", memberships.ofHousehold(id).stream().map(m -> String.valueOf(m.id())).toList()));
    }

    @Transactional
    public List<AuditEntry> person(long id) {
        CurrentUser user = guard.reader();
        Persons.Row p = persons.find(id, user.scope()).orElseThrow(() -> new NotFoundException("person"));
        List<AuditEntry> entries = merge(trail.history(EntityRef.of("PERSON", id)),
                trail.history("MEMBERSHIP", memberships.ofPerson(id).stream().map(m -> String.valueOf(m.id())).toList()));
        audit.recordRead(EntityRef.of("PERSON", id), p.kabKotaCode(), "history");
        return entries;
    }

    private static List<AuditEntry> merge(List<AuditEntry> a, List<AuditEntry> b) {
        List<AuditEntry> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Comparator.comparingLong(AuditEntry::id));
        return all;
    }
}
