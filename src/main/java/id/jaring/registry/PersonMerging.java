package id.jaring.registry;

import static id.jaring.registry.RegistryCodes.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

import tools.jackson.databind.json.JsonMapper;

/**
 * Merges two records of the same human (found by record linkage, accepted by the data steward),
 * and undoes such a merge. DATA_STEWARD or ADMIN only; both persons must lie in the caller's scope
 * (else {@link NotFoundException}, as for ids that do not exist). Everything, audit included, in
 * one transaction.
 *
 * <p><b>Merge</b> (duplicate INTO survivor):
 * <ul>
 * <li>Refused: the same record twice (MERGE_SAME_PERSON); either record already merged
 * (MERGE_ALREADY_MERGED); two different VALID NIKs (MERGE_TWO_VALID_NIKS: two valid NIKs are two
 * people, a rule of the linkage); the duplicate heads a family with other members and the
 * survivor cannot take its place (lives in another family, or is dead) (MERGE_DUPLICATE_HEADS_FAMILY:
 * appoint a new head first).</li>
 * <li>Provenance: the duplicate's {@code person_source} rows move to the survivor; where both
 * have a row of the same agency, the more recently received keeps the slot (the survivor's on a
 * tie) and the other is kept in the merge's snapshot only. The duplicate's conflicts go.</li>
 * <li>Golden values: recomputed from all the survivor's sources by the batch merge's rule
 * ({@link GoldenValues}): steward's decision, else source priority, else the most recent;
 * conflicts opened where agencies disagree. Values no source carries stay.</li>
 * <li>NIK: when the survivor has none or an invalid one and the duplicate a valid one, the
 * survivor takes it (a merged record's NIK no longer blocks), unless another living person
 * holds it.</li>
 * <li>Family: the duplicate's current membership ends (KOREKSI, today). If the survivor is alive
 * and has no family, it takes the duplicate's place (same relationship, from today) and the family's region;
 * if both were in the same family and the duplicate was its head, the survivor becomes head.</li>
 * <li>The duplicate keeps its row, marked {@code merged_into} = survivor: it disappears from
 * searches, NIK/KK look-ups, counts and NIK uniqueness, cannot be edited or join a family
 * (PERSON_MERGED), and a look-up of its id says where it went ({@link PersonView#mergedInto()}).</li>
 * <li>A {@code person_merge} row keeps the snapshot for the undo (both rows, both sources,
 * both conflicts, both current memberships; and what the merge left).</li>
 * </ul>
 *
 * <p><b>Unmerge</b> gives the duplicate back its row (unmarked), NIK, sources, conflicts and
 * membership, and takes from the survivor what came from the duplicate. If the survivor is
 * unchanged since the merge (same version, same source slots), its golden values, NIK, region and
 * conflicts are restored exactly as they were; otherwise (a later batch or edit) its golden values
 * are recomputed from its remaining sources and only the NIK and region it got from the merge go
 * back. The membership the merge created for the survivor is removed while it is still current.
 * Refused: UNMERGE_ALREADY_UNDONE; UNMERGE_SURVIVOR_MERGED (the survivor was merged away since:
 * undo that first); UNMERGE_NIK_TAKEN (another living person now holds the duplicate's NIK, or the
 * survivor's own earlier NIK that it would get back);
 * UNMERGE_HOUSEHOLD_NOT_ACTIVE, UNMERGE_HEAD_TAKEN (the duplicate's old family is retired or has
 * another head now).
 *
 * <p>Audit: PERSON_MERGE CREATE / UPDATE (id = merge id), PERSON UPDATE with before and after of
 * both records, MEMBERSHIP events for the memberships touched. Logs carry ids only.
 */
