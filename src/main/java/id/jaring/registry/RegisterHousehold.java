package id.jaring.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * Registers a new family with its members in one go; exactly one member is the KEPALA KELUARGA.
 *
 * @param since when the members' membership starts (the KK's issue date if known); null = today
 * @param confirmWarnings the operator has seen the warnings of this input and saves anyway;
 *        without it, input with warnings is refused with {@link UnconfirmedWarningsException}
 */
public record RegisterHousehold(HouseholdData household, List<NewMember> members, LocalDate since,
        boolean confirmWarnings) {

    public RegisterHousehold {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
