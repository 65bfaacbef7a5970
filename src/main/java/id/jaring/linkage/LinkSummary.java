package id.jaring.linkage;

/**
 * What the linkage of an intake batch found.
 *
 * @param rows    the batch's valid rows
 * @param known   rows whose person the merge finds itself (a NIK already in the registry, the agency's record id)
 * @param matched rows linked to a registry person by the linkage
 * @param review  rows committed as new persons and proposed to the data steward with a registry person
 * @param millis  how long the linkage took
 */
public record LinkSummary(long batchId, long rows, long known, long matched, long review, long millis) {

    /** Rows that will update a person already in the registry. */
    public long matchingKnownPersons() {
        return known + matched;
    }
}
