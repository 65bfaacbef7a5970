package id.jaring.audit;

import java.time.Instant;
import java.util.Map;

/** One event of the trail, with the states before and after as field maps. */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, EntityRef entity,
        Map<String, Object> before, Map<String, Object> after, String detail) {

    /** The fields whose value differs between before and after, in a stable order. */
    public java.util.List<FieldChange> changes() {
        java.util.TreeSet<String> fields = new java.util.TreeSet<>();
        if (before != null) {
            fields.addAll(before.keySet());
        }
        if (after != null) {
            fields.addAll(after.keySet());
        }
        return fields.stream()
                .map(f -> new FieldChange(f, before == null ? null : before.get(f), after == null ? null : after.get(f)))
                .filter(c -> !java.util.Objects.equals(c.before(), c.after()))
                .toList();
    }

    public record FieldChange(String field, Object before, Object after) {
    }
}
