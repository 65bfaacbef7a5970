/** REST API of the program module under {@code /api/v1}: agencies, programmes, components, quotas. */
package id.jaring.program.api;
