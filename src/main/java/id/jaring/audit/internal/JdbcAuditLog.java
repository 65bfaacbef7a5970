package id.jaring.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditEntry;
import id.jaring.audit.AuditLog;
import id.jaring.audit.AuditQuery;
import id.jaring.audit.AuditTrail;
import id.jaring.audit.EntityRef;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Component
class JdbcAuditLog implements AuditLog, AuditTrail {

    private static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = JsonMapper.builder().findAndAddModules().build();
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(AuditAction action, EntityRef entity, String kabKotaCode,
            Map<String, ?> before, Map<String, ?> after, String detail) {
        insert(action, entity, kabKotaCode, before, after, detail);
    }

    @Override
    @Transactional
    public void recordRead(EntityRef entity, String kabKotaCode, String detail) {
        insert(AuditAction.READ, entity, kabKotaCode, null, null, detail);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<Event> events) {
        Timestamp at = Timestamp.from(clock.instant());
        String actor = currentActor();
        for (int from = 0; from < events.size(); from += BATCH) {
            SqlParameterSource[] rows = events.subList(from, Math.min(events.size(), from + BATCH)).stream()
                    .map(e -> new MapSqlParameterSource(params(at, actor, e.action(), e.entity(), e.kabKotaCode(), e.before(),
                            e.after(), e.detail())))
                    .toArray(SqlParameterSource[]::new);
            batch.batchUpdate(INSERT, rows);
        }
    }

    private static final int BATCH = 1_000;
    private static final String INSERT = """
            insert into audit_event (occurred_at, actor, action, entity_type, entity_id, kabkota_code,
                                     before_state, after_state, detail)
            values (:at, :actor, :action, :type, :id, :kabkota, cast(:before as jsonb), cast(:after as jsonb), :detail)
            """;

    private void insert(AuditAction action, EntityRef entity, String kabKotaCode,
            Map<String, ?> before, Map<String, ?> after, String detail) {
        jdbc.sql(INSERT).params(params(Timestamp.from(clock.instant()), currentActor(), action, entity, kabKotaCode, before,
                after, detail)).update();
    }

    private Map<String, Object> params(Timestamp at, String actor, AuditAction action, EntityRef entity, String kabKotaCode,
            Map<String, ?> before, Map<String, ?> after, String detail) {
        Map<String, Object> m = new HashMap<>();
        m.put("at", at);
        m.put("actor", actor);
        m.put("action", action.name());
        m.put("type", entity.type());
        m.put("id", entity.id());
        m.put("kabkota", kabKotaCode);
        m.put("before", toJson(before));
        m.put("after", toJson(after));
        m.put("detail", detail);
        return m;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> history(EntityRef entity) {
        return history(entity.type(), List.of(entity.id()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String entityType, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, occurred_at, actor, action, entity_type, entity_id, before_state, after_state, detail
                from audit_event where entity_type = :type and entity_id in (:ids) order by id
                """)
                .param("type", entityType)
                .param("ids", ids)
                .query(this::entry)
                .list();
    }

    private AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"), AuditAction.valueOf(rs.getString("action")),
                new EntityRef(rs.getString("entity_type"), rs.getString("entity_id")),
                fromJson(rs.getString("before_state")), fromJson(rs.getString("after_state")),
                rs.getString("detail"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, String kabKotaCode, Long beforeId, int size) {
        ZoneId zone = clock.getZone();
        return jdbc.sql("""
                select id, occurred_at, actor, action, entity_type, entity_id, before_state, after_state, detail
                from audit_event
                where (cast(:before as bigint) is null or id < :before)
                  and (cast(:kab as text) is null or kabkota_code = :kab)
                  and (cast(:type as text) is null or entity_type = :type)
                  and (cast(:entityId as text) is null or entity_id = :entityId)
                  and (cast(:actor as text) is null or actor = :actor)
                  and (cast(:action as text) is null or action = :action)
                  and (cast(:from as timestamptz) is null or occurred_at >= :from)
                  and (cast(:to as timestamptz) is null or occurred_at < :to)
                order by id desc
                limit :size
                """)
                .param("before", beforeId)
                .param("kab", kabKotaCode)
                .param("type", blankToNull(query.entityType()))
                .param("entityId", blankToNull(query.entityId()))
                .param("actor", blankToNull(query.actor()))
                .param("action", query.action() == null ? null : query.action().name())
                .param("from", query.from() == null ? null : Timestamp.from(query.from().atStartOfDay(zone).toInstant()))
                .param("to", query.to() == null ? null : Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant()))
                .param("size", Math.max(1, Math.min(size, 200)))
                .query(this::entry)
                .list();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

    private String toJson(Map<String, ?> state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private Map<String, Object> fromJson(String text) {
        return text == null ? null : json.readValue(text, STATE);
    }
}
