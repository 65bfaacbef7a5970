package id.jaring.registry;

import java.time.Instant;

/**
 * A person's full record (reading it is audited). {@code householdId}, {@code noKk} and
 * {@code hubungan} describe the current membership and are null when there is none.
 * {@code mergedInto}: this record was merged into that person (the survivor, see
 * {@link PersonMerging}); null for a record of its own.
 */
public record PersonView(long id, long version, PersonData data, String kabKotaCode, String desaCode,
        Long householdId, String noKk, Relationship hubungan, Instant createdAt, Instant updatedAt, Long mergedInto) {

    public boolean merged() {
        return mergedInto != null;
    }

    public boolean alive() {
        return data.tanggalMeninggal() == null;
    }
}
