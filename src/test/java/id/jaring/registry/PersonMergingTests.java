package id.jaring.registry;

import static id.jaring.registry.Fixtures.*;
import static id.jaring.registry.HouseholdRegistrationTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.access.Role;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.support.TestUsers;

/**
 * Merging two records of the same person and undoing it, on the real database: provenance moves
 * and comes back, golden values and conflicts follow the sources, the duplicate disappears from
 * searches and counts, and every refusal has its code.
 */
@SpringBootTest
class PersonMergingTests {

    /** Kecamatan Bayah (Lebak): the survivor's family lives in Bayah Barat, the duplicate's in Sawarna. */
    static final String BAYAH = "360203";
    static final String BAYAH_BARAT = "36.02.03.2001";
    static final String SAWARNA = "36.02.03.2002";

    @Autowired PersonMerging merging;
    @Autowired RegistryBatchMerge batchMerge;
    @Autowired HouseholdRegistration registration;
    @Autowired PersonEditing personEditing;
    @Autowired RegistryLookup lookup;
    @Autowired RegistrySearch search;
    @Autowired RegionStatistics statistics;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    static <T> T steward(java.util.function.Supplier<T> action) {
        return as(Role.DATA_STEWARD, null, action);
    }

    /** Letters only, so that a name search finds exactly this test's people. */
    static String token() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    static IncomingPerson row(long n, String nik, String noKk, String nama, Sex sex, LocalDate born, Relationship hubungan,
            String desa, String pekerjaan) {
        return new IncomingPerson(n, null, nik, noKk, nama, sex, "LEBAK", born, hubungan, null, "KP. BAYAH", null, null,
                desa, null, null, null, null, pekerjaan, null, null, null);
    }

    /** Merges an agency's batch as an intake commit would (the steward, one transaction). */
    long batch(String agency, Instant receivedAt, IncomingPerson... rows) {
        long batchId = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        TestUsers.runAs(TestUsers.as(Role.DATA_STEWARD, null), () -> tx.executeWithoutResult(
                status -> batchMerge.merge(new BatchMerge(batchId, agency, receivedAt), List.of(rows).iterator(), step -> { })));
        return batchId;
    }

    long personWithNik(String nik) {
        return jdbc.sql("select id from person where nik = :nik and merged_into is null").param("nik", nik)
                .query(Long.class).single();
    }

    /** Everything a merge touches, as text rows (version and updated_at of persons aside: they move on). */
    List<String> snapshot(List<Long> persons) {
        Long[] ids = persons.toArray(Long[]::new);
        return jdbc.sql("""
                select 'person ' || (to_jsonb(p) - 'version' - 'updated_at')::text from person p where p.id = any (:ids)
                union all
                select 'source ' || to_jsonb(s)::text from person_source s where s.person_id = any (:ids)
                union all
                select 'conflict ' || to_jsonb(c)::text from person_conflict c where c.person_id = any (:ids)
                union all
                select 'member ' || to_jsonb(m)::text from household_member m
                where m.household_id in (select household_id from household_member where person_id = any (:ids))
                order by 1
                """).param("ids", ids).query(String.class).list();
    }

    List<String> codes(Runnable action) {
        try {
            action.run();
        } catch (ValidationFailedException e) {
            return e.violations().stream().map(Violation::code).toList();
        }
        throw new AssertionError("expected a refusal");
    }

    /** Two agencies' records of SITI AMINAH: the survivor from Dinsos, the duplicate (mistyped NIK) from Dinkes and Dinsos. */
    record Aminah(long survivor, long duplicate, String survivorNik, String duplicateNik, String name, long dinsosOld,
            long dinkes, long dinsosNew) {
    }

