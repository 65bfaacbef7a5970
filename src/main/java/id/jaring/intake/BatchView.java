package id.jaring.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An import batch as the operator and the data steward see it: what was sent, by whom, where it
 * stands, how far the background work is ({@code rowsDone} of about {@code rowsTotal}, in
 * {@code phase}), and the counts of the report and the commit.
 *
 * @param header the file's header cells (empty until the file was opened)
 * @param mapping header cell -> canonical column ("" keeps the column as a source attribute)
 */
public record BatchView(long id, String agencyCode, String purpose, String uploadedBy, String fileName,
        String contentSha256, long sizeBytes, String format, String encoding, BatchStatus status, String failureCode,
        String phase, long rowsTotal, long rowsDone, Counts counts, List<String> header, Map<String, String> mapping,
        Instant createdAt, Instant validatedAt, Instant committedAt, String committedBy) {

    /** Valid and rejected rows, rows with warnings, and what the commit did. */
    public record Counts(long valid, long rejected, long warnings, long created, long updated, long unchanged,
            long conflicts) {
    }

    /** Percent of the current work done, 0..100, for the progress bar. */
    public int percent() {
        if (status == BatchStatus.VALIDATED || status.isFinal()) {
            return 100;
        }
        return rowsTotal <= 0 ? 0 : (int) Math.min(99, rowsDone * 100 / rowsTotal);
    }

    /** Background work is queued or running on this batch. */
    public boolean busy() {
        return phase != null;
    }
}
