package id.jaring.registry;

import static id.jaring.registry.Fixtures.*;
import static id.jaring.registry.HouseholdRegistrationTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.access.Role;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

/** The service-level rules of memberships, scope and uniqueness, on the real database. */
@SpringBootTest
class MembershipRulesTests {

    @Autowired HouseholdRegistration registration;
    @Autowired HouseholdEditing editing;
    @Autowired PersonEditing personEditing;
    @Autowired RegistryLookup lookup;
    @Autowired JdbcClient jdbc;

    static void assertCodes(Runnable action, String... codes) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationFailedException.class,
                e -> assertThat(e.violations()).extracting(Violation::code).contains(codes));
    }

    Saved register(String name) {
        return as(Role.DATA_STEWARD, null, () -> registration.register(family(LEBAK_KEC, LEBAK_DESA, name)));
    }

    HouseholdView view(long id) {
        return as(Role.DATA_STEWARD, null, () -> lookup.household(id));
    }

    @Test
    void membershipRules() {
        Saved a = register("RULES A");
        Saved b = register("RULES B");
        HouseholdView va = view(a.id());
        long headA = va.members().get(0).personId();
        long childA = va.members().get(2).personId();

        assertCodes(() -> as(Role.DATA_STEWARD, null, () -> editing.addMember(
                AddMember.existingPerson(a.id(), Relationship.ANAK, childA, null))), "ALREADY_MEMBER");
        assertCodes(() -> as(Role.DATA_STEWARD, null, () -> editing.addMember(
                new AddMember(a.id(), Relationship.ANAK, null, null, null, false))), "MEMBER_CHOICE");
        assertCodes(() -> as(Role.DATA_STEWARD, null, () -> editing.addMember(
                AddMember.existingPerson(b.id(), Relationship.KEPALA_KELUARGA, childA, null))), "HEAD_COUNT");
        assertCodes(() -> as(Role.DATA_STEWARD, null, () -> editing.addMember(
                AddMember.existingPerson(b.id(), Relationship.ANAK, childA, LocalDate.of(2019, 1, 1)))), "MEMBERSHIP_DATE_INVALID");
        assertCodes(() -> as(Role.DATA_STEWARD, null, () -> editing.addMember(
                AddMember.existingPerson(b.id(), Relationship.ANAK, childA, LocalDate.now().plusDays(5)))), "MEMBERSHIP_DATE_INVALID");
        // the head of A cannot leave while others remain
        assertCodes(() -> as(Role.DATA_STEWARD, null, () -> editing.addMember(
                AddMember.existingPerson(b.id(), Relationship.FAMILI_LAIN, headA, null))), "HEAD_COUNT");
        assertCodes(() -> as(Role.DATA_STEWARD, null, () -> editing.endMembership(
                new EndMembership(b.id(), childA, MembershipEnd.PINDAH, null))), "NOT_MEMBER");
        assertCodes(() -> as(Role.DATA_STEWARD, null, () -> editing.endMembership(
                new EndMembership(a.id(), childA, MembershipEnd.PINDAH, LocalDate.of(2019, 12, 31)))), "MEMBERSHIP_DATE_INVALID");
        // a new person whose NIK is taken
        PersonData twin = view(b.id()).members().stream().findFirst()
                .map(m -> PersonData.of(m.nik(), "KEMBAR", m.jenisKelamin(), "LEBAK", m.tanggalLahir())).orElseThrow();
        assertCodes(() -> as(Role.DATA_STEWARD, null, () -> editing.addMember(
                AddMember.newPerson(a.id(), Relationship.ANAK, twin, null, false))), "NIK_DUPLICATE");

        // a family no longer active takes no members
        HouseholdView vb = view(b.id());
        as(Role.DATA_STEWARD, null, () -> editing.edit(new EditHousehold(b.id(), vb.version(), vb.data(),
                HouseholdStatus.PINDAH, false)));
        assertCodes(() -> as(Role.DATA_STEWARD, null, () -> editing.addMember(
                AddMember.existingPerson(b.id(), Relationship.ANAK, childA, null))), "HOUSEHOLD_NOT_ACTIVE");
        // nothing of the above changed A
        assertThat(view(a.id()).members()).hasSize(3);
    }

    @Test
    void aNewHeadIsAppointedThenTheOldOneMayLeave() {
        Saved a = register("GANTI KEPALA");
        HouseholdView v = view(a.id());
        long head = v.members().get(0).personId();
        long wife = v.members().get(1).personId();
        assertCodes(() -> as(Role.DATA_STEWARD, null, () -> editing.changeRelationship(
                new ChangeRelationship(a.id(), wife, Relationship.KEPALA_KELUARGA))), "HEAD_COUNT");
        as(Role.DATA_STEWARD, null, () -> editing.changeRelationship(new ChangeRelationship(a.id(), head, Relationship.SUAMI)));
        as(Role.DATA_STEWARD, null, () -> editing.changeRelationship(new ChangeRelationship(a.id(), wife, Relationship.KEPALA_KELUARGA)));
        as(Role.DATA_STEWARD, null, () -> editing.endMembership(new EndMembership(a.id(), head, MembershipEnd.PINDAH, null)));
        assertThat(view(a.id()).members()).extracting(MemberView::personId, MemberView::hubungan)
                .first().isEqualTo(org.assertj.core.groups.Tuple.tuple(wife, Relationship.KEPALA_KELUARGA));
    }

    @Test
    void theUniqueIndexAnswersWithTheSameCodeAsTheCheck() {
        Saved a = register("INDEX");
        long head = view(a.id()).members().get(0).personId();
        PersonView p = as(Role.DATA_STEWARD, null, () -> lookup.person(head));
        // another living person takes the NIK behind the service's back (as a concurrent save would)
        Saved other = register("INDEX LAIN");
        long otherHead = view(other.id()).members().get(0).personId();
        PersonView o = as(Role.DATA_STEWARD, null, () -> lookup.person(otherHead));
        PersonData copy = new PersonData(p.data().nik(), o.data().nama(), p.data().jenisKelamin(), null,
                p.data().tanggalLahir(), null, null, null, null, false, null, null, null, null, null);
        assertCodes(() -> as(Role.DATA_STEWARD, null, () -> personEditing.edit(new EditPerson(otherHead, o.version(), copy, true))),
                "NIK_DUPLICATE");
        assertThatThrownBy(() -> jdbc.sql("update person set nik = :nik where id = :id").param("nik", p.data().nik())
                .param("id", otherHead).update())
                .isInstanceOfSatisfying(org.springframework.dao.DataIntegrityViolationException.class,
                        e -> assertThat(Checks.translate(e)).isInstanceOfSatisfying(ValidationFailedException.class,
                                v -> assertThat(v.violations()).extracting(Violation::code).containsExactly("NIK_DUPLICATE")));
    }

    @Test
    void scopeHoldsForChangesAndRegistrations() {
        Saved serang = as(Role.DATA_STEWARD, null, () -> registration.register(family(SERANG_KEC, SERANG_DESA, "SERANG")));
        HouseholdView v = view(serang.id());
        assertThatThrownBy(() -> as(Role.OPERATOR_KABKOTA, "36.02", () -> editing.edit(
                new EditHousehold(serang.id(), v.version(), v.data(), null, false)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(Role.OPERATOR_KABKOTA, "36.02", () -> editing.addMember(AddMember.newPerson(serang.id(),
                Relationship.ANAK, person(SERANG_KEC, "X", Sex.L, 2015, 2016), null, false)))).isInstanceOf(NotFoundException.class);
        long personId = v.members().get(2).personId();
        // moving someone from Kota Serang into a Lebak family needs sight of both
        Saved lebak = as(Role.OPERATOR_KABKOTA, "36.02", () -> registration.register(family(LEBAK_KEC, LEBAK_DESA, "LEBAK")));
        assertThatThrownBy(() -> as(Role.OPERATOR_KABKOTA, "36.02", () -> editing.addMember(
                AddMember.existingPerson(lebak.id(), Relationship.ANAK, personId, null)))).isInstanceOf(NotFoundException.class);
        // a kecamatan-scoped user (PENDAMPING reads only) sees its kecamatan only
        assertThat(as(Role.PENDAMPING, "36.02.01", () -> lookup.household(lebak.id())).id()).isEqualTo(lebak.id());
        assertThatThrownBy(() -> as(Role.PENDAMPING, "36.02.02", () -> lookup.household(lebak.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(List.of(serang.id(), lebak.id())).doesNotHaveDuplicates();
    }
}