    Aminah aminah() {
        String name = "SITI AMINAH " + token();
        LocalDate born = LocalDate.of(1981, 4, 12);
        String nik = nik(BAYAH, born, Sex.P);
        // the Dinkes clerk typed month 14: not a valid NIK
        String mistyped = BAYAH + "521481" + nik.substring(12);
        String kk1 = noKk(BAYAH);
        String kk2 = noKk(BAYAH);
        Instant now = clock.instant();
        long dinsosOld = batch("DINSOS", now.minus(Duration.ofDays(3)),
                row(2, nik, kk1, name, Sex.P, born, Relationship.KEPALA_KELUARGA, BAYAH_BARAT, "PETANI"));
        String husband = nik(BAYAH, LocalDate.of(1979, 1, 5), Sex.L);
        long dinkes = batch("DINKES", now.minus(Duration.ofDays(2)),
                row(2, husband, kk2, "UJANG " + token(), Sex.L, LocalDate.of(1979, 1, 5), Relationship.KEPALA_KELUARGA,
                        SAWARNA, "NELAYAN"),
                row(3, mistyped, kk2, "ST. AMINAH " + name.substring(12), Sex.P, born, Relationship.ISTRI, SAWARNA,
                        "BURUH TANI"));
        long dinsosNew = batch("DINSOS", now.minus(Duration.ofDays(1)),
                row(2, mistyped, kk2, name, Sex.P, born, Relationship.ISTRI, SAWARNA, "PEDAGANG"));
        return new Aminah(personWithNik(nik), personWithNik(mistyped), nik, mistyped, name, dinsosOld, dinkes, dinsosNew);
    }

