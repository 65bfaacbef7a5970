package id.jaring.registry;

/** A person joining a family, with their relationship to its head. */
public record NewMember(Relationship hubungan, PersonData person) {
}
