package id.jaring.registry;

import java.time.Instant;
import java.util.List;

/**
 * Sources disagreeing on one attribute of one person: the candidates best first (by source
 * priority), the status OPEN or DECIDED, and the steward's choice once decided.
 */
public record ConflictView(long id, long personId, String personName, String attribute, String status,
        List<Candidate> candidates, String chosenValue, String decidedBy, Instant updatedAt, String kabKotaCode) {

    /** One source's value, with its origin. */
    public record Candidate(String agency, String value, long batchId, long rowNumber) {
    }
}
