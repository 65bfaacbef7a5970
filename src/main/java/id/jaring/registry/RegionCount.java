package id.jaring.registry;

/**
 * A region with the number of active families and of their current members. Counts are null
 * for a region outside the caller's scope; inside it they count only what the caller may see.
 */
public record RegionCount(String code, String name, int level, String subtype, Long households, Long persons) {
}
