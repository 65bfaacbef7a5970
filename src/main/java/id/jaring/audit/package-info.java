/**
 * Append-only audit trail: every change to a family, person, user or role, and every read of a
 * person's full record, written in the caller's transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package id.jaring.audit;
