package id.jaring.audit;

import java.util.List;

/** Reads the trail. Callers check that the reader may see the entity before asking. */
public interface AuditTrail {

    /** Every event of one entity, oldest first. */
    List<AuditEntry> history(EntityRef entity);

    /** Every event of several entities of one type (a family and its members), oldest first. */
    List<AuditEntry> history(String entityType, List<String> ids);

    /**
     * The newest events matching the query, newest first, with ids below {@code beforeId} (null:
     * from the newest), at most {@code size} (1 to 200); only those of {@code kabKotaCode} when it is
     * not null (a regional reader: events without a kab/kota are left out too).
     */
    List<AuditEntry> search(AuditQuery query, String kabKotaCode, Long beforeId, int size);
}
