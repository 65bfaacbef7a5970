package id.jaring.registry;

import java.time.LocalDate;

/**
 * Adds a member to a family: either a new person ({@code newPerson}) or an existing one
 * ({@code existingPersonId}) moving in, whose current membership elsewhere ends the day before
 * ({@code since - 1}, reason PINDAH). Exactly one of the two is given.
 *
 * @param since first day of the membership; null = today
 */
public record AddMember(long householdId, Relationship hubungan, PersonData newPerson, Long existingPersonId,
        LocalDate since, boolean confirmWarnings) {

    public static AddMember newPerson(long householdId, Relationship hubungan, PersonData person, LocalDate since,
            boolean confirmWarnings) {
        return new AddMember(householdId, hubungan, person, null, since, confirmWarnings);
    }

    public static AddMember existingPerson(long householdId, Relationship hubungan, long personId, LocalDate since) {
        return new AddMember(householdId, hubungan, null, personId, since, false);
    }
}
