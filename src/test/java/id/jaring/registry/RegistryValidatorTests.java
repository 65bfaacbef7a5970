package id.jaring.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import id.jaring.platform.Violation;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/** The pure validation rules, without Spring or a database. */
class RegistryValidatorTests {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** A tiny region table: Banten, Lebak, Malingping and one of its desa. */
    static final Regions REGIONS = new Regions() {
        final List<Region> all = List.of(
                new Region("36", "36", "Banten", 1, null, null),
                new Region("36.02", "3602", "Kabupaten Lebak", 2, "kabupaten", "36"),
                new Region("36.02.01", "360201", "Malingping", 3, null, "36.02"),
                new Region("36.02.01.2002", "3602012002", "Cilangkahan", 4, "desa", "36.02.01"));

        @Override
        public Optional<Region> find(String code) {
            String dotted = Regions.toDotted(code);
            return all.stream().filter(r -> r.code().equals(dotted)).findFirst();
        }

        @Override
        public List<Region> children(String parentCode) {
            return all.stream().filter(r -> Regions.toDotted(parentCode).equals(r.parentCode())).toList();
        }

        @Override
        public List<Region> path(String code) {
            return List.of();
        }

        @Override
        public Region province() {
            return all.get(0);
        }
    };

    final RegistryValidator validator = new RegistryValidator(REGIONS,
            Clock.fixed(TODAY.atTime(10, 0).atZone(JAKARTA).toInstant(), JAKARTA));

    static final LocalDate BORN = LocalDate.of(1985, 3, 7);
    /** A man born 7 March 1985, registered in Malingping. */
    static final String NIK_MAN = "3602010703850001";
    /** A woman born 7 March 1985 (day + 40). */
    static final String NIK_WOMAN = "3602014703850002";

    static PersonData man() {
        return PersonData.of(NIK_MAN, "UJANG", Sex.L, "LEBAK", BORN);
    }

    static PersonData with(PersonData p, String nik, Sex sex, LocalDate born) {
        return new PersonData(nik, p.nama(), sex, p.tempatLahir(), born, p.namaIbuKandung(), p.pendidikanTerakhir(),
                p.jenjangSekolah(), p.statusKawin(), p.hamil(), p.hpl(), p.disabilitas(), p.pekerjaan(),
                p.penghasilanBulanan(), p.tanggalMeninggal());
    }

    static PersonData full(String nama, Sex sex, boolean hamil, LocalDate hpl, Long income, LocalDate died) {
        return new PersonData(sex == Sex.P ? NIK_WOMAN : NIK_MAN, nama, sex, "LEBAK", BORN, null, null, null, null,
                hamil, hpl, null, null, income, died);
    }

    List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    List<String> personCodes(PersonData p) {
        return codes(validator.person(p, "", true));
    }

    @Test
    void aValidPersonHasNoViolations() {
        assertThat(validator.person(man(), "", true)).isEmpty();
        assertThat(validator.person(with(man(), NIK_WOMAN, Sex.P, BORN), "", true)).isEmpty();
    }

    @Test
    void requiredFieldsAreNamed() {
        PersonData empty = new PersonData(null, " ", null, null, null, null, null, null, null, false, null, null, null,
                null, null);
        assertThat(validator.person(empty, "p.", true))
                .extracting(Violation::code, Violation::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("REQUIRED", "p.nik"),
                        org.assertj.core.groups.Tuple.tuple("REQUIRED", "p.nama"),
                        org.assertj.core.groups.Tuple.tuple("REQUIRED", "p.jenisKelamin"),
                        org.assertj.core.groups.Tuple.tuple("REQUIRED", "p.tanggalLahir"));
        // intake records may lack a NIK
        assertThat(codes(validator.person(with(man(), null, Sex.L, BORN), "", false))).isEmpty();
    }

    @Test
    void nikFormat() {
        assertThat(personCodes(with(man(), "360201070385001", Sex.L, BORN))).containsExactly("NIK_FORMAT");
        assertThat(personCodes(with(man(), "36020107038500A1", Sex.L, BORN))).containsExactly("NIK_FORMAT");
        assertThat(personCodes(with(man(), "3602010703850000", Sex.L, BORN))).containsExactly("NIK_FORMAT");
    }

