package id.jaring.registry;

import static id.jaring.registry.RegistryCodes.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.jaring.platform.Violation;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/**
 * The rules of registry input that need no database beyond the region table: formats, dates,
 * plausibility, the shape of a family. Uniqueness (NIK, No. KK) and scope are checked by the
 * services. Plain Java: unit-tested without Spring.
 */
final class RegistryValidator {

    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final int MAX_NAME = 200;
    private static final int MAX_TEXT = 100;
    private static final int MAX_ADDRESS = 500;

    private final Regions regions;
    private final Clock clock;

    RegistryValidator(Regions regions, Clock clock) {
        this.regions = regions;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A family's own data; {@code prefix} is put before field names ("" or "household."). */
    List<Violation> household(HouseholdData h, String prefix) {
        List<Violation> v = new ArrayList<>();
        if (h == null) {
            v.add(Violation.error(REQUIRED, prefix.isEmpty() ? "household" : prefix.substring(0, prefix.length() - 1)));
            return v;
        }
        noKk(h.noKk(), prefix + "noKk", v);
        desa(h.desaCode(), prefix + "desaCode", v);
        if (blank(h.alamat())) {
            v.add(Violation.error(REQUIRED, prefix + "alamat", "alamat"));
        } else if (h.alamat().length() > MAX_ADDRESS) {
            v.add(Violation.error(TOO_LONG, prefix + "alamat", MAX_ADDRESS));
        }
        if (!blank(h.rt()) && !h.rt().strip().matches("\\d{1,3}")) {
            v.add(Violation.error(RT_FORMAT, prefix + "rt"));
        }
        if (!blank(h.rw()) && !h.rw().strip().matches("\\d{1,3}")) {
            v.add(Violation.error(RW_FORMAT, prefix + "rw"));
        }
        Welfare w = h.welfare();
        range(w.luasLantaiM2(), 100_000, prefix + "welfare.luasLantaiM2", v);
        range(w.dayaListrikVa(), 1_000_000, prefix + "welfare.dayaListrikVa", v);
        range(w.asetTernak(), 100_000, prefix + "welfare.asetTernak", v);
        range(w.asetMotor(), 1_000, prefix + "welfare.asetMotor", v);
        range(w.asetMobil(), 1_000, prefix + "welfare.asetMobil", v);
        range(w.asetKulkas(), 1_000, prefix + "welfare.asetKulkas", v);
        return v;
    }

    /** The members of a new family: each person, their relationship, one head, no NIK twice. */
    List<Violation> members(List<NewMember> members) {
        List<Violation> v = new ArrayList<>();
        long heads = members.stream().filter(m -> m != null && m.hubungan() == Relationship.KEPALA_KELUARGA).count();
        if (heads != 1) {
            v.add(Violation.error(HEAD_COUNT, "members", heads));
        }
        Set<String> niks = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            String prefix = "members[" + i + "].";
            NewMember m = members.get(i);
            if (m == null || m.person() == null) {
                v.add(Violation.error(REQUIRED, prefix + "person", "person"));
                continue;
            }
            if (m.hubungan() == null) {
                v.add(Violation.error(REQUIRED, prefix + "hubungan", "hubungan"));
            }
            v.addAll(person(m.person(), prefix + "person.", true));
            if (m.person().tanggalMeninggal() != null) {
                v.add(Violation.error(PERSON_DECEASED, prefix + "person.tanggalMeninggal"));
            }
            String nik = m.person().nik();
            if (!blank(nik) && !niks.add(nik.strip())) {
                v.add(Violation.error(NIK_DUPLICATE, prefix + "person.nik"));
            }
        }
        return v;
    }