    @Test
    void mergeMovesProvenanceRecomputesGoldenValuesAndUnmergeGivesBackExactlyTheRowsBefore() {
        Aminah a = aminah();
        List<String> before = snapshot(List.of(a.survivor(), a.duplicate()));
        // what must come back: three sources, the duplicate's own conflicts, both families
        assertThat(before).filteredOn(l -> l.startsWith("source ")).hasSize(3);
        assertThat(before).filteredOn(l -> l.startsWith("conflict ")).hasSize(2);
        assertThat(before).filteredOn(l -> l.startsWith("member ")).hasSize(3);
        long sawarnaBefore = steward(() -> statistics.region(SAWARNA)).persons();

        PersonMergeView merge = steward(() -> merging.merge(new MergePersons(a.survivor(), a.duplicate(),
                "sama orangnya: nama, tanggal lahir, ibu", Map.of("weight", 14.2, "fields", List.of("nama", "tanggal_lahir")))));

        assertThat(merge.survivorId()).isEqualTo(a.survivor());
        assertThat(merge.mergedBy()).isEqualTo("test-data_steward");
        assertThat(merge.active()).isTrue();
        assertThat(jdbc.sql("select evidence ->> 'weight' from person_merge where id = :id").param("id", merge.id())
                .query(String.class).single()).isEqualTo("14.2");
        // Dinsos: the duplicate's newer row won the slot; Dinkes came along
        assertThat(jdbc.sql("select agency_code || ':' || batch_id from person_source where person_id = :p order by 1")
                .param("p", a.survivor()).query(String.class).list())
                .containsExactly("DINKES:" + a.dinkes(), "DINSOS:" + a.dinsosNew());
        assertThat(jdbc.sql("select count(*) from person_source where person_id = :p").param("p", a.duplicate())
                .query(Long.class).single()).isZero();
        // the two agencies disagree on name and work: conflicts, and Dinsos (higher priority) stands
        assertThat(jdbc.sql("select attribute from person_conflict where person_id = :p and status = 'OPEN' order by 1")
                .param("p", a.survivor()).query(String.class).list()).contains("nama", "pekerjaan");
        PersonView survivor = steward(() -> lookup.person(a.survivor()));
        assertThat(survivor.data().nama()).isEqualTo(a.name());
        assertThat(survivor.data().pekerjaan()).isEqualTo("PEDAGANG");
        assertThat(survivor.data().nik()).isEqualTo(a.survivorNik());
        assertThat(survivor.mergedInto()).isNull();
        // the duplicate: found by id (pointing at the survivor), nowhere else
        PersonView duplicate = steward(() -> lookup.person(a.duplicate()));
        assertThat(duplicate.mergedInto()).isEqualTo(a.survivor());
        assertThat(duplicate.householdId()).isNull();
        assertThat(steward(() -> search.byNik(a.duplicateNik()))).isEmpty();
        assertThat(steward(() -> search.byName("ST AMINAH " + a.name().substring(12), null, 100)))
                .extracting(PersonMatch::personId).doesNotContain(a.duplicate()).contains(a.survivor());
        assertThat(steward(() -> statistics.region(SAWARNA)).persons()).isEqualTo(sawarnaBefore - 1);
        assertThat(jdbc.sql("select end_reason from household_member where person_id = :p").param("p", a.duplicate())
                .query(String.class).single()).isEqualTo("KOREKSI");
        assertThat(steward(() -> merging.mergesOf(a.duplicate()))).extracting(PersonMergeView::id).containsExactly(merge.id());
        assertThat(steward(() -> merging.mergesOf(a.survivor()))).extracting(PersonMergeView::id).containsExactly(merge.id());
        // a merged record is not edited any more
        assertThat(codes(() -> steward(() -> personEditing.edit(new EditPerson(a.duplicate(), duplicate.version(),
                duplicate.data(), true))))).containsExactly(RegistryCodes.PERSON_MERGED);

        PersonMergeView undone = steward(() -> merging.unmerge(merge.id(), "bukan orang yang sama"));

        assertThat(undone.active()).isFalse();
        assertThat(undone.unmergeReason()).isEqualTo("bukan orang yang sama");
        assertThat(undone.unmergedBy()).isEqualTo("test-data_steward");
        assertThat(snapshot(List.of(a.survivor(), a.duplicate()))).isEqualTo(before);
        assertThat(steward(() -> search.byNik(a.duplicateNik()))).extracting(PersonMatch::personId)
                .containsExactly(a.duplicate());
        assertThat(steward(() -> statistics.region(SAWARNA)).persons()).isEqualTo(sawarnaBefore);
        assertThat(codes(() -> steward(() -> merging.unmerge(merge.id(), "lagi"))))
                .containsExactly(RegistryCodes.UNMERGE_ALREADY_UNDONE);
        // audited: the merge, its undoing, both persons before/after, the memberships
        assertThat(jdbc.sql("select action from audit_event where entity_type = 'PERSON_MERGE' and entity_id = :id order by id")
                .param("id", String.valueOf(merge.id())).query(String.class).list()).containsExactly("CREATE", "UPDATE");
        for (long person : new long[] {a.survivor(), a.duplicate()}) {
            assertThat(jdbc.sql("""
                    select count(*) from audit_event where entity_type = 'PERSON' and entity_id = :id and action = 'UPDATE'
                      and detail like 'person merge%' and before_state is not null and after_state is not null
                    """).param("id", String.valueOf(person)).query(Long.class).single()).isEqualTo(2);
        }
        assertThat(jdbc.sql("""
                select after_state ->> 'merged_into' from audit_event where entity_type = 'PERSON' and entity_id = :id
                  and detail like 'person merge % merged into %'
                """).param("id", String.valueOf(a.duplicate())).query(String.class).single())
                .isEqualTo(String.valueOf(a.survivor()));
    }

