package id.jaring.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * One family for {@link RegistryBulkLoad}: its data, its members (the first KEPALA KELUARGA is the
 * head) and the date their membership starts. Members may lack a NIK.
 */
public record BulkFamily(HouseholdData household, List<NewMember> members, LocalDate since) {

    public BulkFamily {
        members = List.copyOf(members);
    }
}