    @Test
    void nikDatePartMustBeARealDate() {
        assertThat(personCodes(with(man(), "3602013203850001", Sex.L, BORN))).containsExactly("NIK_DATE_INVALID");
        assertThat(personCodes(with(man(), "3602017203850001", Sex.P, BORN))).containsExactly("NIK_DATE_INVALID");
        assertThat(personCodes(with(man(), "3602011313850001", Sex.L, BORN))).containsExactly("NIK_DATE_INVALID");
        assertThat(personCodes(with(man(), "3602013102850001", Sex.L, BORN))).containsExactly("NIK_DATE_INVALID");
        // 29 February exists in 2000 (and 1900 is no leap year, but 2000 is): valid
        LocalDate leap = LocalDate.of(2000, 2, 29);
        assertThat(personCodes(with(man(), "3602012902000001", Sex.L, leap))).isEmpty();
        // 29 February 2001/1901: never a leap year
        assertThat(personCodes(with(man(), "3602012902010001", Sex.L, LocalDate.of(2001, 3, 1)))).containsExactly("NIK_DATE_INVALID");
    }

    @Test
    void nikDisagreeingWithBirthDateOrSexWarns() {
        List<Violation> birth = validator.person(with(man(), NIK_MAN, Sex.L, BORN.plusYears(1)), "", true);
        assertThat(birth).extracting(Violation::code).containsExactly("NIK_BIRTHDATE_MISMATCH");
        assertThat(birth.get(0).isError()).isFalse();

        List<Violation> sex = validator.person(with(man(), NIK_MAN, Sex.P, BORN), "", true);
        assertThat(sex).extracting(Violation::code).containsExactly("NIK_SEX_MISMATCH");
        assertThat(sex.get(0).severity()).isEqualTo(Violation.Severity.WARNING);
        assertThat(personCodes(with(man(), NIK_WOMAN, Sex.L, BORN))).containsExactly("NIK_SEX_MISMATCH");
    }

    @Test
    void unknownKecamatanInNikOrKkWarns() {
        List<Violation> v = validator.person(with(man(), "3699010703850001", Sex.L, BORN), "", true);
        assertThat(v).extracting(Violation::code).containsExactly("NIK_REGION_UNKNOWN");
        assertThat(v.get(0).isError()).isFalse();
        assertThat(v.get(0).args()).containsExactly("369901");

        List<Violation> kk = validator.household(household("3699010101200001"), "");
        assertThat(kk).extracting(Violation::code).containsExactly("KK_REGION_UNKNOWN");
        assertThat(kk.get(0).isError()).isFalse();
    }

    @Test
    void datesInTheFutureOrImplausibleAreRejected() {
        assertThat(personCodes(with(man(), NIK_MAN, Sex.L, TODAY.plusDays(1)))).contains("BIRTHDATE_FUTURE");
        assertThat(personCodes(with(man(), NIK_MAN, Sex.L, LocalDate.of(1899, 12, 31)))).contains("BIRTHDATE_IMPLAUSIBLE");
        assertThat(personCodes(full("UJANG", Sex.L, false, null, null, TODAY.plusDays(1)))).containsExactly("DEATHDATE_FUTURE");
        assertThat(personCodes(full("UJANG", Sex.L, false, null, null, BORN.minusDays(1)))).containsExactly("DEATHDATE_BEFORE_BIRTH");
        assertThat(personCodes(full("UJANG", Sex.L, false, null, null, TODAY))).isEmpty();
    }

    @Test
    void pregnancyAndHpl() {
        assertThat(personCodes(full("UJANG", Sex.L, true, null, null, null))).containsExactly("PREGNANCY_NOT_FEMALE");
        assertThat(personCodes(full("SITI", Sex.P, false, TODAY.plusMonths(3), null, null))).containsExactly("HPL_NOT_PREGNANT");
        assertThat(personCodes(full("SITI", Sex.P, true, TODAY.plusMonths(11), null, null))).containsExactly("HPL_OUT_OF_RANGE");
        assertThat(personCodes(full("SITI", Sex.P, true, TODAY.minusMonths(2), null, null))).containsExactly("HPL_OUT_OF_RANGE");
        assertThat(personCodes(full("SITI", Sex.P, true, TODAY.plusMonths(3), null, null))).isEmpty();
    }

