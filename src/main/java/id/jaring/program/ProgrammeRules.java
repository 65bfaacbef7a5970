package id.jaring.program;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.access.CurrentUser;
import id.jaring.targeting.Eligibility;
import id.jaring.targeting.EligibilityPreview;
import id.jaring.targeting.EligibilityRules;

/**
 * The eligibility rule of each programme, versioned: every save appends a version (the latest is in
 * force), checked by {@link EligibilityRules#check} first (RULE_* codes with line and column).
 * Everyone logged in reads; those who may manage the programme (DATA_STEWARD, ADMIN, OPERATOR_OPD of
 * the owner agency) save. Each save is audited (entity PROGRAMME_RULE, before/after).
 */
@Service
public class ProgrammeRules {

    static final int NOTE_MAX = 500;

    private final ProgramGuard guard;
    private final ProgrammeRows programmes;
    private final ProgrammeRuleRows rows;
    private final EligibilityRules rules;
    private final Eligibility eligibility;
    private final AuditLog audit;
    private final Clock clock;

    ProgrammeRules(ProgramGuard guard, ProgrammeRows programmes, ProgrammeRuleRows rows, EligibilityRules rules,
            Eligibility eligibility, AuditLog audit, Clock clock) {
        this.guard = guard;
        this.programmes = programmes;
        this.rows = rows;
        this.rules = rules;
        this.eligibility = eligibility;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rule in force (the latest version); empty when the programme has none. */
    @Transactional(readOnly = true)
    public Optional<ProgrammeRule> inForce(String programmeCode) {
        guard.reader();
        return rows.latest(programme(programmeCode).id());
    }

    /** The rule in force of every programme that has one, by programme code (one query). */
    @Transactional(readOnly = true)
    public Map<String, ProgrammeRule> inForce() {
        guard.reader();
        return rows.latestOfEach().stream().collect(Collectors.toMap(ProgrammeRule::programmeCode, r -> r));
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<ProgrammeRule> versions(String programmeCode) {
        guard.reader();
        return rows.all(programme(programmeCode).id());
    }

    /**
     * What the rule would select, in the caller's scope (counts only), before saving it.
     *
     * @throws ValidationFailedException with the rule's RULE_* codes when it does not parse
     */
    @Transactional(readOnly = true)
    public EligibilityPreview preview(String programmeCode, String text) {
        guard.reader();
        programme(programmeCode);
        return eligibility.preview(text);
    }

    /** Saves a new version, which is in force from now on. */
    @Transactional
    public ProgrammeRule save(String programmeCode, SaveRule command) {
        Programme programme = programme(programmeCode);
        CurrentUser user = guard.manager(programme);
        String text = command.text() == null ? "" : command.text().strip();
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        if (note != null && note.length() > NOTE_MAX) {
            throw new ValidationFailedException(Violation.error(ProgramCodes.TOO_LONG, "note", NOTE_MAX));
        }
        rules.check(text);
        Optional<ProgrammeRule> before = rows.latest(programme.id());
        rows.append(programme.id(), text, note, user, clock.instant());
        ProgrammeRule after = rows.latest(programme.id()).orElseThrow();
        audit.recordChange(before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE,
                EntityRef.of("PROGRAMME_RULE", programme.id()), null, before.map(ProgrammeRules::state).orElse(null),
                state(after), "rule version " + after.version());
        return after;
    }

    private Programme programme(String code) {
        return (code == null ? Optional.<Programme>empty() : programmes.find(code))
                .orElseThrow(() -> new NotFoundException("programme"));
    }

    private static Map<String, Object> state(ProgrammeRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("programme", r.programmeCode());
        m.put("version", r.version());
        m.put("rule", r.text());
        m.put("note", r.note());
        return m;
    }
}
