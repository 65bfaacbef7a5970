package id.jaring.enrollment;

import static id.jaring.program.ProgramFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.program.Programme;
import id.jaring.program.ProgrammeRules;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.program.SaveRule;
import id.jaring.registry.Fixtures;
import id.jaring.registry.HouseholdRegistration;

/**
 * With a walk limit of two ranks, every page the walk cannot fill within it comes from the whole
 * list instead (as a strict rule in a large kab/kota would): the same families, in the same order,
 * page after page, as the walk gives.
 */
@SpringBootTest(properties = "jaring.enrollment.waiting-list-walk-limit=2")
class WaitingListWalkLimitTests {

    @Autowired WaitingList waitingList;
    @Autowired Programmes programmes;
    @Autowired ProgrammeRules rules;
    @Autowired Quotas quotas;
    @Autowired HouseholdRegistration registration;
    @Autowired JdbcClient jdbc;

    long family(int desil, String score) {
        long h = as(STEWARD, () -> registration.register(Fixtures.family(WaitingListTests.KEC, WaitingListTests.DESA,
                "KEPALA TUNGGU")).id());
        jdbc.sql("""
                insert into household_rank (household_id, kabkota_code, score, desil, weights_version, computed_at)
                values (:h, '36.02', :score, :desil, 1, now())
                """).param("h", h).param("score", new BigDecimal(score)).param("desil", desil).update();
        return h;
    }

    @Test
    void pagesTheWalkCannotFillComeFromTheWholeListInTheSameOrder() {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 10);
        as(STEWARD, () -> rules.save(p.code(), new SaveRule(WaitingListTests.RULE, null)));
        long a = family(2, "30.000");
        long b = family(1, "50.000");
        long c = family(2, "30.000");
        long d = family(2, "10.000");
        long rich = family(7, "5.000");
        Set<Long> mine = Set.of(a, b, c, d, rich);

        List<Long> paged = new ArrayList<>();
        Long after = null;
        do {
            Long from = after;
            WaitingListPage page = as(WaitingListTests.MAKER, () -> waitingList.page(p.code(), "36.02", from, 2));
            page.items().stream().map(WaitingListEntry::householdId).filter(mine::contains).forEach(paged::add);
            after = page.nextAfter();
        } while (after != null);

        assertThat(paged).containsExactly(b, d, a, c);
    }
}
