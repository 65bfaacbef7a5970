package id.jaring.registry.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.jaring.audit.AuditEntry;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.registry.EditPerson;
import id.jaring.registry.MembershipView;
import id.jaring.registry.PersonData;
import id.jaring.registry.PersonEditing;
import id.jaring.registry.PersonMatch;
import id.jaring.registry.PersonView;
import id.jaring.registry.RegistryCodes;
import id.jaring.registry.RegistryHistory;
import id.jaring.registry.RegistryLookup;
import id.jaring.registry.RegistrySearch;
import id.jaring.registry.Saved;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** People (NIK): search, full record (audited), edit, history. */
@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Persons", description = "People (NIK), within the caller's region; reading a full record is audited")
class PersonApi {

    private final RegistrySearch search;
    private final RegistryLookup lookup;
    private final RegistryHistory history;
    private final PersonEditing editing;

    PersonApi(RegistrySearch search, RegistryLookup lookup, RegistryHistory history, PersonEditing editing) {
        this.search = search;
        this.lookup = lookup;
        this.history = history;
        this.editing = editing;
    }

    /** Body of PUT /persons/{id}. */
    record PersonUpdate(long version, PersonData person, Boolean confirmWarnings) {
    }

    @GetMapping
    @Operation(summary = "Search by exact NIK (?nik=), or by name (?name=, optional region of any level), best first")
    List<PersonMatch> search(@RequestParam(required = false) String nik, @RequestParam(required = false) String name,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "20") int limit) {
        if (nik != null) {
            return search.byNik(nik);
        }
        if (name != null) {
            return search.byName(name, region, limit);
        }
        throw new ValidationFailedException(Violation.error(RegistryCodes.REQUIRED, "nik", "nik | name"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A person's full record (writes an audit READ event)")
    PersonView get(@PathVariable long id) {
        return lookup.person(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a person's data (optimistic locking on version)")
    Saved update(@PathVariable long id, @RequestBody PersonUpdate body) {
        return editing.edit(new EditPerson(id, body.version(), body.person(), Boolean.TRUE.equals(body.confirmWarnings())));
    }

    @GetMapping("/{id}/memberships")
    @Operation(summary = "Every family the person has belonged to")
    List<MembershipView> memberships(@PathVariable long id) {
        return lookup.personMemberships(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Audit trail of the person and their memberships (itself audited)")
    List<AuditEntry> history(@PathVariable long id) {
        return history.person(id);
    }
}