    @Test
    void aSurvivorWithoutFamilyOrNikTakesTheDuplicatesAndGivesThemBack() {
        // the survivor: a NIK-less Dinkes record without family; the duplicate: registered through the UI
        String tok = token();
        RegisterHousehold family = family(BAYAH, BAYAH_BARAT, "ASEP " + tok);
        Saved saved = steward(() -> registration.register(family));
        PersonData wife = family.members().get(1).person();
        long duplicate = personWithNik(wife.nik());
        batch("DINKES", clock.instant(), new IncomingPerson(2, "RM-" + tok, null, null, "SITI AMINAH " + tok, Sex.P,
                "LEBAK", wife.tanggalLahir(), null, null, null, null, null, BAYAH_BARAT, null, null, null, null,
                "IBU RUMAH TANGGA", null, null, null));
        long survivor = jdbc.sql("select person_id from person_source where agency_code = 'DINKES' and record_id = :r")
                .param("r", "RM-" + tok).query(Long.class).single();
        List<String> before = snapshot(List.of(survivor, duplicate));

        PersonMergeView merge = steward(() -> merging.merge(new MergePersons(survivor, duplicate, "linkage", null)));

        PersonView s = steward(() -> lookup.person(survivor));
        assertThat(s.data().nik()).isEqualTo(wife.nik());
        assertThat(s.householdId()).isEqualTo(saved.id());
        assertThat(s.hubungan()).isEqualTo(Relationship.ISTRI);
        assertThat(steward(() -> search.byNik(wife.nik()))).extracting(PersonMatch::personId).containsExactly(survivor);
        assertThat(steward(() -> lookup.household(saved.id())).members()).extracting(MemberView::personId)
                .contains(survivor).doesNotContain(duplicate).hasSize(3);

        steward(() -> merging.unmerge(merge.id(), "salah"));

        assertThat(snapshot(List.of(survivor, duplicate))).isEqualTo(before);
        assertThat(steward(() -> search.byNik(wife.nik()))).extracting(PersonMatch::personId).containsExactly(duplicate);
    }

    @Test
    void unmergeAfterALaterBatchKeepsTheSurvivorsNewValuesAndRecomputes() {
        Aminah a = aminah();
        PersonMergeView merge = steward(() -> merging.merge(new MergePersons(a.survivor(), a.duplicate(), "linkage", null)));
        // Dinkes now sends the survivor (by her valid NIK): its slot changes after the merge
        long later = batch("DINKES", clock.instant(), row(2, a.survivorNik(), null, a.name(), Sex.P,
                LocalDate.of(1981, 4, 12), null, BAYAH_BARAT, "WIRASWASTA"));

        steward(() -> merging.unmerge(merge.id(), "salah"));

        assertThat(jdbc.sql("select agency_code || ':' || batch_id from person_source where person_id = :p order by 1")
                .param("p", a.survivor()).query(String.class).list())
                .containsExactly("DINKES:" + later, "DINSOS:" + a.dinsosOld());
        assertThat(jdbc.sql("select agency_code || ':' || batch_id from person_source where person_id = :p order by 1")
                .param("p", a.duplicate()).query(String.class).list())
                .containsExactly("DINKES:" + a.dinkes(), "DINSOS:" + a.dinsosNew());
        // recomputed from what is left: Dinsos (priority) says PETANI, Dinkes WIRASWASTA -> a conflict
        PersonView s = steward(() -> lookup.person(a.survivor()));
        assertThat(s.data().pekerjaan()).isEqualTo("PETANI");
        assertThat(jdbc.sql("select attribute from person_conflict where person_id = :p order by 1")
                .param("p", a.survivor()).query(String.class).list()).containsExactly("pekerjaan");
        assertThat(steward(() -> lookup.person(a.duplicate())).mergedInto()).isNull();
    }

    long dinkesRecord(String recordId, String nama, Sex sex, LocalDate born) {
        batch("DINKES", clock.instant(), new IncomingPerson(2, recordId, null, null, nama, sex, "LEBAK", born, null, null,
                null, null, null, BAYAH_BARAT, null, null, null, null, null, null, null, null));
        return jdbc.sql("select person_id from person_source where agency_code = 'DINKES' and record_id = :r")
                .param("r", recordId).query(Long.class).single();
    }

