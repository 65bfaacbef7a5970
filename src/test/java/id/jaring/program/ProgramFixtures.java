package id.jaring.program;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;

import id.jaring.access.CurrentUser;
import id.jaring.access.Role;
import id.jaring.access.Scope;
import id.jaring.support.TestUsers;

/** Programmes with unique codes and users with their own ids, for tests that share one database. */
public final class ProgramFixtures {

    public static final Authentication STEWARD = TestUsers.as(Role.DATA_STEWARD, null);

    /**
     * Desa of their own for the enrolment tests' families (Sawarna, Lebak; Cigoong, Kota Serang), so
     * that the many families they register do not crowd other tests' pages of the registry fixtures' desa.
     */
    public static final String LEBAK_KEC = "360203";
    public static final String LEBAK_DESA = "36.02.03.2002";
    public static final String SERANG_KEC = "367303";
    public static final String SERANG_DESA = "36.73.03.1002";

    private ProgramFixtures() {
    }

    public static String uniqueCode(String prefix) {
        return (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)).toUpperCase(Locale.ROOT);
    }

    /** A running programme of DINSOS (from 1 Jan 2026, open-ended, 60 months, cap 4, re-entry after 24 months, automatic exits proposed). */
    public static ProgrammeData running(String code) {
        return new ProgrammeData(code, "Program uji " + code, "DINSOS", LocalDate.of(2026, 1, 1), null, 60, 4,
                ProgrammeStatus.AKTIF, 24, AutomaticExits.USULAN);
    }

    /** A user with an id of its own (maker-checker tells users apart by id). */
    public static Authentication user(long id, Role role, String agency, String region) {
        return TestUsers.as(new CurrentUser(id, "user" + id, role, new Scope(agency, region)));
    }

    public static <T> T as(Authentication who, Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        TestUsers.runAs(who, () -> result.set(action.get()));
        return result.get();
    }

    /** A running DINSOS programme with the given quotas (pairs of kab/kota code and quota). */
    public static Programme programmeWithQuotas(Programmes programmes, Quotas quotas, Object... kabAndQuota) {
        return as(STEWARD, () -> {
            Programme p = programmes.create(running(uniqueCode("T")));
            for (int i = 0; i < kabAndQuota.length; i += 2) {
                quotas.set(p.code(), (String) kabAndQuota[i], (Integer) kabAndQuota[i + 1]);
            }
            return p;
        });
    }
}
