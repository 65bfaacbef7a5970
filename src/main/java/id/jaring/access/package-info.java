/**
 * Users, roles, scopes (agency and region), API tokens and login. Other modules ask
 * {@link id.jaring.access.CurrentUsers} who is acting and check the {@link id.jaring.access.Scope}
 * in their service layer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package id.jaring.access;
