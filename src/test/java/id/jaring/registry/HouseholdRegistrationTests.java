package id.jaring.registry;

import static id.jaring.registry.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.jaring.access.Role;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.support.TestUsers;

@SpringBootTest
class HouseholdRegistrationTests {

    @Autowired HouseholdRegistration registration;
    @Autowired HouseholdEditing editing;
    @Autowired PersonEditing personEditing;
    @Autowired RegistryLookup lookup;
    @Autowired JdbcClient jdbc;

    static <T> T as(Role role, String region, Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        TestUsers.runAs(TestUsers.as(role, region), () -> result.set(action.get()));
        return result.get();
    }

    @Test
    void registersAFamilyWithItsMembersAndReadsItBack() {
        RegisterHousehold command = family(LEBAK_KEC, LEBAK_DESA, "UJANG SUTISNA");
        Saved saved = as(Role.OPERATOR_KABKOTA, "36.02", () -> registration.register(command));

        HouseholdView view = as(Role.OPERATOR_KABKOTA, "36.02", () -> lookup.household(saved.id()));
        assertThat(view.noKk()).isEqualTo(command.household().noKk());
        assertThat(view.kabKotaCode()).isEqualTo("36.02");
        assertThat(view.rt()).isEqualTo("003");
        assertThat(view.welfare().jenisLantai()).isEqualTo(Welfare.Floor.TANAH);
        assertThat(view.members()).extracting(MemberView::nama, MemberView::hubungan).containsExactly(
                org.assertj.core.groups.Tuple.tuple("UJANG SUTISNA", Relationship.KEPALA_KELUARGA),
                org.assertj.core.groups.Tuple.tuple("SITI AMINAH", Relationship.ISTRI),
                org.assertj.core.groups.Tuple.tuple("ANAK UJANG SUTISNA", Relationship.ANAK));
        assertThat(saved.warnings()).isEmpty();
    }