@Service
public class PersonMerging {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PersonMerging.class);
    private static final int REASON_MAX = 500;
    private static final String ONE_PERSON = "select cast(:person as bigint) person_id";

    private final RegistryGuard guard;
    private final Regions regions;
    private final Persons persons;
    private final Households households;
    private final Memberships memberships;
    private final PersonMerges merges;
    private final GoldenValues golden;
    private final AuditLog audit;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    PersonMerging(RegistryGuard guard, Regions regions, Persons persons, Households households, Memberships memberships,
            PersonMerges merges, GoldenValues golden, AuditLog audit, Clock clock) {
        this.guard = guard;
        this.regions = regions;
        this.persons = persons;
        this.households = households;
        this.memberships = memberships;
        this.merges = merges;
        this.golden = golden;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Merges the duplicate INTO the survivor.
     *
     * @return the merge (its id undoes it)
     * @throws ValidationFailedException with one of the MERGE_* codes, REQUIRED or TOO_LONG (reason)
     * @throws NotFoundException when a person does not exist or lies outside the caller's scope
     * @throws org.springframework.security.access.AccessDeniedException unless DATA_STEWARD or ADMIN
     */
    @Transactional
    public PersonMergeView merge(MergePersons command) {
        CurrentUser user = guard.merger();
        String reason = reason(command.reason());
        if (command.survivorId() == command.duplicateId()) {
            throw refused(MERGE_SAME_PERSON, "duplicateId");
        }
        Persons.Row[] pair = lockPair(command.survivorId(), command.duplicateId(), user.scope());
        Persons.Row survivor = pair[0];
        Persons.Row duplicate = pair[1];
        List<Violation> refusals = refusals(survivor, duplicate);
        if (!refusals.isEmpty()) {
            throw new ValidationFailedException(refusals);
        }
        boolean survivorNikValid = validNik(survivor.data());
        boolean duplicateNikValid = validNik(duplicate.data());
        Optional<MembershipView> survivorHome = memberships.current(survivor.id());
        Optional<MembershipView> duplicateHome = memberships.current(duplicate.id());

        Instant now = clock.instant();
        long mergeId = merges.insert(survivor.id(), duplicate.id(), reason, evidence(command.evidence()),
                user.username(), now, survivor.kabKotaCode());
        merges.moveProvenance(survivor.id(), duplicate.id());
        Long created = null;
        Long promoted = null;
        if (duplicateHome.isPresent()) {
            MembershipView old = duplicateHome.get();
            Households.Row family = households.lock(old.householdId(), Scope.PROVINCE).orElseThrow();
            LocalDate today = LocalDate.now(clock);
            LocalDate end = today.isBefore(old.validFrom()) ? old.validFrom() : today;
            endMembership(old, end, family, now);
            if (survivorHome.isEmpty()) {
                if (survivor.data().tanggalMeninggal() == null) {
                    created = memberships.insert(family.id(), survivor.id(), old.hubungan(), end, family.kabKotaCode());
                    audit.recordChange(AuditAction.CREATE, EntityRef.of("MEMBERSHIP", created), family.kabKotaCode(),
                            null, Memberships.state(family.id(), survivor.id(), old.hubungan(), end, null, null),
                            "person merge " + mergeId);
                    if (!family.desaCode().equals(survivor.desaCode())) {
                        persons.relocate(survivor.id(), family.desaCode(), now);
                    }
                }
            } else if (survivorHome.get().householdId() == family.id() && old.hubungan() == Relationship.KEPALA_KELUARGA
                    && survivorHome.get().hubungan() != Relationship.KEPALA_KELUARGA) {
                MembershipView kept = survivorHome.get();
                promoted = kept.id();
                memberships.changeRelationship(kept.id(), Relationship.KEPALA_KELUARGA);
                audit.recordChange(AuditAction.UPDATE, EntityRef.of("MEMBERSHIP", kept.id()), family.kabKotaCode(),
                        Memberships.state(kept), Memberships.state(kept.householdId(), kept.personId(),
                                Relationship.KEPALA_KELUARGA, kept.validFrom(), null, null), "person merge " + mergeId);
            }
        }
        // the duplicate steps aside first, so that its NIK stops blocking before the survivor may take it
        persons.markMerged(duplicate.id(), survivor.id(), now);
        // never two living holders of one NIK (a dead duplicate's NIK may have been given out again)
        boolean tookNik = duplicateNikValid && !survivorNikValid
                && !persons.nikHeldByOther(duplicate.data().nik(), duplicate.id(), survivor.id());
        if (tookNik) {
            persons.changeNik(survivor.id(), duplicate.data().nik(), now);
        }
        golden.recompute(ONE_PERSON, Map.of("person", survivor.id()), null, Sql.timestamp(now));
        merges.recordAfter(mergeId, survivor.id(), created, promoted, tookNik);

        Persons.Row survivorAfter = persons.find(survivor.id(), Scope.PROVINCE).orElseThrow();
        Map<String, Object> mergeState = new LinkedHashMap<>();
        mergeState.put("survivor_id", survivor.id());
        mergeState.put("duplicate_id", duplicate.id());
        mergeState.put("reason", reason);
        audit.recordChange(AuditAction.CREATE, EntityRef.of("PERSON_MERGE", mergeId), survivorAfter.kabKotaCode(), null,
                mergeState, null);
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("PERSON", survivor.id()), survivorAfter.kabKotaCode(),
                state(survivor), state(survivorAfter), "person merge " + mergeId + ": survivor");
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("PERSON", duplicate.id()), duplicate.kabKotaCode(),
                state(duplicate), state(persons.find(duplicate.id(), Scope.PROVINCE).orElseThrow()),
                "person merge " + mergeId + ": merged into " + survivor.id());
        log.info("person {} merged into {} (merge {})", duplicate.id(), survivor.id(), mergeId);
        return merges.find(mergeId).orElseThrow();
    }

    /**
     * Undoes a merge (see the class comment for what comes back and when it is refused).
     *
     * @throws ValidationFailedException with one of the UNMERGE_* codes, REQUIRED or TOO_LONG (reason)
     * @throws NotFoundException when the merge does not exist or a person lies outside the scope
     */
    @Transactional
    public PersonMergeView unmerge(long mergeId, String reason) {
        CurrentUser user = guard.merger();
        String why = reason(reason);
        PersonMerges.Row merge = merges.lock(mergeId).orElseThrow(() -> new NotFoundException("merge"));
        PersonMergeView view = merge.view();
        Persons.Row[] pair = lockPair(view.survivorId(), view.duplicateId(), user.scope());
        Persons.Row survivor = pair[0];
        Persons.Row duplicate = pair[1];
        if (!view.active()) {
            throw refused(UNMERGE_ALREADY_UNDONE, "mergeId");
        }
        if (survivor.merged()) {
            throw refused(UNMERGE_SURVIVOR_MERGED, "mergeId");
        }
        String nik = duplicate.data().nik();
        boolean survivorGivesNikBack = merge.survivorTookNik() && Objects.equals(survivor.data().nik(), nik);
        if (nik != null && duplicate.data().tanggalMeninggal() == null
                && persons.nikHeldByOther(nik, duplicate.id(), survivorGivesNikBack ? survivor.id() : null)) {
            throw refused(UNMERGE_NIK_TAKEN, "mergeId");
        }
        // the survivor gets its own (invalid) NIK back: someone living may hold that one meanwhile
        String survivorNikBefore = merge.survivorNikBefore();
        if (survivorGivesNikBack && survivorNikBefore != null && survivor.data().tanggalMeninggal() == null
                && persons.nikHeldByOther(survivorNikBefore, survivor.id(), null)) {
            throw refused(UNMERGE_NIK_TAKEN, "mergeId");
        }
        Optional<MembershipView> survivorHome = memberships.current(survivor.id());
        boolean createdStillCurrent = merge.createdMembershipId() != null
                && survivorHome.map(m -> m.id() == merge.createdMembershipId()).orElse(false);
        boolean promotedStillHead = merge.promotedMembershipId() != null
                && survivorHome.map(m -> m.id() == merge.promotedMembershipId()
                        && m.hubungan() == Relationship.KEPALA_KELUARGA).orElse(false);
        Households.Row family = null;
        if (merge.duplicateMembershipId() != null) {
            family = households.lock(merge.duplicateHouseholdId(), Scope.PROVINCE).orElseThrow();
            if (family.status() != HouseholdStatus.AKTIF) {
                throw refused(UNMERGE_HOUSEHOLD_NOT_ACTIVE, "mergeId");
            }
            boolean headWanted = Relationship.KEPALA_KELUARGA.label().equals(merge.duplicateHubungan());
            boolean survivorLeavesHead = createdStillCurrent || promotedStillHead;
            boolean headTaken = memberships.currentMembers(family.id()).stream()
                    .anyMatch(m -> m.hubungan() == Relationship.KEPALA_KELUARGA
                            && !(survivorLeavesHead && m.personId() == survivor.id()));
            if (headWanted && headTaken) {
                throw refused(UNMERGE_HEAD_TAKEN, "mergeId");
            }
        }

        Instant now = clock.instant();
        String note = "person merge " + mergeId + " undone";
        // the survivor's side of the family first: it frees the head slot the duplicate gets back
        if (createdStillCurrent) {
            MembershipView created = survivorHome.get();
            memberships.delete(created.id());
            audit.recordChange(AuditAction.DELETE, EntityRef.of("MEMBERSHIP", created.id()), family.kabKotaCode(),
                    Memberships.state(created), null, note);
        } else if (promotedStillHead) {
            MembershipView promoted = survivorHome.get();
            Relationship before = Relationship.fromLabel(merge.survivorHubungan());
            memberships.changeRelationship(promoted.id(), before);
            audit.recordChange(AuditAction.UPDATE, EntityRef.of("MEMBERSHIP", promoted.id()), family.kabKotaCode(),
                    Memberships.state(promoted), Memberships.state(promoted.householdId(), promoted.personId(), before,
                            promoted.validFrom(), null, null), note);
        }
        if (family != null) {
            MembershipView ended = memberships.ofPerson(duplicate.id()).stream()
                    .filter(m -> m.id() == merge.duplicateMembershipId()).findFirst().orElseThrow();
            memberships.reopen(ended.id());
            households.touch(family.id(), now);
            audit.recordChange(AuditAction.UPDATE, EntityRef.of("MEMBERSHIP", ended.id()), family.kabKotaCode(),
                    Memberships.state(ended), Memberships.state(ended.householdId(), ended.personId(), ended.hubungan(),
                            ended.validFrom(), null, null), note);
        }
        // the survivor gives the NIK back before the duplicate holds it again
        if (merge.survivorUnchanged()) {
            merges.restoreSurvivor(mergeId, survivor.id(), now);
        } else {
            if (survivorGivesNikBack) {
                persons.changeNik(survivor.id(), merge.survivorNikBefore(), now);
            }
            if (createdStillCurrent) {
                merges.restoreSurvivorRegion(mergeId, survivor.id(), now);
            }
        }
        persons.unmarkMerged(duplicate.id(), now);
        merges.restoreProvenance(mergeId, survivor.id(), duplicate.id());
        if (!merge.survivorUnchanged()) {
            golden.recompute(ONE_PERSON, Map.of("person", survivor.id()), null, Sql.timestamp(now));
            merges.dropConflictsWithoutSources(survivor.id());
        }
        merges.markUndone(mergeId, why, user.username(), now);

        Persons.Row survivorAfter = persons.find(survivor.id(), Scope.PROVINCE).orElseThrow();
        Map<String, Object> undone = new LinkedHashMap<>();
        undone.put("unmerge_reason", why);
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("PERSON_MERGE", mergeId), survivorAfter.kabKotaCode(),
                Map.of("survivor_id", survivor.id(), "duplicate_id", duplicate.id()), undone, "unmerge");
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("PERSON", survivor.id()), survivorAfter.kabKotaCode(),
                state(survivor), state(survivorAfter), note + ": survivor");
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("PERSON", duplicate.id()), duplicate.kabKotaCode(),
                state(duplicate), state(persons.find(duplicate.id(), Scope.PROVINCE).orElseThrow()), note + ": restored");
        log.info("merge {} undone: person {} separated from {}", mergeId, duplicate.id(), survivor.id());
        return merges.find(mergeId).orElseThrow();
    }

    /**
     * Why {@link #merge} would refuse this pair now (MERGE_* codes; empty: it would merge), for a
     * review queue that wants to say so before the steward decides. Same role and scope rules.
     */
    @Transactional(readOnly = true)
    public List<Violation> mergeRefusals(long survivorId, long duplicateId) {
        CurrentUser user = guard.merger();
        if (survivorId == duplicateId) {
            return List.of(Violation.error(MERGE_SAME_PERSON, "duplicateId"));
        }
        Persons.Row survivor = persons.find(survivorId, user.scope()).orElseThrow(() -> new NotFoundException("person"));
        Persons.Row duplicate = persons.find(duplicateId, user.scope()).orElseThrow(() -> new NotFoundException("person"));
        return refusals(survivor, duplicate);
    }

    /** The merge rules on two distinct persons (see the class comment). */
    private List<Violation> refusals(Persons.Row survivor, Persons.Row duplicate) {
        if (survivor.merged() || duplicate.merged()) {
            return List.of(Violation.error(MERGE_ALREADY_MERGED, survivor.merged() ? "survivorId" : "duplicateId"));
        }
        List<Violation> found = new ArrayList<>();
        if (validNik(survivor.data()) && validNik(duplicate.data())
                && !survivor.data().nik().strip().equals(duplicate.data().nik().strip())) {
            found.add(Violation.error(MERGE_TWO_VALID_NIKS, "duplicateId"));
        }
        Optional<MembershipView> survivorHome = memberships.current(survivor.id());
        Optional<MembershipView> duplicateHome = memberships.current(duplicate.id());
        // a family must not lose its head to a merge: the survivor takes the head's place (no family
        // of its own and alive) or is already in that family; otherwise the steward appoints a new head first
        boolean survivorTakesPlace = survivorHome.isEmpty() && survivor.data().tanggalMeninggal() == null;
        boolean sameFamily = survivorHome.isPresent() && duplicateHome.isPresent()
                && survivorHome.get().householdId() == duplicateHome.get().householdId();
        if (duplicateHome.isPresent() && !survivorTakesPlace && !sameFamily
                && duplicateHome.get().hubungan() == Relationship.KEPALA_KELUARGA
                && memberships.currentMembers(duplicateHome.get().householdId()).size() > 1) {
            found.add(Violation.error(MERGE_DUPLICATE_HEADS_FAMILY, "duplicateId"));
        }
        return found;
    }

    /** Merges the person took part in, as survivor or as duplicate, newest first. */
    @Transactional(readOnly = true)
    public List<PersonMergeView> mergesOf(long personId) {
        CurrentUser user = guard.reader();
        persons.find(personId, user.scope()).orElseThrow(() -> new NotFoundException("person"));
        return merges.ofPerson(personId);
    }

    /** One merge, when its survivor lies in the caller's scope (else {@link NotFoundException}). */
    @Transactional(readOnly = true)
    public PersonMergeView find(long mergeId) {
        CurrentUser user = guard.reader();
        PersonMergeView merge = merges.find(mergeId).orElseThrow(() -> new NotFoundException("merge"));
        persons.find(merge.survivorId(), user.scope()).orElseThrow(() -> new NotFoundException("merge"));
        return merge;
    }

    /** Locks both rows in id order (two merges of the same pair never deadlock); [survivor, duplicate]. */
    private Persons.Row[] lockPair(long survivorId, long duplicateId, Scope scope) {
        long first = Math.min(survivorId, duplicateId);
        long second = Math.max(survivorId, duplicateId);
        Persons.Row a = persons.lock(first, scope).orElseThrow(() -> new NotFoundException("person"));
        Persons.Row b = persons.lock(second, scope).orElseThrow(() -> new NotFoundException("person"));
        return a.id() == survivorId ? new Persons.Row[] {a, b} : new Persons.Row[] {b, a};
    }

    private void endMembership(MembershipView m, LocalDate on, Households.Row family, Instant now) {
        memberships.end(m.id(), on, MembershipEnd.KOREKSI);
        households.touch(family.id(), now);
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("MEMBERSHIP", m.id()), family.kabKotaCode(),
                Memberships.state(m), Memberships.state(m.householdId(), m.personId(), m.hubungan(), m.validFrom(), on,
                        MembershipEnd.KOREKSI), "person merge");
    }

    /** A NIK the registry's rules accept (format and date part; warnings do not count). */
    private boolean validNik(PersonData d) {
        if (d.nik() == null) {
            return false;
        }
        List<Violation> found = new ArrayList<>();
        Nik.check(d.nik().strip(), null, null, regions, "nik", found);
        return found.stream().noneMatch(Violation::isError);
    }

    private static String reason(String reason) {
        String r = Sql.strip(reason);
        if (r == null) {
            throw new ValidationFailedException(Violation.error(REQUIRED, "reason", "reason"));
        }
        if (r.length() > REASON_MAX) {
            throw new ValidationFailedException(Violation.error(TOO_LONG, "reason", REASON_MAX));
        }
        return r;
    }

    private String evidence(Map<String, Object> evidence) {
        return evidence == null ? null : json.writeValueAsString(evidence);
    }

    private static ValidationFailedException refused(String code, String field) {
        return new ValidationFailedException(Violation.error(code, field));
    }

    private static Map<String, Object> state(Persons.Row p) {
        Map<String, Object> state = Persons.state(p.data(), p.desaCode());
        state.put("merged_into", p.mergedInto());
        return state;
    }
}
