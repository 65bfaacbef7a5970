package id.jaring.registry;

import java.time.LocalDate;

/** One period of a person's belonging to a family; {@code validTo} null = current. */
public record MembershipView(long id, long householdId, String noKk, long personId, String nama,
        Relationship hubungan, LocalDate validFrom, LocalDate validTo, MembershipEnd endReason) {

    public boolean current() {
        return validTo == null;
    }
}
