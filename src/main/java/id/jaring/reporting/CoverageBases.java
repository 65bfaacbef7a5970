package id.jaring.reporting;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import id.jaring.access.CurrentUser;
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

    /** @throws id.jaring.platform.NotFoundException when the programme is unknown or out of the caller's reach */
    CoverageBasis of(CurrentUser user, String programmeCode) {
        Programme programme = guard.programme(user, programmeCode);
        LocalDate today = LocalDate.now(clock);
        ProgrammeRule rule = rules.inForce(programme.code()).orElse(null);
        return new CoverageBasis(user, programme, rule, rule == null ? null
                : eligibility.eligibleHouseholds(checker.check(rule.text()), user.scope(), today), today);
    }
}
