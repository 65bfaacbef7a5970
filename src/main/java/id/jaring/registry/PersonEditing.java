package id.jaring.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.access.Scope;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.Violation;
import id.jaring.wilayah.Regions;

/**
 * Changes a person's data. A person outside the caller's scope answers
 * {@link NotFoundException}. Recording a date of death ends the current membership (MENINGGAL).
 */
@Service
public class PersonEditing {

    private final RegistryGuard guard;
    private final RegistryValidator validator;
    private final Households households;
    private final Persons persons;
    private final Memberships memberships;
    private final AuditLog audit;
    private final Clock clock;

    PersonEditing(RegistryGuard guard, Regions regions, Households households, Persons persons,
            Memberships memberships, AuditLog audit, Clock clock) {
        this.guard = guard;
        this.validator = new RegistryValidator(regions, clock);
        this.households = households;
        this.persons = persons;
        this.memberships = memberships;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws StaleVersionException when {@code version} is not the current one
     * @throws id.jaring.platform.ValidationFailedException with every error and warning found
     */
    @Transactional
    public Saved edit(EditPerson command) {
        CurrentUser user = guard.editor();
        Persons.Row before = persons.lock(command.personId(), user.scope())
                .orElseThrow(() -> new NotFoundException("person"));
        if (before.merged()) {
            // the survivor carries this person's data now; edits there, or undo the merge first
            throw new id.jaring.platform.ValidationFailedException(Violation.error(RegistryCodes.PERSON_MERGED, "personId"));
        }
        if (before.version() != command.version()) {
            throw new StaleVersionException();
        }
        PersonData data = command.person();
        // a NIK-less record from intake may stay NIK-less; one that has a NIK keeps having one
        List<Violation> found = new ArrayList<>(validator.person(data, "person.", before.data().nik() != null));
        Optional<MembershipView> membership = memberships.current(before.id());
        boolean dies = data.tanggalMeninggal() != null && before.data().tanggalMeninggal() == null;
        if (dies && membership.isPresent()) {
            MembershipView m = membership.get();
            if (data.tanggalMeninggal().isBefore(m.validFrom())) {
                found.add(Violation.error(RegistryCodes.MEMBERSHIP_DATE_INVALID, "person.tanggalMeninggal"));
            }
            if (m.hubungan() == Relationship.KEPALA_KELUARGA && memberships.currentMembers(m.householdId()).size() > 1) {
                found.add(Violation.error(RegistryCodes.HEAD_COUNT, "person.tanggalMeninggal", 0));
            }
        }
        if (found.stream().noneMatch(Violation::isError) && data.nik() != null && data.tanggalMeninggal() == null
                && persons.nikTaken(data.nik(), before.id())) {
            found.add(Violation.error(RegistryCodes.NIK_DUPLICATE, "person.nik"));
        }
        List<Violation> warnings = Checks.settle(found, command.confirmWarnings());
        Instant now = clock.instant();
        try {
            if (!persons.update(before.id(), command.version(), data, now)) {
                throw new StaleVersionException();
            }
        } catch (DataIntegrityViolationException e) {
            throw Checks.translate(e);
        }
        Persons.Row after = persons.find(before.id(), Scope.PROVINCE).orElseThrow();
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("PERSON", before.id()), after.kabKotaCode(),
                Persons.state(before.data(), before.desaCode()), Persons.state(after.data(), after.desaCode()),
                Checks.confirmed(warnings));
        if (dies && membership.isPresent()) {
            MembershipView m = membership.get();
            memberships.end(m.id(), data.tanggalMeninggal(), MembershipEnd.MENINGGAL);
            households.touch(m.householdId(), now);
            Map<String, Object> ended = Memberships.state(m.householdId(), m.personId(), m.hubungan(), m.validFrom(),
                    data.tanggalMeninggal(), MembershipEnd.MENINGGAL);
            audit.recordChange(AuditAction.UPDATE, EntityRef.of("MEMBERSHIP", m.id()), after.kabKotaCode(),
                    Memberships.state(m), ended, MembershipEnd.MENINGGAL.name());
        }
        return new Saved(after.id(), after.version(), warnings);
    }
}
