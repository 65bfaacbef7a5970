package id.jaring.audit;

import java.util.List;
import java.util.Map;

/**
 * Writes audit events. Must be called inside the transaction that makes the change, so that the
 * change and its record commit or roll back together. The actor is the authenticated user of
 * the current thread, or {@code system} for batch work.
 *
 * <p>States are flat maps of field name to value; they must not be written to logs.
 */
public interface AuditLog {

    /** A record was created, changed or removed; {@code before} is null for a creation. */
    void recordChange(AuditAction action, EntityRef entity, String kabKotaCode,
            Map<String, ?> before, Map<String, ?> after, String detail);

    /** Someone looked at a person's full record (or another piece of personal data). */
    void recordRead(EntityRef entity, String kabKotaCode, String detail);

    /**
     * Many events of one piece of batch work at once (e.g. the daily job's proposals), written in
     * batches, inside the caller's transaction; the same rows as one call per event.
     */
    void recordAll(List<Event> events);

    /** One event of {@link #recordAll}: a change (before null for a creation) or a READ (no states). */
    record Event(AuditAction action, EntityRef entity, String kabKotaCode, Map<String, ?> before, Map<String, ?> after,
            String detail) {

        public static Event read(EntityRef entity, String kabKotaCode, String detail) {
            return new Event(AuditAction.READ, entity, kabKotaCode, null, null, detail);
        }

        public static Event created(EntityRef entity, String kabKotaCode, Map<String, ?> after, String detail) {
            return new Event(AuditAction.CREATE, entity, kabKotaCode, null, after, detail);
        }
    }
}
