package id.jaring.registry;

/** Degree of disability; BERAT (severe) is a benefit component. */
public enum Disability {
    TIDAK_ADA, RINGAN, SEDANG, BERAT
}
