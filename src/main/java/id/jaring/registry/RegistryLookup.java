package id.jaring.registry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;

/**
 * Reads one family or one person by id, within the caller's scope ({@link NotFoundException}
 * otherwise, also for ids that do not exist). Needs a role that may read personal data
 * (not PIMPINAN). Opening a person's full record is audited as READ.
 */
@Service
public class RegistryLookup {

    private final RegistryGuard guard;
    private final Households households;
    private final Persons persons;
    private final Memberships memberships;
    private final AuditLog audit;

    RegistryLookup(RegistryGuard guard, Households households, Persons persons, Memberships memberships,
            AuditLog audit) {
        this.guard = guard;
        this.households = households;
        this.persons = persons;
        this.memberships = memberships;
        this.audit = audit;
    }

    /** A family with its current members (head first). Not audited: it is not a full person record. */
    @Transactional(readOnly = true)
    public HouseholdView household(long id) {
        CurrentUser user = guard.reader();
        Households.Row h = households.find(id, user.scope()).orElseThrow(() -> new NotFoundException("household"));
        return new HouseholdView(h.id(), h.version(), h.noKk(), h.kabKotaCode(), h.desaCode(), h.alamat(), h.rt(),
                h.rw(), h.welfare(), h.status(), h.createdAt(), h.updatedAt(), memberships.currentMembers(h.id()));
    }

    /**
     * A person's full record; writes a READ audit event. A record merged into another one is
     * still found by its id and says where it went ({@link PersonView#mergedInto()}).
     */
    @Transactional
    public PersonView person(long id) {
        CurrentUser user = guard.reader();
        Persons.Row p = persons.find(id, user.scope()).orElseThrow(() -> new NotFoundException("person"));
        Optional<MembershipView> m = memberships.current(p.id());
        audit.recordRead(EntityRef.of("PERSON", p.id()), p.kabKotaCode(), "full record");
        return new PersonView(p.id(), p.version(), p.data(), p.kabKotaCode(), p.desaCode(),
                m.map(MembershipView::householdId).orElse(null), m.map(MembershipView::noKk).orElse(null),
                m.map(MembershipView::hubungan).orElse(null), p.createdAt(), p.updatedAt(), p.mergedInto());
    }

    /** Every membership of the family, past and current, oldest first. */
    @Transactional(readOnly = true)
    public List<MembershipView> householdMemberships(long householdId) {
        CurrentUser user = guard.reader();
        households.find(householdId, user.scope()).orElseThrow(() -> new NotFoundException("household"));
        return memberships.ofHousehold(householdId);
    }

    /** {@link #householdMemberships(long)} of many families at once; the families outside the scope are left out. */
    @Transactional(readOnly = true)
    public Map<Long, List<MembershipView>> householdMemberships(Collection<Long> householdIds) {
        CurrentUser user = guard.reader();
        return memberships.ofHouseholds(householdIds, user.scope());
    }

    /** Every family the person has belonged to, oldest first. */
    @Transactional(readOnly = true)
    public List<MembershipView> personMemberships(long personId) {
        CurrentUser user = guard.reader();
        persons.find(personId, user.scope()).orElseThrow(() -> new NotFoundException("person"));
        return memberships.ofPerson(personId);
    }
}
