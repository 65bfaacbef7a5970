package id.jaring.intake;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.access.CurrentUser;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.linkage.BatchLinkage;
import id.jaring.linkage.LinkSummary;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.registry.BatchMerge;
import id.jaring.registry.BatchMergeResult;
import id.jaring.registry.RegistryBatchMerge;
import id.jaring.registry.StagedPersons;

/**
 * Commits a validated batch: ONE transaction that locks the batch, merges its valid rows into the
 * registry, marks the batch COMMITTED and audits it. Whatever stops it before the end (an error,
 * a kill, a database restart) rolls all of it back: the registry is as before and the batch still
 * VALIDATED, ready to be committed again.
 */
@Component
class BatchCommit {

    /**
     * The batch's valid rows (no ERROR issue), moved into the merge inside the database. NOT IN
     * (row_number is never null) is one hashed look-up per row whatever the statistics say; a
     * correlated NOT EXISTS was planned as a nested loop over a not yet analysed issue table (40 s
     * for 110,000 rows).
     */
    static final String VALID_ROWS = """
            select s.row_number, s.record_id, s.nik, s.no_kk, s.nama, s.jenis_kelamin, s.tempat_lahir,
                   s.tanggal_lahir::date, s.hubungan_keluarga, s.nama_ibu_kandung, s.alamat, s.rt, s.rw, s.kode_wilayah,
                   s.jenjang_sekolah, s.hamil::boolean, s.hpl::date, s.disabilitas, s.pekerjaan,
                   s.penghasilan_bulanan::bigint, s.status_kawin, s.extra
            from import_person_row s
            where s.batch_id = :batch
              and s.row_number not in (select i.row_number from import_issue i
                                       where i.batch_id = :batch and i.severity = 'ERROR')
            """;

    private final ImportBatches batches;
    private final RegistryBatchMerge merge;
    private final BatchLinkage linkage;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final CommitFaults faults;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BatchCommit(ImportBatches batches, RegistryBatchMerge merge, BatchLinkage linkage,
            PlatformTransactionManager transactionManager, AuditLog audit, CommitFaults faults, Clock clock,
            ApplicationEventPublisher events) {
        this.batches = batches;
        this.merge = merge;
        this.linkage = linkage;
        this.transactions = new TransactionTemplate(transactionManager);
        this.audit = audit;
        this.faults = faults;
        this.clock = clock;
        this.events = events;
    }

    BatchView commit(long batchId, CurrentUser user) {
        return transactions.execute(tx -> {
            // durable once reported COMMITTED: this transaction waits for its WAL to be written
            // whatever the server's default (the embedded server runs with synchronous_commit off)
            batches.synchronousCommit();
            BatchView batch = batches.lock(batchId).orElseThrow();
            if (batch.status() != BatchStatus.VALIDATED) {
                throw new ValidationFailedException(Violation.error(IntakeCodes.BATCH_NOT_VALIDATED, "status",
                        batch.status().name()));
            }
            var now = clock.instant();
            StagedPersons rows = new StagedPersons(VALID_ROWS, Map.of("batch", batchId));
            // linked after validation already; again only when persons were added since
            LinkSummary links = linkage.ensureLinked(batchId, batch.agencyCode(), rows);
            faults.after("LINKAGE");
            BatchMergeResult result = merge.merge(new BatchMerge(batchId, batch.agencyCode(), now),
                    linkage.linked(rows, batchId), faults::after);
            long reviews = linkage.committed(batchId);
            batches.committed(batchId, result.newPersons(), result.updatedPersons(), result.unchangedPersons(),
                    result.conflicts(), user.username(), now);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("status", BatchStatus.COMMITTED.name());
            after.put("new", result.newPersons());
            after.put("updated", result.updatedPersons());
            after.put("unchanged", result.unchangedPersons());
            after.put("new_households", result.newHouseholds());
            after.put("memberships_left_out", result.membershipsLeftOut());
            after.put("conflicts", result.conflicts());
            after.put("linked", links.matched());
            after.put("review_items", reviews);
            audit.recordChange(AuditAction.UPDATE, EntityRef.of("IMPORT_BATCH", Long.toString(batchId)), null,
                    Map.of("status", BatchStatus.VALIDATED.name()), after, "commit");
            events.publishEvent(new BatchCommitted(batchId, batch.agencyCode(), result.newPersons(),
                    result.updatedPersons(), result.newHouseholds(), now));
            return batches.find(batchId).orElseThrow();
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class NoFaults {

        @Bean
        CommitFaults commitFaults() {
            return step -> { };
        }
    }
}