    /** A person's data; {@code nikRequired} for input through the UI or the API. */
    List<Violation> person(PersonData p, String prefix, boolean nikRequired) {
        List<Violation> v = new ArrayList<>();
        if (blank(p.nik())) {
            if (nikRequired) {
                v.add(Violation.error(REQUIRED, prefix + "nik", "nik"));
            }
        } else {
            nik(p.nik().strip(), p.jenisKelamin(), p.tanggalLahir(), prefix + "nik", v);
        }
        if (blank(p.nama())) {
            v.add(Violation.error(REQUIRED, prefix + "nama", "nama"));
        }
        length(p.nama(), MAX_NAME, prefix + "nama", v);
        length(p.tempatLahir(), MAX_TEXT, prefix + "tempatLahir", v);
        length(p.namaIbuKandung(), MAX_NAME, prefix + "namaIbuKandung", v);
        length(p.pekerjaan(), MAX_TEXT, prefix + "pekerjaan", v);
        if (p.jenisKelamin() == null) {
            v.add(Violation.error(REQUIRED, prefix + "jenisKelamin", "jenisKelamin"));
        }
        LocalDate today = today();
        LocalDate born = p.tanggalLahir();
        if (born == null) {
            v.add(Violation.error(REQUIRED, prefix + "tanggalLahir", "tanggalLahir"));
        } else if (born.isAfter(today)) {
            v.add(Violation.error(BIRTHDATE_FUTURE, prefix + "tanggalLahir"));
        } else if (born.isBefore(EARLIEST_BIRTH)) {
            v.add(Violation.error(BIRTHDATE_IMPLAUSIBLE, prefix + "tanggalLahir"));
        }
        LocalDate died = p.tanggalMeninggal();
        if (died != null) {
            if (died.isAfter(today)) {
                v.add(Violation.error(DEATHDATE_FUTURE, prefix + "tanggalMeninggal"));
            } else if (born != null && died.isBefore(born)) {
                v.add(Violation.error(DEATHDATE_BEFORE_BIRTH, prefix + "tanggalMeninggal"));
            }
        }
        if (p.hamil() && p.jenisKelamin() == Sex.L) {
            v.add(Violation.error(PREGNANCY_NOT_FEMALE, prefix + "hamil"));
        }
        if (p.hpl() != null) {
            if (!p.hamil()) {
                v.add(Violation.error(HPL_NOT_PREGNANT, prefix + "hpl"));
            } else if (p.hpl().isBefore(today.minusMonths(1)) || p.hpl().isAfter(today.plusMonths(10))) {
                v.add(Violation.error(HPL_OUT_OF_RANGE, prefix + "hpl"));
            }
        }
        if (p.penghasilanBulanan() != null && p.penghasilanBulanan() < 0) {
            v.add(Violation.error(VALUE_NEGATIVE, prefix + "penghasilanBulanan"));
        }
        return v;
    }

    /** NIK rules: see {@link Nik#check}. */
    void nik(String nik, Sex sex, LocalDate born, String field, List<Violation> v) {
        Nik.check(nik, sex, born, regions, field, v);
    }

    void noKk(String noKk, String field, List<Violation> v) {
        if (blank(noKk)) {
            v.add(Violation.error(REQUIRED, field, "noKk"));
        } else {
            Nik.checkKk(noKk.strip(), regions, field, v);
        }
    }

    void desa(String code, String field, List<Violation> v) {
        if (blank(code)) {
            v.add(Violation.error(REQUIRED, field, "desaCode"));
            return;
        }
        regions.find(code.strip()).ifPresentOrElse(
                r -> {
                    if (r.level() != Region.DESA) {
                        v.add(Violation.error(REGION_NOT_DESA, field, r.code()));
                    }
                },
                () -> v.add(Violation.error(REGION_UNKNOWN, field, code)));
    }

    private static void range(Integer value, int max, String field, List<Violation> v) {
        if (value == null) {
            return;
        }
        if (value < 0) {
            v.add(Violation.error(VALUE_NEGATIVE, field));
        } else if (value > max) {
            v.add(Violation.error(VALUE_TOO_LARGE, field, max));
        }
    }

    private static void length(String text, int max, String field, List<Violation> v) {
        if (text != null && text.length() > max) {
            v.add(Violation.error(TOO_LONG, field, max));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
