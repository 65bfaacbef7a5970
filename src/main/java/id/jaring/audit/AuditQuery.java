package id.jaring.audit;

import java.time.LocalDate;

/**
 * A search of the whole trail; every part is optional (null or blank: any).
 *
 * @param from first day (inclusive, in the application's zone)
 * @param to last day (inclusive)
 */
public record AuditQuery(String entityType, String entityId, String actor, AuditAction action, LocalDate from,
        LocalDate to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);
}
