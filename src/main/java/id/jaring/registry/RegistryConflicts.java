package id.jaring.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.access.Role;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data steward's list of attribute conflicts between sources, and the decision that settles
 * one: the chosen value becomes the person's golden value (audited PERSON UPDATE) and stands
 * until the sources' values change. Only a DATA_STEWARD (or ADMIN) may read and decide.
 */
@Service
public class RegistryConflicts {

    private static final TypeReference<List<Map<String, Object>>> CANDIDATES = new TypeReference<>() { };

    /** attribute -> the SQL that sets it from the text :value (a whitelist: never built from input). */
    private static final Map<String, String> SETTERS = Map.ofEntries(
            Map.entry("nama", "nama = :value"), Map.entry("jenis_kelamin", "jenis_kelamin = :value"),
            Map.entry("tempat_lahir", "tempat_lahir = :value"), Map.entry("tanggal_lahir", "tanggal_lahir = cast(:value as date)"),
            Map.entry("nama_ibu_kandung", "nama_ibu_kandung = :value"), Map.entry("jenjang_sekolah", "jenjang_sekolah = :value"),
            Map.entry("hamil", "hamil = cast(:value as boolean)"), Map.entry("hpl", "hpl = cast(:value as date)"),
            Map.entry("disabilitas", "disabilitas = :value"), Map.entry("pekerjaan", "pekerjaan = :value"),
            Map.entry("penghasilan_bulanan", "penghasilan_bulanan = cast(:value as bigint)"),
            Map.entry("status_kawin", "status_kawin = :value"));

    private final RegistryGuard guard;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    RegistryConflicts(RegistryGuard guard, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.guard = guard;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Open conflicts, newest first, keyset by id ({@code before} null: the first page). */
    public List<ConflictView> open(Long before, int size) {
        steward();
        return jdbc.sql("""
                select c.*, p.nama person_name from person_conflict c join person p on p.id = c.person_id
                where c.status = 'OPEN' and (cast(:before as bigint) is null or c.id < :before)
                order by c.id desc limit :size
                """).param("before", before).param("size", Math.max(1, Math.min(size, 200))).query(this::view).list();
    }

    /** Settles a conflict with one of its candidates' values. */
    @Transactional
    public ConflictView decide(long conflictId, String chosenValue) {
        CurrentUser user = steward();
        ConflictView conflict = jdbc.sql("""
                select c.*, p.nama person_name from person_conflict c join person p on p.id = c.person_id
                where c.id = :id for update of c
                """).param("id", conflictId).query(this::view).optional()
                .orElseThrow(() -> new NotFoundException("conflict"));
        var chosen = conflict.candidates().stream().filter(c -> c.value().equals(chosenValue)).findFirst()
                .orElseThrow(() -> new ValidationFailedException(Violation.error(RegistryCodes.CONFLICT_CHOICE, "value")));
        String setter = SETTERS.get(conflict.attribute());
        if (setter == null) {
            throw new ValidationFailedException(Violation.error(RegistryCodes.CONFLICT_CHOICE, "attribute"));
        }
        // the golden value the decision replaces, for the trail (attribute is from the whitelist above)
        String before = jdbc.sql("select to_jsonb(p) ->> :attribute from person p where p.id = :id")
                .param("attribute", conflict.attribute()).param("id", conflict.personId())
                .query((rs, i) -> rs.getString(1)).list().get(0);
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("update person set " + setter + ", updated_at = :now, version = version + 1 where id = :id")
                .param("value", chosenValue).param("now", now).param("id", conflict.personId()).update();
        jdbc.sql("""
                update person_conflict set status = 'DECIDED', chosen_agency = :agency, chosen_value = :value,
                    decided_by = :by, decided_at = :now, updated_at = :now where id = :id
                """).param("agency", chosen.agency()).param("value", chosenValue).param("by", user.username())
                .param("now", now).param("id", conflictId).update();
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("PERSON", Long.toString(conflict.personId())),
                conflict.kabKotaCode(), java.util.Collections.singletonMap(conflict.attribute(), before),
                Map.of(conflict.attribute(), chosenValue),
                "conflict " + conflictId + " decided for " + chosen.agency());
        return jdbc.sql("""
                select c.*, p.nama person_name from person_conflict c join person p on p.id = c.person_id where c.id = :id
                """).param("id", conflictId).query(this::view).single();
    }

    private CurrentUser steward() {
        CurrentUser user = guard.editor();
        if (user.role() != Role.DATA_STEWARD && user.role() != Role.ADMIN) {
            throw new AccessDeniedException("only the data steward decides conflicts between sources");
        }
        return user;
    }

    private ConflictView view(ResultSet rs, int i) throws SQLException {
        List<ConflictView.Candidate> candidates = json.readValue(rs.getString("candidates"), CANDIDATES).stream()
                .map(m -> new ConflictView.Candidate(String.valueOf(m.get("agency")), String.valueOf(m.get("value")),
                        ((Number) m.get("batch")).longValue(), ((Number) m.get("row")).longValue()))
                .toList();
        return new ConflictView(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"),
                rs.getString("attribute"), rs.getString("status"), candidates, rs.getString("chosen_value"),
                rs.getString("decided_by"), rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getString("kabkota_code"));
    }
}
