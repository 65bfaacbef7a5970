package id.jaring.registry;

/**
 * Status of a family record. Only AKTIF families hold their No. KK exclusively; PINDAH (moved out
 * of the province), DUPLIKAT (found to be another record of the same family) and BUBAR (the
 * family no longer exists, e.g. split into new KKs) keep their history.
 */
public enum HouseholdStatus {
    AKTIF, PINDAH, DUPLIKAT, BUBAR
}
