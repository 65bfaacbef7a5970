package id.jaring.program;

/** An agency (OPD): its code is the one users' scopes and intake batches carry. */
public record Agency(String code, String name, AgencyKind kind) {
}
