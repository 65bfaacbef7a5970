package id.jaring.registry;

import static id.jaring.registry.Fixtures.*;
import static id.jaring.registry.HouseholdRegistrationTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.jaring.access.Role;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditEntry;
import id.jaring.platform.NotFoundException;

/** Every change writes audit events with before and after; opening a full record writes READ. */
@SpringBootTest
class RegistryAuditTests {

    @Autowired HouseholdRegistration registration;
    @Autowired HouseholdEditing editing;
    @Autowired PersonEditing personEditing;
    @Autowired RegistryLookup lookup;
    @Autowired RegistryHistory history;
    @Autowired JdbcClient jdbc;

    record Event(String action, String type, String id, String actor, String before, String after) {
    }

    List<Event> events(String type, long id) {
        return jdbc.sql("""
                select action, entity_type, entity_id, actor, before_state::text, after_state::text from audit_event
                where entity_type = :type and entity_id = :id order by id
                """).param("type", type).param("id", String.valueOf(id))
                .query((rs, n) -> new Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    @Test
    void registrationAndEditsAreAuditedWithBeforeAndAfter() {
        Saved saved = as(Role.OPERATOR_KABKOTA, "36.02", () -> registration.register(family(LEBAK_KEC, LEBAK_DESA, "AUDIT SATU")));
        HouseholdView view = as(Role.OPERATOR_KABKOTA, "36.02", () -> lookup.household(saved.id()));
        long head = view.members().get(0).personId();

        assertThat(events("HOUSEHOLD", saved.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("CREATE");
            assertThat(e.actor()).isEqualTo("test-operator_kabkota");
            assertThat(e.before()).isNull();
            assertThat(e.after()).contains("\"no_kk\": \"" + view.noKk() + "\"");
        });
        assertThat(events("PERSON", head)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("CREATE");
            assertThat(e.after()).contains("\"nama\": \"AUDIT SATU\"");
        });
        // the membership events carry the relationship; household reads are not person reads
        long membership = jdbc.sql("select id from household_member where person_id = :p").param("p", head)
                .query(Long.class).single();
        assertThat(events("MEMBERSHIP", membership)).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("\"hubungan_keluarga\": \"KEPALA KELUARGA\""));
    }

