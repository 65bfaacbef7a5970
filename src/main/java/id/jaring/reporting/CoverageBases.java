package id.jaring.reporting;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import id.jaring.access.CurrentUser;
import id.jaring.access.Scope;
import id.jaring.platform.NotFoundException;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeRule;
import id.jaring.program.ProgrammeRules;
import id.jaring.targeting.Eligibility;
import id.jaring.targeting.EligibilityRules;

/** Builds the {@link CoverageBasis} of a programme for a caller, as of the Clock's date. */
@Component
class CoverageBases {

    private final ReportGuard guard;
    private final ProgrammeRules rules;
    private final EligibilityRules checker;
    private final Eligibility eligibility;
    private final Clock clock;

    CoverageBases(ReportGuard guard, ProgrammeRules rules, EligibilityRules checker, Eligibility eligibility,
            Clock clock) {
        this.guard = guard;
        this.rules = rules;
        this.checker = checker;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    /** Over the caller's whole region. @throws NotFoundException when the programme is unknown or out of reach */
    CoverageBasis of(CurrentUser user, String programmeCode) {
        return of(user, programmeCode, null);
    }

    /**
     * Over one kab/kota of the caller's region (null: all of it); the rule's query is narrowed to it,
     * so that its member conditions visit that kab/kota's families only.
     *
     * @throws NotFoundException when the programme is unknown or out of reach, or the kab/kota lies outside the region
     */
    CoverageBasis of(CurrentUser user, String programmeCode, String kabKotaCode) {
        Programme programme = guard.programme(user, programmeCode);
        String kab = guard.kabKota(user, kabKotaCode);
        Scope region = kab == null ? user.scope() : user.scope().narrowedTo(kab);
        LocalDate today = LocalDate.now(clock);
        ProgrammeRule rule = rules.inForce(programme.code()).orElse(null);
        return new CoverageBasis(user, kab, region, programme, rule, rule == null ? null
                : eligibility.eligibleHouseholds(checker.check(rule.text()), region, today), today);
    }
}
