package id.jaring.program;

import java.time.Instant;

/**
 * One version of a programme's eligibility rule (targeting rule language, docs/rules.md). The
 * highest version is in force; versions are never changed.
 *
 * @param createdBy username of who saved it ("system" for the preload)
 */
public record ProgrammeRule(String programmeCode, int version, String text, String note, String createdBy,
        Instant createdAt) {
}
