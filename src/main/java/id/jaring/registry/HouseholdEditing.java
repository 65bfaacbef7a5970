package id.jaring.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.wilayah.Regions;

/**
 * Changes to an existing family: its own data, and who belongs to it (members joining, moving
 * in from another family, leaving, dying, changing relationship). Families outside the caller's
 * scope answer {@link NotFoundException}. Every change is audited in its transaction; every
 * membership change also raises the family's version, so a concurrent editor of the family
 * gets CONCURRENT_MODIFICATION.
 */
@Service
public class HouseholdEditing {

    private final RegistryGuard guard;
    private final RegistryValidator validator;
    private final Regions regions;
    private final Households households;
    private final Persons persons;
    private final Memberships memberships;
    private final AuditLog audit;
    private final Clock clock;

    HouseholdEditing(RegistryGuard guard, Regions regions, Households households, Persons persons,
            Memberships memberships, AuditLog audit, Clock clock) {
        this.guard = guard;
        this.validator = new RegistryValidator(regions, clock);
        this.regions = regions;
        this.households = households;
        this.persons = persons;
        this.memberships = memberships;
        this.audit = audit;
        this.clock = clock;
    }

    /** Changes the family's data (No. KK, address, region, welfare variables, status). */
    @Transactional
    public Saved edit(EditHousehold command) {
        CurrentUser user = guard.editor();
        Households.Row before = households.lock(command.householdId(), user.scope())
                .orElseThrow(() -> new NotFoundException("household"));
        if (before.version() != command.version()) {
            throw new StaleVersionException();
        }
        List<Violation> found = new ArrayList<>(validator.household(command.household(), "household."));
        String desa = command.household() == null ? null
                : regions.find(command.household().desaCode()).map(r -> r.code()).orElse(null);
        if (desa != null && !user.scope().covers(desa)) {
            found.add(Violation.error(RegistryCodes.REGION_OUT_OF_SCOPE, "household.desaCode", desa));
        }
        HouseholdStatus status = command.status() == null ? before.status() : command.status();
        if (found.stream().noneMatch(Violation::isError) && status == HouseholdStatus.AKTIF
                && households.noKkTaken(command.household().noKk().strip(), before.id())) {
            found.add(Violation.error(RegistryCodes.KK_DUPLICATE, "household.noKk"));
        }
        List<Violation> warnings = Checks.settle(found, command.confirmWarnings());
        Instant now = clock.instant();
        try {
            if (!households.update(before.id(), command.version(), command.household(), desa, status, now)) {
                throw new StaleVersionException();
            }
        } catch (DataIntegrityViolationException e) {
            throw Checks.translate(e);
        }
        Households.Row after = households.find(before.id(), Scope.PROVINCE).orElseThrow();
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("HOUSEHOLD", before.id()), after.kabKotaCode(),
                Households.state(before), Households.state(after), Checks.confirmed(warnings));
        if (!desa.equals(before.desaCode())) {
            for (MemberView member : memberships.currentMembers(before.id())) {
                relocate(member.personId(), desa, now);
            }
        }
        return new Saved(after.id(), after.version(), warnings);
    }

    /**
     * Adds a new person, or moves an existing person in (their current membership elsewhere ends
     * the day before). Returns the person's id and version.
     */
    @Transactional
    public Saved addMember(AddMember command) {
        CurrentUser user = guard.editor();
        Households.Row household = households.lock(command.householdId(), user.scope())
                .orElseThrow(() -> new NotFoundException("household"));
        List<Violation> found = new ArrayList<>();
        LocalDate since = command.since() == null ? validator.today() : command.since();
        if (since.isAfter(validator.today())) {
            found.add(Violation.error(RegistryCodes.MEMBERSHIP_DATE_INVALID, "since"));
        }
        if (household.status() != HouseholdStatus.AKTIF) {
            found.add(Violation.error(RegistryCodes.HOUSEHOLD_NOT_ACTIVE, "householdId"));
        }
        if (command.hubungan() == null) {
            found.add(Violation.error(RegistryCodes.REQUIRED, "hubungan", "hubungan"));
        } else if (command.hubungan() == Relationship.KEPALA_KELUARGA && hasHead(household.id())) {
            found.add(Violation.error(RegistryCodes.HEAD_COUNT, "hubungan", 2));
        }
        if ((command.newPerson() == null) == (command.existingPersonId() == null)) {
            found.add(Violation.error(RegistryCodes.MEMBER_CHOICE, "newPerson"));
            throw new ValidationFailedException(found);
        }
        try {
            return command.newPerson() != null
                    ? addNewPerson(household, command, since, found)
                    : moveIn(household, command, since, found, user.scope());
        } catch (DataIntegrityViolationException e) {
            throw Checks.translate(e);
        }
    }

    private Saved addNewPerson(Households.Row household, AddMember command, LocalDate since, List<Violation> found) {
        PersonData person = command.newPerson();
        found.addAll(validator.person(person, "newPerson.", true));
        if (person.tanggalMeninggal() != null) {
            found.add(Violation.error(RegistryCodes.PERSON_DECEASED, "newPerson.tanggalMeninggal"));
        }
        if (found.stream().noneMatch(Violation::isError) && persons.nikTaken(person.nik(), null)) {
            found.add(Violation.error(RegistryCodes.NIK_DUPLICATE, "newPerson.nik"));
        }
        List<Violation> warnings = Checks.settle(found, command.confirmWarnings());
        Instant now = clock.instant();
        long personId = persons.insert(person, household.desaCode(), now);
        audit.recordChange(AuditAction.CREATE, EntityRef.of("PERSON", personId), household.kabKotaCode(), null,
                Persons.state(person, household.desaCode()), Checks.confirmed(warnings));
        join(household, personId, command.hubungan(), since, now);
        return new Saved(personId, 0, warnings);
    }

    private Saved moveIn(Households.Row household, AddMember command, LocalDate since, List<Violation> found,
            Scope scope) {
        Persons.Row person = persons.lock(command.existingPersonId(), scope)
                .orElseThrow(() -> new NotFoundException("person"));
        if (person.data().tanggalMeninggal() != null) {
            found.add(Violation.error(RegistryCodes.PERSON_DECEASED, "existingPersonId"));
        }
        if (person.merged()) {
            found.add(Violation.error(RegistryCodes.PERSON_MERGED, "existingPersonId"));
        }
        Optional<MembershipView> old = memberships.current(person.id());
        if (old.isPresent()) {
            MembershipView o = old.get();
            if (o.householdId() == household.id()) {
                found.add(Violation.error(RegistryCodes.ALREADY_MEMBER, "existingPersonId"));
            } else {
                if (since.minusDays(1).isBefore(o.validFrom())) {
                    found.add(Violation.error(RegistryCodes.MEMBERSHIP_DATE_INVALID, "since"));
                }
                if (o.hubungan() == Relationship.KEPALA_KELUARGA && memberships.currentMembers(o.householdId()).size() > 1) {
                    found.add(Violation.error(RegistryCodes.HEAD_COUNT, "existingPersonId", 0));
                }
            }
        }
        Checks.settle(found, false);
        Instant now = clock.instant();
        old.ifPresent(o -> {
            households.lock(o.householdId(), Scope.PROVINCE);
            endMembership(o, since.minusDays(1), MembershipEnd.PINDAH, now);
        });
        join(household, person.id(), command.hubungan(), since, now);
        if (!household.desaCode().equals(person.desaCode())) {
            relocate(person.id(), household.desaCode(), now);
        }
        long version = persons.find(person.id(), Scope.PROVINCE).orElseThrow().version();
        return new Saved(person.id(), version, List.of());
    }

    /** Ends a current membership: moved out, deceased (records the death too), or a correction. */
    @Transactional
    public Saved endMembership(EndMembership command) {
        CurrentUser user = guard.editor();
        Households.Row household = households.lock(command.householdId(), user.scope())
                .orElseThrow(() -> new NotFoundException("household"));
        List<Violation> found = new ArrayList<>();
        MembershipView membership = memberships.current(command.personId())
                .filter(m -> m.householdId() == household.id())
                .orElseThrow(() -> new ValidationFailedException(Violation.error(RegistryCodes.NOT_MEMBER, "personId")));
        LocalDate on = command.on() == null ? validator.today() : command.on();
        if (on.isAfter(validator.today()) || on.isBefore(membership.validFrom())) {
            found.add(Violation.error(RegistryCodes.MEMBERSHIP_DATE_INVALID, "on"));
        }
        if (command.reason() == null) {
            found.add(Violation.error(RegistryCodes.REQUIRED, "reason", "reason"));
        }
        if (membership.hubungan() == Relationship.KEPALA_KELUARGA && memberships.currentMembers(household.id()).size() > 1) {
            found.add(Violation.error(RegistryCodes.HEAD_COUNT, "personId", 0));
        }
        Checks.settle(found, false);
        Instant now = clock.instant();
        if (command.reason() == MembershipEnd.MENINGGAL) {
            Persons.Row person = persons.lock(command.personId(), Scope.PROVINCE).orElseThrow();
            if (person.data().tanggalLahir() != null && on.isBefore(person.data().tanggalLahir())) {
                throw new ValidationFailedException(Violation.error(RegistryCodes.DEATHDATE_BEFORE_BIRTH, "on"));
            }
            persons.recordDeath(person.id(), on, now);
            Persons.Row dead = persons.find(person.id(), Scope.PROVINCE).orElseThrow();
            audit.recordChange(AuditAction.UPDATE, EntityRef.of("PERSON", person.id()), household.kabKotaCode(),
                    Persons.state(person.data(), person.desaCode()), Persons.state(dead.data(), dead.desaCode()),
                    "death recorded");
        }
        endMembership(membership, on, command.reason(), now);
        return new Saved(household.id(), households.find(household.id(), Scope.PROVINCE).orElseThrow().version(),
                List.of());
    }

    /** Changes a current member's relationship to the head. */
    @Transactional
    public Saved changeRelationship(ChangeRelationship command) {
        CurrentUser user = guard.editor();
        Households.Row household = households.lock(command.householdId(), user.scope())
                .orElseThrow(() -> new NotFoundException("household"));
        MembershipView membership = memberships.current(command.personId())
                .filter(m -> m.householdId() == household.id())
                .orElseThrow(() -> new ValidationFailedException(Violation.error(RegistryCodes.NOT_MEMBER, "personId")));
        if (command.hubungan() == null) {
            throw new ValidationFailedException(Violation.error(RegistryCodes.REQUIRED, "hubungan", "hubungan"));
        }
        if (command.hubungan() == Relationship.KEPALA_KELUARGA && membership.hubungan() != Relationship.KEPALA_KELUARGA
                && hasHead(household.id())) {
            throw new ValidationFailedException(Violation.error(RegistryCodes.HEAD_COUNT, "hubungan", 2));
        }
        try {
            memberships.changeRelationship(membership.id(), command.hubungan());
        } catch (DataIntegrityViolationException e) {
            throw Checks.translate(e);
        }
        Instant now = clock.instant();
        households.touch(household.id(), now);
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("MEMBERSHIP", membership.id()), household.kabKotaCode(),
                Memberships.state(membership),
                Memberships.state(membership.householdId(), membership.personId(), command.hubungan(),
                        membership.validFrom(), null, null), null);
        return new Saved(household.id(), households.find(household.id(), Scope.PROVINCE).orElseThrow().version(),
                List.of());
    }

    private boolean hasHead(long householdId) {
        return memberships.currentMembers(householdId).stream().anyMatch(m -> m.hubungan() == Relationship.KEPALA_KELUARGA);
    }

    private void join(Households.Row household, long personId, Relationship hubungan, LocalDate since, Instant now) {
        long membershipId = memberships.insert(household.id(), personId, hubungan, since, household.kabKotaCode());
        households.touch(household.id(), now);
        audit.recordChange(AuditAction.CREATE, EntityRef.of("MEMBERSHIP", membershipId), household.kabKotaCode(), null,
                Memberships.state(household.id(), personId, hubungan, since, null, null), null);
    }

    private void endMembership(MembershipView membership, LocalDate on, MembershipEnd reason, Instant now) {
        memberships.end(membership.id(), on, reason);
        households.touch(membership.householdId(), now);
        Map<String, Object> after = Memberships.state(membership.householdId(), membership.personId(),
                membership.hubungan(), membership.validFrom(), on, reason);
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("MEMBERSHIP", membership.id()),
                households.find(membership.householdId(), Scope.PROVINCE).orElseThrow().kabKotaCode(),
                Memberships.state(membership), after, reason.name());
    }

    private void relocate(long personId, String desa, Instant now) {
        Persons.Row before = persons.find(personId, Scope.PROVINCE).orElseThrow();
        persons.relocate(personId, desa, now);
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("PERSON", personId), desa.substring(0, 5),
                Persons.state(before.data(), before.desaCode()), Persons.state(before.data(), desa), "moved");
    }
}
