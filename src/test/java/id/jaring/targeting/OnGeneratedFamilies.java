package id.jaring.targeting;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The set-up of the SQL/Java agreement tests: families generated once per test class
 * ({@link GeneratedFamilies}, ages around a leap-day birthday at {@link #BASE}) and read back as
 * the rules see them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OnGeneratedFamilies {

    static final LocalDate BASE = LocalDate.of(2027, 2, 28);

    @Autowired JdbcClient jdbc;
    @Autowired EligibilityRules rules;
    @Autowired FamilySnapshots snapshots;

    GeneratedFamilies.Range range;
    List<FamilySnapshot> families;

    /** How many families the class generates. */
    abstract int familyCount();

    @BeforeAll
    void generate() {
        GeneratedFamilies.createHash(jdbc);
        range = GeneratedFamilies.insert(jdbc, familyCount(), BASE);
        families = snapshots.range(range.from(), range.to());
    }
}
