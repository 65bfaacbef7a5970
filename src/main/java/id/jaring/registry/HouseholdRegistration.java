package id.jaring.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.Violation;
import id.jaring.wilayah.Regions;

/**
 * Registers a new family (KK) with its members in one transaction: the household, every new
 * person and their memberships, and an audit event for each.
 */
@Service
public class HouseholdRegistration {

    private final RegistryGuard guard;
    private final RegistryValidator validator;
    private final Regions regions;
    private final Households households;
    private final Persons persons;
    private final Memberships memberships;
    private final AuditLog audit;
    private final Clock clock;

    HouseholdRegistration(RegistryGuard guard, Regions regions, Households households, Persons persons,
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

    /**
     * @return the new household's id, version 0, and the warnings the operator confirmed
     * @throws id.jaring.platform.ValidationFailedException with every error and warning found
     *         (codes in {@link RegistryCodes}); {@link UnconfirmedWarningsException} when only
     *         warnings were found and {@code confirmWarnings} is false
     * @throws org.springframework.security.access.AccessDeniedException for roles that may not edit
     */
    @Transactional
    public Saved register(RegisterHousehold command) {
        CurrentUser user = guard.editor();
        List<Violation> found = new ArrayList<>(validator.household(command.household(), "household."));
        found.addAll(validator.members(command.members()));
        LocalDate since = command.since() == null ? validator.today() : command.since();
        if (since.isAfter(validator.today())) {
            found.add(Violation.error(RegistryCodes.MEMBERSHIP_DATE_INVALID, "since"));
        }
        String desa = command.household() == null ? null
                : regions.find(command.household().desaCode()).map(r -> r.code()).orElse(null);
        if (desa != null && !user.scope().covers(desa)) {
            found.add(Violation.error(RegistryCodes.REGION_OUT_OF_SCOPE, "household.desaCode", desa));
        }
        if (found.stream().noneMatch(Violation::isError)) {
            if (households.noKkTaken(command.household().noKk().strip(), null)) {
                found.add(Violation.error(RegistryCodes.KK_DUPLICATE, "household.noKk"));
            }
            for (int i = 0; i < command.members().size(); i++) {
                if (persons.nikTaken(command.members().get(i).person().nik(), null)) {
                    found.add(Violation.error(RegistryCodes.NIK_DUPLICATE, "members[" + i + "].person.nik"));
                }
            }
        }
        List<Violation> warnings = Checks.settle(found, command.confirmWarnings());
        try {
            return save(command, desa, since, warnings);
        } catch (DataIntegrityViolationException e) {
            throw Checks.translate(e);
        }
    }

    private Saved save(RegisterHousehold command, String desa, LocalDate since, List<Violation> warnings) {
        Instant now = clock.instant();
        String kabKota = desa.substring(0, 5);
        String detail = Checks.confirmed(warnings);
        long householdId = households.insert(command.household(), desa, now);
        Households.Row row = households.find(householdId, id.jaring.access.Scope.PROVINCE).orElseThrow();
        audit.recordChange(AuditAction.CREATE, EntityRef.of("HOUSEHOLD", householdId), kabKota, null,
                Households.state(row), detail);
        for (NewMember member : command.members()) {
            long personId = persons.insert(member.person(), desa, now);
            audit.recordChange(AuditAction.CREATE, EntityRef.of("PERSON", personId), kabKota, null,
                    Persons.state(member.person(), desa), detail);
            long membershipId = memberships.insert(householdId, personId, member.hubungan(), since, kabKota);
            audit.recordChange(AuditAction.CREATE, EntityRef.of("MEMBERSHIP", membershipId), kabKota, null,
                    Memberships.state(householdId, personId, member.hubungan(), since, null, null), null);
        }
        return new Saved(householdId, 0, warnings);
    }
}