    @Test
    void moneyAndLengths() {
        assertThat(personCodes(full("UJANG", Sex.L, false, null, -1L, null))).containsExactly("VALUE_NEGATIVE");
        assertThat(personCodes(full("UJANG", Sex.L, false, null, 0L, null))).isEmpty();
        assertThat(personCodes(full("U".repeat(201), Sex.L, false, null, null, null))).containsExactly("TOO_LONG");
    }

    static HouseholdData household(String noKk) {
        return new HouseholdData(noKk, "3602012002", "KP. CILANGKAHAN", "003", "1", null);
    }

    @Test
    void householdRules() {
        assertThat(validator.household(household("3602010101200001"), "")).isEmpty();
        assertThat(codes(validator.household(household(null), ""))).containsExactly("REQUIRED");
        assertThat(codes(validator.household(household("36020101012000"), ""))).containsExactly("KK_FORMAT");
        assertThat(codes(validator.household(new HouseholdData("3602010101200001", "36.02.01", "X", null, null, null), "")))
                .containsExactly("REGION_NOT_DESA");
        assertThat(codes(validator.household(new HouseholdData("3602010101200001", "36.99.99.9999", "X", null, null, null), "")))
                .containsExactly("REGION_UNKNOWN");
        assertThat(codes(validator.household(new HouseholdData("3602010101200001", null, " ", "1234", "a", null), "")))
                .containsExactly("REQUIRED", "REQUIRED", "RT_FORMAT", "RW_FORMAT");
        Welfare w = new Welfare(null, 200_000, null, null, null, null, null, -450, null, null, null, -1, null, null, null,
                null, null);
        assertThat(validator.household(new HouseholdData("3602010101200001", "3602012002", "X", null, null, w), "h."))
                .extracting(Violation::code, Violation::field).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("VALUE_TOO_LARGE", "h.welfare.luasLantaiM2"),
                        org.assertj.core.groups.Tuple.tuple("VALUE_NEGATIVE", "h.welfare.dayaListrikVa"),
                        org.assertj.core.groups.Tuple.tuple("VALUE_NEGATIVE", "h.welfare.asetTernak"));
    }

    @Test
    void aFamilyHasExactlyOneHeadAndNoNikTwice() {
        NewMember head = new NewMember(Relationship.KEPALA_KELUARGA, man());
        NewMember wife = new NewMember(Relationship.ISTRI, with(man(), NIK_WOMAN, Sex.P, BORN));
        assertThat(validator.members(List.of(head, wife))).isEmpty();
        assertThat(codes(validator.members(List.of(wife)))).containsExactly("HEAD_COUNT");
        assertThat(codes(validator.members(List.of()))).containsExactly("HEAD_COUNT");
        assertThat(codes(validator.members(List.of(head, new NewMember(Relationship.KEPALA_KELUARGA, wife.person())))))
                .containsExactly("HEAD_COUNT");
        assertThat(validator.members(List.of(head, new NewMember(Relationship.ANAK, man()))))
                .extracting(Violation::code, Violation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NIK_DUPLICATE", "members[1].person.nik"));
        assertThat(validator.members(List.of(head, new NewMember(null, wife.person()))))
                .extracting(Violation::code, Violation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REQUIRED", "members[1].hubungan"));
        NewMember deadChild = new NewMember(Relationship.ANAK, full("ALM", Sex.P, false, null, null, TODAY.minusDays(3)));
        assertThat(codes(validator.members(List.of(head, deadChild)))).containsExactly("PERSON_DECEASED");
    }

    @Test
    void everyCodeHasAMessageInBothLanguages() throws Exception {
        List<String> codes = new ArrayList<>();
        for (Field f : RegistryCodes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                codes.add((String) f.get(null));
            }
        }
        assertThat(codes).hasSizeGreaterThan(30);
        for (String bundle : Arrays.asList("messages_id.properties", "messages_en.properties")) {
            Properties p = new Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(codes).allSatisfy(code -> assertThat(p.getProperty("error." + code)).as(bundle + " " + code).isNotBlank());
        }
    }
}
