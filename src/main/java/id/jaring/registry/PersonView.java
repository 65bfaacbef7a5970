package id.jaring.registry;

import java.time.Instant;

/**
 * A person's full record (reading it is audited). {@code householdId}, {@code noKk} and
 * {@code hubungan} describe the current membership and are null when there is none.
 */
public record PersonView(long id, long version, PersonData data, String kabKotaCode, String desaCode,
        Long householdId, String noKk, Relationship hubungan, Instant createdAt, Instant updatedAt) {

    public boolean alive() {
        return data.tanggalMeninggal() == null;
    }
}
