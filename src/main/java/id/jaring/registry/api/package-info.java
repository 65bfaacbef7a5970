/** REST API of the registry under {@code /api/v1}: regions with counts, households, persons. */
package id.jaring.registry.api;
