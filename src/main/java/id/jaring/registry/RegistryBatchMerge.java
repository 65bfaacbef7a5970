package id.jaring.registry;

import static id.jaring.registry.MergeStatements.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.access.Role;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.CopyRows;

/**
 * Merges an agency's validated batch into the registry, set-based: the rows are COPYed into a
 * temporary table, matched to known persons (today by exact NIK, then by the agency's own record
 * id; the linkage engine will replace this one step), and then new families, persons and
 * memberships are inserted and changed values updated with a handful of statements, whatever
 * the batch's size.
 *
 * <p>Provenance: every row's values are kept per person and agency ({@code person_source}) with
 * the batch, row and time. Where agencies disagree on an attribute, a {@code person_conflict}
 * is opened for the data steward, and the golden value follows the steward's decision, else
 * {@code jaring.registry.source-priority}.
 *
 * <p>Runs in the CALLER's transaction (mandatory), so that the caller's own bookkeeping (the
 * batch's status) commits or rolls back with it: all or nothing. Audited as one event (entity
 * REGISTRY_MERGE, id = batch id) with the counts; the per-value trail is person_source.
 */
@Service
public class RegistryBatchMerge {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RegistryBatchMerge.class);

    /** Rows per COPY round: bounds memory whatever the batch's size. */
    private static final int COPY_CHUNK = 20_000;

    private final RegistryGuard guard;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final GoldenValues golden;
    private final java.time.Clock clock;

    RegistryBatchMerge(RegistryGuard guard, DataSource dataSource, JdbcClient jdbc, AuditLog audit,
            GoldenValues golden, java.time.Clock clock) {
        this.guard = guard;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.audit = audit;
        this.golden = golden;
        this.clock = clock;
    }

    /**
     * @param rows the batch's valid rows; each NIK and each record id at most once
     * @param afterStep told the name of each step done (progress, and a seam for fault tests)
     * @throws AccessDeniedException when the caller may not change the registry, sends for
     *         another agency (an OPERATOR_OPD), or a row lies outside the caller's region
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public BatchMergeResult merge(BatchMerge batch, Iterator<IncomingPerson> rows, Consumer<String> stepDone) {
        return merge(batch, () -> copyIn(rows), stepDone);
    }

    /**
     * As {@link #merge(BatchMerge, Iterator, Consumer)}, for rows the caller already holds in a
     * table of its own: they are read by one INSERT ... SELECT inside the database instead of a
     * round trip through Java.
     *
     * @param rows a SELECT with the columns of {@link StagedPersons#COLUMNS}, in that order
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public BatchMergeResult merge(BatchMerge batch, StagedPersons rows, Consumer<String> stepDone) {
        return merge(batch, () -> {
            String columns = StagedPersons.COLUMNS + (rows.linked() ? ", " + StagedPersons.LINKED_COLUMN : "");
            var insert = jdbc.sql("insert into merge_raw (" + columns + ") " + rows.select());
            for (var param : rows.params().entrySet()) {
                insert = insert.param(param.getKey(), param.getValue());
            }
            insert.update();
        }, stepDone);
    }

    private BatchMergeResult merge(BatchMerge batch, Runnable load, Consumer<String> stepDone) {
        CurrentUser user = guard.editor();
        long[] last = {System.nanoTime()};
        Consumer<String> afterStep = step -> {
            long now = System.nanoTime();
            log.debug("merge of batch {}: {} took {} ms", batch.batchId(), step, (now - last[0]) / 1_000_000);
            last[0] = now;
            stepDone.accept(step);
        };
        if (user.role() == Role.OPERATOR_OPD && !batch.agencyCode().equals(user.scope().agencyCode())) {
            throw new AccessDeniedException("an agency operator merges only its own agency's batches");
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(batch.receivedAt(), ZoneOffset.UTC);
        LocalDate today = LocalDate.now(clock);
        // sorts and hashes over a whole batch: in memory, not in temporary files (this transaction only)
        jdbc.sql("set local work_mem = '256MB'").update();
        // new names go to the trigram index's pending list, merged later by autovacuum, not one by one now
        jdbc.sql("set local gin_pending_list_limit = '1GB'").update();
        jdbc.sql(CREATE_INPUT).update();
        load.run();
        jdbc.sql("analyze merge_raw").update();
        afterStep.accept("COPY");
        long outside = jdbc.sql(OUT_OF_SCOPE).param("pattern", user.scope().regionLikePattern()).query(Long.class).single();
        if (outside > 0 && !user.scope().isProvinceWide()) {
            throw new AccessDeniedException(outside + " rows lie outside the caller's region");
        }

        jdbc.sql(FAMILIES).update();
        jdbc.sql("analyze merge_kk").update();
        jdbc.sql(PERSONS_OF_ROWS).param("agency", batch.agencyCode()).update();
        jdbc.sql("analyze merge_in").update();
        long[] counts = jdbc.sql(COUNT_NEW).query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        long newPersons = counts[0];
        long total = counts[1];
        long newHouseholds = counts[2];
        afterStep.accept("MATCH");

        java.util.List<String> rebuild = newPersons == total ? firstLoadConstraints() : java.util.List.of();
        jdbc.sql(INSERT_FAMILIES).param("now", now).update();
        afterStep.accept("HOUSEHOLDS");

        jdbc.sql(INSERT_PERSONS).param("now", now).update();
        jdbc.sql(FILL_MISSING_NIK).param("now", now).update();
        afterStep.accept("PERSONS");

        long withFamily = jdbc.sql(PERSONS_WITH_FAMILY).query(Long.class).single();
        long alreadyMembers = jdbc.sql("""
                select count(*) from merge_in m join household_member cur
                  on cur.person_id = m.person_id and cur.valid_to is null and cur.household_id = m.household_id
                where not m.is_new
                """).query(Long.class).single();
        long newMemberships = jdbc.sql(INSERT_MEMBERSHIPS).param("today", today).update();
        afterStep.accept("MEMBERSHIPS");

        jdbc.sql(INSERT_NEW_SOURCES).param("agency", batch.agencyCode()).param("batch", batch.batchId())
                .param("now", now).update();
        if (newPersons < total) { // (a first load has no known persons, and no primary key for ON CONFLICT yet)
            jdbc.sql(UPSERT_SOURCES).param("agency", batch.agencyCode()).param("batch", batch.batchId())
                    .param("now", now).update();
        }
        afterStep.accept("SOURCES");
        if (!rebuild.isEmpty()) {
            // index builds sort in memory (this transaction only)
            jdbc.sql("set local maintenance_work_mem = '512MB'").update();
            for (String statement : rebuild) {
                jdbc.sql(statement).update();
            }
            afterStep.accept("INDEXES");
        }
        long updated = golden.recompute("select person_id from merge_in where not is_new", Map.of(), batch.batchId(), now);
        long conflicts = jdbc.sql(COUNT_CONFLICTS).query(Long.class).single();
        afterStep.accept("GOLDEN");

        BatchMergeResult result = new BatchMergeResult(newPersons, updated, total - newPersons - updated,
                newHouseholds, newMemberships, Math.max(0, withFamily - alreadyMembers - newMemberships), conflicts);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("agency", batch.agencyCode());
        summary.put("rows", total);
        summary.put("new_persons", result.newPersons());
        summary.put("updated_persons", result.updatedPersons());
        summary.put("unchanged_persons", result.unchangedPersons());
        summary.put("new_households", result.newHouseholds());
        summary.put("new_memberships", result.newMemberships());
        summary.put("memberships_left_out", result.membershipsLeftOut());
        summary.put("open_conflicts", result.conflicts());
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("REGISTRY_MERGE", Long.toString(batch.batchId())),
                user.scope().kabKotaCode(), null, summary, "intake batch merge");
        return result;
    }

    /**
     * A first load into an empty registry: the indexes that no constraint owns (secondary and
     * unique partial ones), the foreign keys of the tables it fills and the primary keys nobody
     * else refers to are dropped now and rebuilt once after the inserts, which is much cheaper
     * than a million index updates and foreign-key look-ups; the rebuild checks every row as the
     * per-row checks would have (a unique index that does not hold, a row without its region,
     * family or person fails the whole commit). The primary keys of person and household stay
     * (other modules' tables refer to them) and keep guarding the ids. DDL is transactional: a
     * rollback or crash brings all of it back with the empty tables. The tables are locked first,
     * so that nobody writes between the check and the drop, and the definitions are read back
     * from the catalog (nothing here repeats the migrations).
     *
     * @return the statements that restore what was dropped (indexes and primary keys first, then
     *         foreign keys),
     *         none when the registry is not empty
     */
    private java.util.List<String> firstLoadConstraints() {
        String empty = """
                select not exists (select 1 from person) and not exists (select 1 from household)
                   and not exists (select 1 from household_member) and not exists (select 1 from person_source)
                """;
        // looked at without a lock first: a registry with data is never locked for this
        if (!jdbc.sql(empty).query(Boolean.class).single()) {
            return java.util.List.of();
        }
        jdbc.sql("lock table household, person, household_member, person_source in access exclusive mode").update();
        if (!jdbc.sql(empty).query(Boolean.class).single()) {
            return java.util.List.of();
        }
        java.util.List<String> restore = new java.util.ArrayList<>();
        var constraints = jdbc.sql(FIRST_LOAD_CONSTRAINTS)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        for (String[] constraint : constraints) {
            jdbc.sql("alter table " + constraint[0] + " drop constraint " + constraint[1]).update();
        }
        var indexes = jdbc.sql(FIRST_LOAD_INDEXES).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        for (String[] index : indexes) {
            jdbc.sql("drop index " + index[0]).update();
            restore.add(index[1]);
        }
        for (int i = constraints.size() - 1; i >= 0; i--) { // keys last: they need the primary keys back
            String[] constraint = constraints.get(i);
            restore.add("alter table " + constraint[0] + " add constraint " + constraint[1] + " " + constraint[2]);
        }
        return restore;
    }

    private void copyIn(Iterator<IncomingPerson> rows) {
        CopyRows chunk = new CopyRows();
        while (rows.hasNext()) {
            row(chunk, rows.next());
            if (chunk.rows() == COPY_CHUNK) {
                chunk.copyInto(dataSource, COPY_INPUT);
            }
        }
        chunk.copyInto(dataSource, COPY_INPUT);
    }

    private static void row(CopyRows out, IncomingPerson p) {
        out.value(p.rowNumber()).value(p.recordId()).value(p.nik()).value(p.noKk()).value(p.nama())
                .value(p.jenisKelamin()).value(p.tempatLahir()).value(p.tanggalLahir())
                .value(p.hubungan() == null ? null : p.hubungan().label()).value(p.namaIbuKandung())
                .value(p.alamat()).value(p.rt()).value(p.rw()).value(p.desaCode()).value(p.jenjangSekolah())
                .value(p.hamil()).value(p.hpl()).value(p.disabilitas()).value(p.pekerjaan())
                .value(p.penghasilanBulanan()).value(p.statusKawin()).value(p.sourceAttributesJson()).endRow();
    }
}
