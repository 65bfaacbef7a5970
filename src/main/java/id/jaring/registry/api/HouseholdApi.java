package id.jaring.registry.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.jaring.audit.AuditEntry;
import id.jaring.registry.AddMember;
import id.jaring.registry.ChangeRelationship;
import id.jaring.registry.EditHousehold;
import id.jaring.registry.EndMembership;
import id.jaring.registry.HouseholdData;
import id.jaring.registry.HouseholdEditing;
import id.jaring.registry.HouseholdRegistration;
import id.jaring.registry.HouseholdStatus;
import id.jaring.registry.HouseholdSummary;
import id.jaring.registry.HouseholdView;
import id.jaring.registry.KeysetPage;
import id.jaring.registry.MembershipEnd;
import id.jaring.registry.MembershipView;
import id.jaring.registry.PersonData;
import id.jaring.registry.RegisterHousehold;
import id.jaring.registry.RegistryHistory;
import id.jaring.registry.RegistryLookup;
import id.jaring.registry.RegistrySearch;
import id.jaring.registry.Relationship;
import id.jaring.registry.Saved;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Families (KK): list per region, read, register, edit, members, history. */
@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "Households", description = "Families (KK) and their members, within the caller's region")
class HouseholdApi {

    private final RegistrySearch search;
    private final RegistryLookup lookup;
    private final RegistryHistory history;
    private final HouseholdRegistration registration;
    private final HouseholdEditing editing;

    HouseholdApi(RegistrySearch search, RegistryLookup lookup, RegistryHistory history,
            HouseholdRegistration registration, HouseholdEditing editing) {
        this.search = search;
        this.lookup = lookup;
        this.history = history;
        this.registration = registration;
        this.editing = editing;
    }

    /** Body of PUT /households/{id}. */
    record HouseholdUpdate(long version, HouseholdData household, HouseholdStatus status, Boolean confirmWarnings) {
    }

    /** Body of POST /households/{id}/members: a new person, or an existing person's id. */
    record MemberRequest(Relationship hubungan, PersonData newPerson, Long existingPersonId, LocalDate since,
            Boolean confirmWarnings) {
    }

    /** Body of POST /households/{id}/members/{personId}/end. */
    record EndRequest(MembershipEnd reason, LocalDate on) {
    }

    /** Body of PUT /households/{id}/members/{personId}. */
    record RelationshipRequest(Relationship hubungan) {
    }

    @GetMapping
    @Operation(summary = "Families of a region, keyset-paginated by id (pass nextAfter as after); or by exact No. KK")
    KeysetPage<HouseholdSummary> list(@RequestParam(required = false) String region,
            @RequestParam(required = false) Long after, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String noKk) {
        if (noKk != null) {
            return new KeysetPage<>(search.byNoKk(noKk), null);
        }
        return search.households(region, after, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A family with its current members")
    HouseholdView get(@PathVariable long id) {
        return lookup.household(id);
    }

    @PostMapping
    @Operation(summary = "Register a family with its members (exactly one KEPALA KELUARGA)")
    ResponseEntity<Saved> register(@RequestBody RegisterHousehold command) {
        Saved saved = registration.register(command);
        return ResponseEntity.created(URI.create("/api/v1/households/" + saved.id())).body(saved);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a family's data (optimistic locking on version)")
    Saved update(@PathVariable long id, @RequestBody HouseholdUpdate body) {
        return editing.edit(new EditHousehold(id, body.version(), body.household(), body.status(),
                Boolean.TRUE.equals(body.confirmWarnings())));
    }

    @GetMapping("/{id}/members")
    @Operation(summary = "Every membership of the family, past and current")
    List<MembershipView> memberships(@PathVariable long id) {
        return lookup.householdMemberships(id);
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Add a member: a new person, or an existing person moving in (their old membership ends)")
    ResponseEntity<Saved> addMember(@PathVariable long id, @RequestBody MemberRequest body) {
        Saved saved = editing.addMember(new AddMember(id, body.hubungan(), body.newPerson(), body.existingPersonId(),
                body.since(), Boolean.TRUE.equals(body.confirmWarnings())));
        return ResponseEntity.created(URI.create("/api/v1/persons/" + saved.id())).body(saved);
    }

    @PutMapping("/{id}/members/{personId}")
    @Operation(summary = "Change a current member's relationship to the head")
    Saved changeRelationship(@PathVariable long id, @PathVariable long personId, @RequestBody RelationshipRequest body) {
        return editing.changeRelationship(new ChangeRelationship(id, personId, body.hubungan()));
    }

    @PostMapping("/{id}/members/{personId}/end")
    @Operation(summary = "End a current membership: moved out (PINDAH), died (MENINGGAL), correction (KOREKSI)")
    Saved endMembership(@PathVariable long id, @PathVariable long personId, @RequestBody EndRequest body) {
        return editing.endMembership(new EndMembership(id, personId, body.reason(), body.on()));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Audit trail of the family and its memberships, oldest first")
    List<AuditEntry> history(@PathVariable long id) {
        return history.household(id);
    }
}
