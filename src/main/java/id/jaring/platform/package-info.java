/**
 * Technical ground shared by every module: the database (embedded PostgreSQL when none is
 * configured), the clock, and the shape of validation errors and their HTTP rendering.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.jaring.platform;