    @Test
    void everyKindOfChangeLeavesItsEvent() {
        Saved saved = as(Role.OPERATOR_KABKOTA, "36.02", () -> registration.register(family(LEBAK_KEC, LEBAK_DESA, "AUDIT DUA")));
        HouseholdView view = as(Role.OPERATOR_KABKOTA, "36.02", () -> lookup.household(saved.id()));
        long head = view.members().get(0).personId();
        long child = view.members().get(2).personId();

        // household update
        HouseholdData changed = new HouseholdData(view.noKk(), view.desaCode(), "KP. AUDIT", "9", "9", view.welfare());
        as(Role.OPERATOR_KABKOTA, "36.02", () -> editing.edit(new EditHousehold(saved.id(), view.version(), changed, null, false)));
        List<AuditEntry> householdEvents = as(Role.OPERATOR_KABKOTA, "36.02", () -> history.household(saved.id()));
        AuditEntry update = householdEvents.stream().filter(e -> e.entity().type().equals("HOUSEHOLD")
                && e.action() == AuditAction.UPDATE).findFirst().orElseThrow();
        assertThat(update.changes()).extracting(AuditEntry.FieldChange::field).containsExactlyInAnyOrder("alamat", "rt", "rw");
        assertThat(update.before()).containsEntry("alamat", "KP. CILANGKAHAN");
        assertThat(update.after()).containsEntry("alamat", "KP. AUDIT");
        assertThat(householdEvents).filteredOn(e -> e.entity().type().equals("MEMBERSHIP")).hasSize(3)
                .allSatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.CREATE));

        // person update
        PersonView before = as(Role.OPERATOR_KABKOTA, "36.02", () -> lookup.person(head));
        PersonData d = before.data();
        PersonData working = new PersonData(d.nik(), d.nama(), d.jenisKelamin(), d.tempatLahir(), d.tanggalLahir(),
                d.namaIbuKandung(), d.pendidikanTerakhir(), d.jenjangSekolah(), d.statusKawin(), false, null,
                d.disabilitas(), "BURUH TANI", 900_000L, null);
        as(Role.OPERATOR_KABKOTA, "36.02", () -> personEditing.edit(new EditPerson(head, before.version(), working, false)));

        // membership: child moves out, then a new member joins
        as(Role.OPERATOR_KABKOTA, "36.02", () -> editing.endMembership(
                new EndMembership(saved.id(), child, MembershipEnd.PINDAH, LocalDate.of(2025, 5, 31))));
        Saved baby = as(Role.OPERATOR_KABKOTA, "36.02", () -> editing.addMember(AddMember.newPerson(saved.id(),
                Relationship.CUCU, person(LEBAK_KEC, "CUCU AUDIT", Sex.P, 2025, 2025), null, false)));

        List<AuditEntry> headHistory = as(Role.OPERATOR_KABKOTA, "36.02", () -> history.person(head));
        AuditEntry personUpdate = headHistory.stream().filter(e -> e.entity().type().equals("PERSON")
                && e.action() == AuditAction.UPDATE).findFirst().orElseThrow();
        assertThat(personUpdate.changes()).extracting(AuditEntry.FieldChange::field)
                .containsExactlyInAnyOrder("pekerjaan", "penghasilan_bulanan");
        assertThat(personUpdate.after()).containsEntry("pekerjaan", "BURUH TANI");
        // the READ of the full record is in the trail too
        assertThat(headHistory).extracting(AuditEntry::action).contains(AuditAction.READ);

        List<AuditEntry> childHistory = as(Role.OPERATOR_KABKOTA, "36.02", () -> history.person(child));
        AuditEntry ended = childHistory.stream().filter(e -> e.entity().type().equals("MEMBERSHIP")
                && e.action() == AuditAction.UPDATE).findFirst().orElseThrow();
        assertThat(ended.before()).containsEntry("valid_to", null);
        assertThat(ended.after()).containsEntry("valid_to", "2025-05-31").containsEntry("end_reason", "PINDAH");

        assertThat(events("PERSON", baby.id())).extracting(Event::action).containsExactly("CREATE");
        List<AuditEntry> all = as(Role.OPERATOR_KABKOTA, "36.02", () -> history.household(saved.id()));
        assertThat(all).filteredOn(e -> e.entity().type().equals("MEMBERSHIP")).hasSize(5);
    }

    @Test
    void readingAFullRecordIsAuditedButFailedReadsLeaveNothing() {
        Saved saved = as(Role.OPERATOR_KABKOTA, "36.02", () -> registration.register(family(LEBAK_KEC, LEBAK_DESA, "AUDIT TIGA")));
        long head = as(Role.OPERATOR_KABKOTA, "36.02", () -> lookup.household(saved.id())).members().get(0).personId();
        assertThat(events("PERSON", head)).extracting(Event::action).containsExactly("CREATE");

        as(Role.AUDITOR, "36.02", () -> lookup.person(head));
        assertThat(events("PERSON", head)).extracting(Event::action, Event::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CREATE", "test-operator_kabkota"),
                        org.assertj.core.groups.Tuple.tuple("READ", "test-auditor"));

        assertThatThrownBy(() -> as(Role.OPERATOR_KABKOTA, "36.73", () -> lookup.person(head))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(Role.PIMPINAN, null, () -> lookup.person(head))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(Role.PIMPINAN, null, () -> history.person(head))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(Role.OPERATOR_KABKOTA, "36.73", () -> history.household(saved.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(events("PERSON", head)).hasSize(2);
    }

    @Test
    void aRefusedChangeLeavesNoAuditEvent() {
        Saved saved = as(Role.OPERATOR_KABKOTA, "36.02", () -> registration.register(family(LEBAK_KEC, LEBAK_DESA, "AUDIT EMPAT")));
        HouseholdView view = as(Role.OPERATOR_KABKOTA, "36.02", () -> lookup.household(saved.id()));
        HouseholdData bad = new HouseholdData(view.noKk(), view.desaCode(), view.alamat(), "1000", null, view.welfare());
        assertThatThrownBy(() -> as(Role.OPERATOR_KABKOTA, "36.02",
                () -> editing.edit(new EditHousehold(saved.id(), view.version(), bad, null, false))));
        assertThat(events("HOUSEHOLD", saved.id())).extracting(Event::action).containsExactly("CREATE");
        assertThat(jdbc.sql("select version, rt from household where id = :id").param("id", saved.id())
                .query((rs, n) -> Map.of("v", rs.getLong(1), "rt", rs.getString(2))).single())
                .containsEntry("v", view.version()).containsEntry("rt", "003");
    }
}