    @Test
    void aDeadSurvivorJoinsNoFamilyAndANikHeldByTheLivingIsNotPassedOn() {
        String tok = token();
        RegisterHousehold family = family(BAYAH, BAYAH_BARAT, "OMAN " + tok);
        steward(() -> registration.register(family));
        PersonData child = family.members().get(2).person();
        long alive = personWithNik(child.nik());
        // a NIK-less Dinkes record of the same child, recorded dead by mistake, survives the merge
        long dead = dinkesRecord("RM1-" + tok, "ANAK OMAN " + tok, Sex.L, child.tanggalLahir());
        jdbc.sql("update person set tanggal_meninggal = date '2024-01-01' where id = :id").param("id", dead).update();
        List<String> before = snapshot(List.of(dead, alive));
        PersonMergeView first = steward(() -> merging.merge(new MergePersons(dead, alive, "x", null)));
        assertThat(steward(() -> lookup.person(dead)).householdId()).isNull();
        steward(() -> merging.unmerge(first.id(), "x"));
        assertThat(snapshot(List.of(dead, alive))).isEqualTo(before);

        // a dead duplicate whose NIK a living person holds: the survivor does not take that NIK
        PersonData head = family.members().get(0).person();
        long deadCopy = jdbc.sql("""
                insert into person (nik, nama, jenis_kelamin, tanggal_lahir, tanggal_meninggal, kabkota_code, desa_code,
                                    created_at, updated_at)
                values (:nik, :nama, 'L', :born, date '2023-05-05', '36.02', :desa, now(), now()) returning id
                """).param("nik", head.nik()).param("nama", head.nama()).param("born", head.tanggalLahir())
                .param("desa", BAYAH_BARAT).query(Long.class).single();
        long survivor = dinkesRecord("RM2-" + tok, head.nama(), Sex.L, head.tanggalLahir());
        PersonMergeView second = steward(() -> merging.merge(new MergePersons(survivor, deadCopy, "x", null)));
        assertThat(steward(() -> lookup.person(survivor)).data().nik()).isNull();
        assertThat(steward(() -> search.byNik(head.nik()))).extracting(PersonMatch::personId)
                .containsExactly(personWithNik(head.nik()));
        steward(() -> merging.unmerge(second.id(), "x"));
        assertThat(steward(() -> lookup.person(deadCopy)).mergedInto()).isNull();
    }