    @Test
    void refusesErrorsAndSavesNothing() {
        RegisterHousehold good = family(LEBAK_KEC, LEBAK_DESA, "ASEP");
        RegisterHousehold bad = new RegisterHousehold(
                new HouseholdData("12345", "36.02.01", "", "1234", "1", null),
                List.of(new NewMember(Relationship.ANAK, good.members().get(0).person())), null, true);
        assertThatThrownBy(() -> as(Role.OPERATOR_KABKOTA, "36.02", () -> registration.register(bad)))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code)
                        .contains("KK_FORMAT", "REGION_NOT_DESA", "REQUIRED", "RT_FORMAT", "HEAD_COUNT"));
        assertThat(jdbc.sql("select count(*) from person where nik = :nik").param("nik", good.members().get(0).person().nik())
                .query(Long.class).single()).isZero();
    }

    @Test
    void warningsNeedConfirmation() {
        RegisterHousehold command = family(LEBAK_KEC, LEBAK_DESA, "DEDE");
        PersonData head = command.members().get(0).person();
        PersonData wrongBirth = new PersonData(head.nik(), head.nama(), head.jenisKelamin(), head.tempatLahir(),
                head.tanggalLahir().plusDays(1), null, null, null, null, false, null, null, null, null, null);
        List<NewMember> members = new java.util.ArrayList<>(command.members());
        members.set(0, new NewMember(Relationship.KEPALA_KELUARGA, wrongBirth));
        RegisterHousehold unconfirmed = new RegisterHousehold(command.household(), members, null, false);

        assertThatThrownBy(() -> as(Role.DATA_STEWARD, null, () -> registration.register(unconfirmed)))
                .isInstanceOfSatisfying(UnconfirmedWarningsException.class, e -> assertThat(e.warnings())
                        .extracting(Violation::code).containsExactly("NIK_BIRTHDATE_MISMATCH"));
        assertThat(jdbc.sql("select count(*) from household where no_kk = :kk").param("kk", command.household().noKk())
                .query(Long.class).single()).isZero();

        Saved saved = as(Role.DATA_STEWARD, null, () -> registration.register(
                new RegisterHousehold(command.household(), members, null, true)));
        assertThat(saved.warnings()).extracting(Violation::code).containsExactly("NIK_BIRTHDATE_MISMATCH");
    }

    @Test
    void duplicateNikAndNoKkAreRefused() {
        RegisterHousehold first = family(LEBAK_KEC, LEBAK_DESA, "ENDANG");
        as(Role.DATA_STEWARD, null, () -> registration.register(first));
        RegisterHousehold second = family(LEBAK_KEC, LEBAK_DESA, "KOMAR");
        RegisterHousehold clash = new RegisterHousehold(first.household(),
                List.of(first.members().get(0), second.members().get(1)), null, false);
        assertThatThrownBy(() -> as(Role.DATA_STEWARD, null, () -> registration.register(clash)))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code, Violation::field).contains(
                                org.assertj.core.groups.Tuple.tuple("KK_DUPLICATE", "household.noKk"),
                                org.assertj.core.groups.Tuple.tuple("NIK_DUPLICATE", "members[0].person.nik")));
    }

    @Test
    void editsTheFamilyWithOptimisticLocking() {
        Saved saved = as(Role.OPERATOR_KABKOTA, "36.02", () -> registration.register(family(LEBAK_KEC, LEBAK_DESA, "JAJANG")));
        HouseholdView view = as(Role.OPERATOR_KABKOTA, "36.02", () -> lookup.household(saved.id()));
        HouseholdData changed = new HouseholdData(view.noKk(), "36.02.01.2003", "KP. BARU", "5", "2", view.welfare());

        Saved edited = as(Role.OPERATOR_KABKOTA, "36.02",
                () -> editing.edit(new EditHousehold(saved.id(), view.version(), changed, null, false)));
        assertThat(edited.version()).isEqualTo(view.version() + 1);
        HouseholdView after = as(Role.OPERATOR_KABKOTA, "36.02", () -> lookup.household(saved.id()));
        assertThat(after.desaCode()).isEqualTo("36.02.01.2003");
        assertThat(after.alamat()).isEqualTo("KP. BARU");
        // the members moved with their family
        PersonView head = as(Role.OPERATOR_KABKOTA, "36.02", () -> lookup.person(after.members().get(0).personId()));
        assertThat(head.desaCode()).isEqualTo("36.02.01.2003");

        assertThatThrownBy(() -> as(Role.OPERATOR_KABKOTA, "36.02",
                () -> editing.edit(new EditHousehold(saved.id(), view.version(), changed, null, false))))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("CONCURRENT_MODIFICATION"));
    }

    @Test
    void aFamilyMovingToAnotherKabKotaTakesItsMembershipsAlong() {
        Saved saved = as(Role.DATA_STEWARD, null, () -> registration.register(family(LEBAK_KEC, LEBAK_DESA, "MUHIDIN")));
        HouseholdView view = as(Role.DATA_STEWARD, null, () -> lookup.household(saved.id()));
        HouseholdData moved = new HouseholdData(view.noKk(), SERANG_DESA, "JL. PINDAH", "1", "1", view.welfare());
        as(Role.DATA_STEWARD, null, () -> editing.edit(new EditHousehold(saved.id(), view.version(), moved, null, false)));

        // the membership's region is the household's (a foreign key on both, on update cascade)
        assertThat(jdbc.sql("select distinct kabkota_code from household_member where household_id = :h")
                .param("h", saved.id()).query(String.class).list()).containsExactly(SERANG_DESA.substring(0, 5));
        long person = view.members().get(0).personId();
        assertThatThrownBy(() -> jdbc.sql("""
                update household_member set kabkota_code = '36.02' where household_id = :h and person_id = :p""")
                .param("h", saved.id()).param("p", person).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void movesAPersonToAnotherFamilyEndingTheOldMembership() {
        Saved first = as(Role.DATA_STEWARD, null, () -> registration.register(family(LEBAK_KEC, LEBAK_DESA, "OMAN")));
        Saved second = as(Role.DATA_STEWARD, null, () -> registration.register(family(SERANG_KEC, SERANG_DESA, "ROHMAN")));
        long child = as(Role.DATA_STEWARD, null, () -> lookup.household(first.id())).members().get(2).personId();

        as(Role.DATA_STEWARD, null, () -> editing.addMember(
                AddMember.existingPerson(second.id(), Relationship.FAMILI_LAIN, child, LocalDate.of(2024, 7, 1))));

        List<MembershipView> history = as(Role.DATA_STEWARD, null, () -> lookup.personMemberships(child));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).householdId()).isEqualTo(first.id());
        assertThat(history.get(0).validTo()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(history.get(0).endReason()).isEqualTo(MembershipEnd.PINDAH);
        assertThat(history.get(1).householdId()).isEqualTo(second.id());
        assertThat(history.get(1).current()).isTrue();
        assertThat(as(Role.DATA_STEWARD, null, () -> lookup.household(first.id())).members()).hasSize(2);
        // now in Kota Serang: Lebak's operator no longer sees the person
        assertThat(as(Role.DATA_STEWARD, null, () -> lookup.person(child)).desaCode()).isEqualTo(SERANG_DESA);
        assertThatThrownBy(() -> as(Role.OPERATOR_KABKOTA, "36.02", () -> lookup.person(child)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void addsANewMemberAndEndsMembershipsByDeath() {
        Saved saved = as(Role.OPERATOR_KABKOTA, "36.02", () -> registration.register(family(LEBAK_KEC, LEBAK_DESA, "UDIN")));
        PersonData baby = person(LEBAK_KEC, "BAYI UDIN", Sex.P, 2025, 2025);
        Saved added = as(Role.OPERATOR_KABKOTA, "36.02", () -> editing.addMember(
                AddMember.newPerson(saved.id(), Relationship.ANAK, baby, null, false)));
        HouseholdView view = as(Role.OPERATOR_KABKOTA, "36.02", () -> lookup.household(saved.id()));
        assertThat(view.members()).extracting(MemberView::personId).contains(added.id());

        long wife = view.members().stream().filter(m -> m.hubungan() == Relationship.ISTRI).findFirst().orElseThrow().personId();
        as(Role.OPERATOR_KABKOTA, "36.02", () -> editing.endMembership(
                new EndMembership(saved.id(), wife, MembershipEnd.MENINGGAL, LocalDate.of(2025, 3, 1))));
        PersonView dead = as(Role.OPERATOR_KABKOTA, "36.02", () -> lookup.person(wife));
        assertThat(dead.data().tanggalMeninggal()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(dead.householdId()).isNull();

        long head = view.members().get(0).personId();
        assertThatThrownBy(() -> as(Role.OPERATOR_KABKOTA, "36.02", () -> editing.endMembership(
                new EndMembership(saved.id(), head, MembershipEnd.PINDAH, null))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("HEAD_COUNT"));
    }

    @Test
    void editsAPersonAndRecordingDeathEndsTheMembership() {
        Saved saved = as(Role.OPERATOR_KABKOTA, "36.02", () -> registration.register(family(LEBAK_KEC, LEBAK_DESA, "ENCEP")));
        long childId = as(Role.OPERATOR_KABKOTA, "36.02", () -> lookup.household(saved.id())).members().get(2).personId();
        PersonView child = as(Role.OPERATOR_KABKOTA, "36.02", () -> lookup.person(childId));
        PersonData d = child.data();
        PersonData enrolled = new PersonData(d.nik(), "Anak Encep Saepudin", d.jenisKelamin(), d.tempatLahir(),
                d.tanggalLahir(), "SITI AMINAH", Education.SD, SchoolEnrolment.SMP, MaritalStatus.BELUM_KAWIN, false,
                null, Disability.TIDAK_ADA, null, 0L, null);
        Saved edited = as(Role.OPERATOR_KABKOTA, "36.02", () -> personEditing.edit(new EditPerson(childId, child.version(), enrolled, false)));
        PersonView after = as(Role.OPERATOR_KABKOTA, "36.02", () -> lookup.person(childId));
        assertThat(after.data().jenjangSekolah()).isEqualTo(SchoolEnrolment.SMP);
        assertThat(after.version()).isEqualTo(edited.version());

        PersonData died = new PersonData(d.nik(), "Anak Encep Saepudin", d.jenisKelamin(), d.tempatLahir(),
                d.tanggalLahir(), null, null, null, null, false, null, null, null, null, LocalDate.of(2025, 1, 2));
        as(Role.OPERATOR_KABKOTA, "36.02", () -> personEditing.edit(new EditPerson(childId, after.version(), died, false)));
        assertThat(as(Role.OPERATOR_KABKOTA, "36.02", () -> lookup.personMemberships(childId)))
                .singleElement().satisfies(m -> {
                    assertThat(m.validTo()).isEqualTo(LocalDate.of(2025, 1, 2));
                    assertThat(m.endReason()).isEqualTo(MembershipEnd.MENINGGAL);
                });
    }

    @Test
    void onlyEditorsMayChange() {
        assertThatThrownBy(() -> as(Role.PIMPINAN, null, () -> registration.register(family(LEBAK_KEC, LEBAK_DESA, "X"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(Role.PENDAMPING, "36.02", () -> registration.register(family(LEBAK_KEC, LEBAK_DESA, "X"))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
