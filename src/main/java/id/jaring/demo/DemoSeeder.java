package id.jaring.demo;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.jaring.access.Role;
import id.jaring.access.Scope;
import id.jaring.access.SystemActor;
import id.jaring.access.UserProvisioning;
import id.jaring.registry.BulkLoadResult;
import id.jaring.registry.RegistryBulkLoad;
import id.jaring.registry.RegistrySearch;
import id.jaring.synth.GeneratorSettings;

/**
 * With {@code --demo} (or {@code jaring.demo.enabled=true}): on a registry without families,
 * loads a synthetic Banten population; ranks the families and gives the preloaded programmes their
 * rules when they lack them ({@link DemoTargeting}); and makes sure one demo user per role exists.
 * Runs after the initial administrator is created.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoSeeder implements ApplicationRunner {

    /** The demo users: one per role, the kab/kota operator and the pendamping in Kabupaten Lebak. */
    static final List<DemoUser> USERS = List.of(
            new DemoUser("demo.admin", "Admin Demo", Role.ADMIN, Scope.PROVINCE),
            new DemoUser("demo.steward", "Pengelola Data Dinsos", Role.DATA_STEWARD, Scope.PROVINCE),
            new DemoUser("demo.opd", "Operator Dinas Sosial", Role.OPERATOR_OPD, new Scope("DINSOS", null)),
            new DemoUser("demo.lebak", "Operator Kabupaten Lebak", Role.OPERATOR_KABKOTA, new Scope(null, "36.02")),
            new DemoUser("demo.pendamping", "Pendamping Kec. Malingping", Role.PENDAMPING, new Scope(null, "36.02.01")),
            new DemoUser("demo.pimpinan", "Pimpinan Daerah", Role.PIMPINAN, Scope.PROVINCE),
            new DemoUser("demo.auditor", "Auditor Inspektorat", Role.AUDITOR, Scope.PROVINCE));

    record DemoUser(String username, String displayName, Role role, Scope scope) {
    }

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    private static final int BATCH_FAMILIES = 5_000;

    private final UserProvisioning users;
    private final RegistryBulkLoad bulkLoad;
    private final RegistrySearch search;
    private final DemoTargeting targeting;
    private final boolean enabled;
    private final long persons;
    private final long seed;
    private final String configuredPassword;
    private final PrintStream console = System.out;

    DemoSeeder(UserProvisioning users, RegistryBulkLoad bulkLoad, RegistrySearch search, DemoTargeting targeting,
            @Value("${jaring.demo.enabled:false}") boolean enabled,
            @Value("${jaring.demo.persons:76000}") long persons,
            @Value("${jaring.demo.seed:20260101}") long seed,
            @Value("${jaring.demo.password:}") String configuredPassword) {
        this.users = users;
        this.bulkLoad = bulkLoad;
        this.search = search;
        this.targeting = targeting;
        this.enabled = enabled;
        this.persons = persons;
        this.seed = seed;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled || args.containsOption("demo")) {
            SystemActor.run(this::seed);
        }
    }

    private void seed() {
        if (search.households(null, null, 1).items().isEmpty()) {
            log.info("Demo: loading a synthetic population of {} people", persons);
            BulkLoadResult result = bulkLoad.load(SyntheticFamilies.of(GeneratorSettings.of(persons, seed)), BATCH_FAMILIES);
            log.info("Demo: loaded {} families and {} people in {} s", result.households(), result.persons(),
                    result.took().toSeconds());
        }
        targeting.prepare();
        boolean firstTime = !users.userExists(USERS.get(0).username());
        String password = configuredPassword.isBlank() ? generatedPassword() : configuredPassword;
        USERS.forEach(u -> users.ensureUser(u.username(), u.displayName(), password, u.role(), u.scope()));
        printUsers(firstTime ? password : null);
    }

    private void printUsers(String password) {
        String line = "=".repeat(72);
        console.println(line);
        console.println("  JARING demo users (one per role):");
        USERS.forEach(u -> console.printf("    %-16s %s%n", u.username(), u.role()));
        if (password != null) {
            console.println("  Password of every demo user: " + password);
            console.println("  Shown only now (set JARING_DEMO_PASSWORD before the first start to choose it).");
        } else {
            console.println("  Their password was shown at the first demo start (or is JARING_DEMO_PASSWORD).");
        }
        console.println(line);
    }

    private static String generatedPassword() {
        final String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

}