    @Test
    void refusalsHaveTheirCodes() {
        Aminah a = aminah();
        Saved other = steward(() -> registration.register(family(BAYAH, BAYAH_BARAT, "DEDI " + token())));
        long otherHead = steward(() -> lookup.household(other.id())).members().get(0).personId();
        long otherWife = steward(() -> lookup.household(other.id())).members().get(1).personId();

        assertThat(codes(() -> steward(() -> merging.merge(new MergePersons(a.survivor(), a.survivor(), "x", null)))))
                .containsExactly(RegistryCodes.MERGE_SAME_PERSON);
        // two different valid NIKs are two people
        assertThat(codes(() -> steward(() -> merging.merge(new MergePersons(a.survivor(), otherWife, "x", null)))))
                .containsExactly(RegistryCodes.MERGE_TWO_VALID_NIKS);
        assertThat(codes(() -> steward(() -> merging.merge(new MergePersons(a.survivor(), a.duplicate(), " ", null)))))
                .containsExactly(RegistryCodes.REQUIRED);
        // the duplicate's husband heads a family with members while the survivor lives elsewhere
        long husband = jdbc.sql("""
                select m2.person_id from household_member m1 join household_member m2 on m2.household_id = m1.household_id
                where m1.person_id = :d and m1.valid_to is null and m2.hubungan_keluarga = 'KEPALA KELUARGA'
                """).param("d", a.duplicate()).query(Long.class).single();
        jdbc.sql("update person set nik = null where id = :id").param("id", husband).update();
        assertThat(codes(() -> steward(() -> merging.merge(new MergePersons(otherHead, husband, "x", null)))))
                .containsExactly(RegistryCodes.MERGE_DUPLICATE_HEADS_FAMILY);

        // the same rules, asked before deciding (a review queue)
        assertThat(steward(() -> merging.mergeRefusals(a.survivor(), otherWife))).extracting(Violation::code)
                .containsExactly(RegistryCodes.MERGE_TWO_VALID_NIKS);
        assertThat(steward(() -> merging.mergeRefusals(a.survivor(), a.duplicate()))).isEmpty();
        PersonMergeView merge = steward(() -> merging.merge(new MergePersons(a.survivor(), a.duplicate(), "x", null)));
        assertThat(steward(() -> merging.mergeRefusals(otherWife, a.duplicate()))).extracting(Violation::code)
                .containsExactly(RegistryCodes.MERGE_ALREADY_MERGED);
        assertThat(codes(() -> steward(() -> merging.merge(new MergePersons(otherWife, a.duplicate(), "x", null)))))
                .containsExactly(RegistryCodes.MERGE_ALREADY_MERGED);
        // the survivor merged away in turn: undo that first
        jdbc.sql("update person set nik = null where id = :id").param("id", otherWife).update();
        PersonMergeView second = steward(() -> merging.merge(new MergePersons(otherWife, a.survivor(), "x", null)));
        assertThat(codes(() -> steward(() -> merging.unmerge(merge.id(), "x"))))
                .containsExactly(RegistryCodes.UNMERGE_SURVIVOR_MERGED);
        steward(() -> merging.unmerge(second.id(), "x"));
        steward(() -> merging.unmerge(merge.id(), "x"));
        assertThat(steward(() -> lookup.person(a.duplicate())).mergedInto()).isNull();
        assertThatThrownBy(() -> steward(() -> merging.unmerge(Long.MAX_VALUE, "x"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTakenNikOrHeadSlotBlocksTheUndo() {
        String tok = token();
        RegisterHousehold family = family(BAYAH, BAYAH_BARAT, "HERI " + tok);
        Saved saved = steward(() -> registration.register(family));
        PersonData head = family.members().get(0).person();
        long duplicate = personWithNik(head.nik());
        batch("DINKES", clock.instant(), new IncomingPerson(2, "RM-" + tok, null, null, "HERI " + tok, Sex.L, "LEBAK",
                head.tanggalLahir(), null, null, null, null, null, BAYAH_BARAT, null, null, null, null, null, null, null,
                null));
        long survivor = jdbc.sql("select person_id from person_source where agency_code = 'DINKES' and record_id = :r")
                .param("r", "RM-" + tok).query(Long.class).single();
        PersonMergeView merge = steward(() -> merging.merge(new MergePersons(survivor, duplicate, "linkage", null)));
        // the survivor took the head's place (and NIK); then the family gets another head
        long head2 = steward(() -> lookup.household(saved.id())).members().stream()
                .filter(m -> m.hubungan() == Relationship.ISTRI).findFirst().orElseThrow().personId();
        jdbc.sql("update household_member set hubungan_keluarga = 'ISTRI' where person_id = :p and valid_to is null")
                .param("p", survivor).update();
        jdbc.sql("update household_member set hubungan_keluarga = 'KEPALA KELUARGA' where person_id = :p and valid_to is null")
                .param("p", head2).update();
        assertThat(codes(() -> steward(() -> merging.unmerge(merge.id(), "x"))))
                .containsExactly(RegistryCodes.UNMERGE_HEAD_TAKEN);
        // put the head back, then let another living person hold the NIK
        jdbc.sql("update household_member set hubungan_keluarga = 'ISTRI' where person_id = :p and valid_to is null")
                .param("p", head2).update();
        jdbc.sql("update household_member set hubungan_keluarga = 'KEPALA KELUARGA' where person_id = :p and valid_to is null")
                .param("p", survivor).update();
        jdbc.sql("update person set nik = null where id = :s").param("s", survivor).update();
        steward(() -> registration.register(new RegisterHousehold(household(BAYAH, SAWARNA), List.of(
                new NewMember(Relationship.KEPALA_KELUARGA, PersonData.of(head.nik(), "ORANG LAIN", Sex.L, "LEBAK",
                        head.tanggalLahir()))), LocalDate.of(2024, 1, 1), true)));
        assertThat(codes(() -> steward(() -> merging.unmerge(merge.id(), "x"))))
                .containsExactly(RegistryCodes.UNMERGE_NIK_TAKEN);
    }

    @Test
    void theSurvivorsOwnEarlierNikHeldByAnotherNowBlocksTheUndoAndChangesNothing() {
        // the survivor: a Dinkes record with an invalid NIK (month 13), which takes the duplicate's valid one
        String tok = token();
        RegisterHousehold family = family(BAYAH, BAYAH_BARAT, "DEDI " + tok);
        steward(() -> registration.register(family));
        PersonData wife = family.members().get(1).person();
        long duplicate = personWithNik(wife.nik());
        String invalidNik = "360201" + "1390" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        batch("DINKES", clock.instant(), new IncomingPerson(2, "RM-" + tok, invalidNik, null, "SITI AMINAH " + tok,
                Sex.P, "LEBAK", wife.tanggalLahir(), null, null, null, null, null, BAYAH_BARAT, null, null, null, null,
                "IBU RUMAH TANGGA", null, null, null));
        long survivor = jdbc.sql("select person_id from person_source where agency_code = 'DINKES' and record_id = :r")
                .param("r", "RM-" + tok).query(Long.class).single();
        PersonMergeView merge = steward(() -> merging.merge(new MergePersons(survivor, duplicate, "linkage", null)));
        assertThat(steward(() -> lookup.person(survivor)).data().nik()).isEqualTo(wife.nik());
        // meanwhile a third living person is recorded with the survivor's old NIK
        long third = personWithNik(family.members().get(0).person().nik());
        jdbc.sql("update person set nik = :nik where id = :id").param("nik", invalidNik).param("id", third).update();
        List<String> before = snapshot(List.of(survivor, duplicate));

        assertThat(codes(() -> steward(() -> merging.unmerge(merge.id(), "salah"))))
                .containsExactly(RegistryCodes.UNMERGE_NIK_TAKEN);
        assertThat(snapshot(List.of(survivor, duplicate))).isEqualTo(before);
        assertThat(steward(() -> merging.find(merge.id())).active()).isTrue();
    }

    @Test
    void onlyStewardsMergeAndOnlyWithinTheirScope() {
        Aminah a = aminah();
        assertThatThrownBy(() -> as(Role.OPERATOR_KABKOTA, "36.02",
                () -> merging.merge(new MergePersons(a.survivor(), a.duplicate(), "x", null))))
                .isInstanceOf(AccessDeniedException.class);
        // a steward of Kota Serang does not see Lebak's people: as if they did not exist
        assertThatThrownBy(() -> as(Role.DATA_STEWARD, "36.73",
                () -> merging.merge(new MergePersons(a.survivor(), a.duplicate(), "x", null))))
                .isInstanceOf(NotFoundException.class);
        PersonMergeView merge = as(Role.DATA_STEWARD, "36.02",
                () -> merging.merge(new MergePersons(a.survivor(), a.duplicate(), "x", null)));
        assertThatThrownBy(() -> as(Role.DATA_STEWARD, "36.73", () -> merging.unmerge(merge.id(), "x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(Role.OPERATOR_KABKOTA, "36.02", () -> merging.unmerge(merge.id(), "x")))
                .isInstanceOf(AccessDeniedException.class);
        List<PersonMergeView> seen = new ArrayList<>(as(Role.OPERATOR_KABKOTA, "36.02", () -> merging.mergesOf(a.survivor())));
        assertThat(seen).extracting(PersonMergeView::id).containsExactly(merge.id());
        assertThat(as(Role.ADMIN, null, () -> merging.unmerge(merge.id(), "x")).active()).isFalse();
    }
}
