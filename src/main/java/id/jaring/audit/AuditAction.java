package id.jaring.audit;

/** What happened to the audited entity. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, READ, LOGIN, LOGIN_FAILED, LOCKED, GRANT, REVOKE
}
