package id.jaring.enrollment.readiness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.platform.NotFoundException;
import id.jaring.targeting.Eligibility;
import id.jaring.targeting.FamilySnapshot;

/**
 * One KPM family's readiness with every indicator's value and points, computed in Java
 * ({@link ReadinessRules}) as of today with the active version. For roles that read personal data;
 * the family must be a KPM in the caller's reach (404 otherwise); the family is read once through
 * {@link Eligibility#family(long, String)} (region scope, audited as a READ of the household).
 */
@Service
public class FamilyReadiness {

    private final ReadinessGuard guard;
    private final KpmFamilies families;
    private final Eligibility eligibility;
    private final FieldAssessments assessments;
    private final ReadinessSets sets;
    private final ReadinessReads reads;
    private final Clock clock;

    FamilyReadiness(ReadinessGuard guard, KpmFamilies families, Eligibility eligibility, FieldAssessments assessments,
            ReadinessSets sets, ReadinessReads reads, Clock clock) {
        this.guard = guard;
        this.families = families;
        this.eligibility = eligibility;
        this.assessments = assessments;
        this.sets = sets;
        this.reads = reads;
        this.clock = clock;
    }

    @Transactional
    public FamilyReadinessView of(long householdId) {
        CurrentUser user = guard.reader();
        KpmFamily kpm = families.find(householdId, user).orElseThrow(() -> new NotFoundException("household"));
        FamilySnapshot family = eligibility.family(householdId, "graduation readiness");
        List<FieldAssessment> history = assessments.all(householdId);
        FieldAssessment latest = history.isEmpty() ? null : history.get(0);
        ReadinessExplanation explanation = ReadinessRules.explain(family, latest, sets.active(), LocalDate.now(clock));
        return new FamilyReadinessView(kpm, explanation, latest, reads.ofFamily(householdId, user), history);
    }

    /**
     * The readiness of a family the caller has already read (and audited), as of the given date,
     * under the active version and the family's latest field assessment: the evidence a graduation
     * proposal keeps.
     */
    public ReadinessExplanation explain(FamilySnapshot family, LocalDate asOf) {
        return ReadinessRules.explain(family, assessments.latest(family.householdId()).orElse(null), sets.active(), asOf);
    }
}
