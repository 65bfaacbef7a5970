package id.jaring.intake;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.access.CurrentUser;
import id.jaring.access.CurrentUsers;
import id.jaring.access.Role;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.intake.file.FileProblem;
import id.jaring.intake.file.TabularFile;
import id.jaring.linkage.BatchLinkage;
import id.jaring.linkage.LinkSummary;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.registry.StagedPersons;

/**
 * The intake's public API: upload a file for an agency, map its columns, let it be staged and
 * validated in the background, read the report, commit or abandon.
 *
 * <p>Who may: an OPERATOR_OPD for its own agency only; an OPERATOR_KABKOTA for any agency, but
 * rows outside its kab/kota are rejected (ROW_OUT_OF_SCOPE); DATA_STEWARD and ADMIN anything.
 * Batches outside the caller's reach answer {@link NotFoundException}. Upload, mapping, commit
 * and abandon are audited (entity IMPORT_BATCH).
 */
@Service
public class IntakeBatches {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IntakeBatches.class);

    private final ImportBatches batches;
    private final ColumnMappings mappings;
    private final Staging staging;
    private final BatchValidation validation;
    private final BatchCommit commit;
    private final IssueReports reports;
    private final IntakeWork work;
    private final UploadStore uploads;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final BatchLinkage linkage;

    IntakeBatches(ImportBatches batches, ColumnMappings mappings, Staging staging, BatchValidation validation,
            BatchCommit commit, IssueReports reports, IntakeWork work, UploadStore uploads,
            CurrentUsers users, AuditLog audit, PlatformTransactionManager transactionManager, Clock clock,
            BatchLinkage linkage) {
        this.batches = batches;
        this.mappings = mappings;
        this.staging = staging;
        this.validation = validation;
        this.commit = commit;
        this.reports = reports;
        this.work = work;
        this.uploads = uploads;
        this.users = users;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.linkage = linkage;
    }

    /**
     * Takes a file in: stores it, and answers the existing batch when the agency sent the same
     * content before (by SHA-256). Reads the header and proposes a mapping; when nothing in it is
     * guessed (canonical or saved columns only), staging and validation start in the background
     * at once, else the batch waits (UPLOADED) for {@link #saveMapping}.
     *
     * @throws FileProblem when the file is empty, too big or unreadable (the batch is kept as FAILED)
     */
    public Upload upload(InputStream content, String fileName, String agencyCode, String purpose) {
        CurrentUser user = users.current();
        String agency = agency(agencyCode);
        mayImportFor(user, agency);
        UploadStore.Stored upload = uploads.store(content);
        Path stored = upload.path();
        String sha256 = upload.sha256();
        long size = upload.size();
        var existing = batches.sameContent(agency, sha256);
        if (existing.isPresent()) {
            uploads.delete(stored);
            return new Upload(batches.find(existing.get()).orElseThrow(), true);
        }
        var now = clock.instant();
        long id;
        try {
            id = transactions.execute(tx -> {
                long newId = batches.insert(new ImportBatches.NewBatch(agency, purposeOf(purpose), user.username(),
                        user.scope().isProvinceWide() ? null : user.scope().regionCode(), name(fileName), sha256, size,
                        stored.toString()), now);
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("agency", agency);
                after.put("purpose", purposeOf(purpose));
                after.put("file", name(fileName));
                after.put("sha256", sha256);
                after.put("bytes", size);
                audit.recordChange(AuditAction.CREATE, EntityRef.of("IMPORT_BATCH", Long.toString(newId)),
                        user.scope().kabKotaCode(), null, after, "upload");
                return newId;
            });
        } catch (DuplicateKeyException e) {
            // the same file arrived twice at the same moment: the other upload's batch stands
            uploads.delete(stored);
            return new Upload(batches.find(batches.sameContent(agency, sha256).orElseThrow()).orElseThrow(), true);
        }
        ColumnMappings.Proposal proposal;
        try (TabularFile file = staging.open(stored, null)) {
            TabularFile.FileFacts facts = file.facts();
            batches.opened(id, facts.format().name(), facts.encoding(),
                    facts.delimiter() == 0 ? null : String.valueOf(facts.delimiter()), file.header(), clock.instant());
            proposal = mappings.propose(agency, file.header());
        } catch (FileProblem e) {
            batches.failed(id, e.code(), clock.instant());
            uploads.delete(stored);
            throw e;
        }
        if (proposal.certain()) {
            batches.mapped(id, proposal.mapping(), clock.instant());
            startStaging(id);
        }
        return new Upload(batches.find(id).orElseThrow(), false);
    }

    /** The mapping to show: the one in use, else a proposal for the file's header. */
    public Map<String, String> mapping(long batchId) {
        BatchView batch = visible(batchId);
        if (!batch.mapping().isEmpty()) {
            return batch.mapping();
        }
        return mappings.propose(batch.agencyCode(), batch.header()).mapping();
    }

    /**
     * Sets the batch's mapping (header cell -> canonical column, "" keeps a column as a source
     * attribute), saves it for the agency's next upload, and (re)starts staging and validation.
     */
    public BatchView saveMapping(long batchId, Map<String, String> mapping) {
        BatchView batch = visible(batchId);
        CurrentUser user = users.current();
        mayImportFor(user, batch.agencyCode());
        if (batch.status().isFinal() || batch.header().isEmpty()) {
            throw new ValidationFailedException(Violation.error(IntakeCodes.BATCH_NOT_MAPPABLE, "status", batch.status().name()));
        }
        if (batch.busy() || work.busy(batchId)) {
            throw new ValidationFailedException(Violation.error(IntakeCodes.BATCH_BUSY, "status", batch.status().name()));
        }
        Map<String, String> complete = new LinkedHashMap<>();
        for (String column : batch.header()) {
            String target = mapping.getOrDefault(column, "");
            complete.put(column, target == null ? "" : CanonicalColumn.of(target).map(CanonicalColumn::column).orElse(target));
        }
        List<Violation> problems = ColumnMappings.check(complete);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        var now = clock.instant();
        transactions.executeWithoutResult(tx -> {
            mappings.save(batch.agencyCode(), complete, user.username(), now);
            batches.mapped(batchId, complete, now);
            audit.recordChange(AuditAction.UPDATE, EntityRef.of("IMPORT_BATCH", Long.toString(batchId)), null,
                    Map.of("status", batch.status().name()), Map.of("status", "MAPPED", "mapping", complete), "mapping");
        });
        startStaging(batchId);
        return batches.find(batchId).orElseThrow();
    }

    /** Starts the commit in the background (see {@link #commitNow}). */
    public BatchView commit(long batchId) {
        BatchView batch = committable(batchId);
        CurrentUser user = users.current();
        batches.phase(batchId, "COMMITTING", clock.instant());
        if (!work.submit(batchId, () -> runCommit(batchId, user))) {
            throw new ValidationFailedException(Violation.error(IntakeCodes.BATCH_BUSY, "status", batch.status().name()));
        }
        return batches.find(batchId).orElseThrow();
    }

    /**
     * Commits the batch's valid rows into the registry, all or nothing, on the calling thread.
     *
     * @throws ValidationFailedException BATCH_NOT_VALIDATED when the batch is not (or no longer)
     *         VALIDATED, BATCH_BUSY while work on it runs, BATCH_NOTHING_TO_COMMIT when no row of it is valid
     */
    public BatchView commitNow(long batchId) {
        committable(batchId);
        BatchView committed = commit.commit(batchId, users.current());
        forgetUpload(batchId);
        return committed;
    }

    private void runCommit(long batchId, CurrentUser user) {
        try {
            commit.commit(batchId, user);
            forgetUpload(batchId);
        } catch (RuntimeException e) {
            // rolled back: the batch is still VALIDATED and may be committed again
            batches.phase(batchId, null, clock.instant());
            throw e;
        }
    }

    /** Gives the batch up: nothing of it reaches the registry; its staged rows are removed. */
    public BatchView abandon(long batchId) {
        BatchView batch = visible(batchId);
        mayImportFor(users.current(), batch.agencyCode());
        if (batch.status().isFinal()) {
            throw new ValidationFailedException(Violation.error(IntakeCodes.BATCH_FINAL, "status", batch.status().name()));
        }
        if (work.busy(batchId)) {
            throw new ValidationFailedException(Violation.error(IntakeCodes.BATCH_BUSY, "status", batch.status().name()));
        }
        transactions.executeWithoutResult(tx -> {
            BatchView locked = batches.lock(batchId).orElseThrow();
            if (locked.status().isFinal()) {
                throw new ValidationFailedException(Violation.error(IntakeCodes.BATCH_FINAL, "status", locked.status().name()));
            }
            batches.abandoned(batchId, clock.instant());
            batches.clearStaging(batchId);
            audit.recordChange(AuditAction.UPDATE, EntityRef.of("IMPORT_BATCH", Long.toString(batchId)), null,
                    Map.of("status", locked.status().name()), Map.of("status", "ABANDONED"), "abandon");
        });
        forgetUpload(batchId);
        return batches.find(batchId).orElseThrow();
    }

    /**
     * Deletes the uploaded file of a batch that has reached its end (committed, abandoned, failed):
     * a copy of personal data that nothing reads any more (the staged rows are the batch's record).
     */
    private void forgetUpload(long batchId) {
        batches.storedPath(batchId).ifPresent(stored -> {
            uploads.delete(Path.of(stored));
            batches.forgetStoredPath(batchId);
        });
    }

    /** @throws NotFoundException when there is no such batch or it lies outside the caller's reach */
    public BatchView find(long batchId) {
        return visible(batchId);
    }

    /** Newest first; {@code before} = the last id of the previous page (null: the first page). */
    public List<BatchView> list(Long before, int size) {
        CurrentUser user = users.current();
        int pageSize = Math.max(1, Math.min(size, 100));
        return switch (user.role()) {
            case DATA_STEWARD, ADMIN, AUDITOR -> batches.list(null, null, before, pageSize);
            case OPERATOR_OPD -> batches.list(user.scope().agencyCode() == null ? "-" : user.scope().agencyCode(),
                    null, before, pageSize);
            case OPERATOR_KABKOTA -> batches.list(null, user.scope().regionLikePattern(), before, pageSize);
            default -> List.of();
        };
    }

    /** The batch's issues by row, a page at a time; {@code after} is the previous page's nextAfter. */
    public IssuePage issues(long batchId, String after, int size) {
        visible(batchId);
        return reports.page(batchId, after, Math.max(1, Math.min(size, 1000)));
    }

    /** The issue's message in the locale (with the argument its text expects). */
    public String message(IssueView issue, java.util.Locale locale) {
        return reports.message(issue, locale);
    }

    /** How many issues of each code (and severity) the batch has, most frequent first. */
    public Map<String, Long> issueCounts(long batchId) {
        visible(batchId);
        return reports.countsByCode(batchId);
    }

    /** Writes all the batch's issues as CSV (UTF-8 with BOM, for Excel), formulas neutralised. */
    public void exportCsv(long batchId, OutputStream out, java.util.Locale locale) {
        visible(batchId);
        reports.csv(batchId, out, locale);
    }

    /** Writes all the batch's issues as XLSX (streamed), formulas neutralised. */
    public void exportXlsx(long batchId, OutputStream out, java.util.Locale locale) {
        visible(batchId);
        reports.xlsx(batchId, out, locale);
    }

    /** Waits for the batch's background work (the command and tests; the UI polls instead). */
    public BatchView awaitIdle(long batchId) {
        visible(batchId);
        work.await(batchId);
        return batches.find(batchId).orElseThrow();
    }

    /**
     * Restarts the background work of batches cut off by a stop of the application, and deletes the
     * uploaded files of batches that ended while a file could not be deleted (or before files were).
     */
    void resumeInterrupted() {
        batches.endedWithStoredFile().forEach(this::forgetUpload);
        for (BatchView batch : batches.interrupted()) {
            if (work.busy(batch.id())) {
                continue;
            }
            switch (batch.status()) {
                case MAPPED, STAGED -> startStaging(batch.id());
                // the commit's transaction died with the application: nothing of it stands
                default -> batches.phase(batch.id(), null, clock.instant());
            }
        }
    }

    private void startStaging(long batchId) {
        batches.phase(batchId, "QUEUED", clock.instant());
        if (!work.submit(batchId, () -> stageAndValidate(batchId))) {
            throw new ValidationFailedException(Violation.error(IntakeCodes.BATCH_BUSY, "status", "MAPPED"));
        }
    }

    private void stageAndValidate(long batchId) {
        BatchView batch = batches.find(batchId).orElseThrow();
        try {
            batches.phase(batchId, "READING", clock.instant());
            long t0 = System.nanoTime();
            Staging.Staged staged = staging.stage(batchId, Path.of(batches.storedPath(batchId).orElseThrow()), batch.encoding(),
                    batch.sizeBytes(), batch.mapping());
            long rows = staged.rows();
            batches.staged(batchId, rows, clock.instant());
            long t1 = System.nanoTime();
            batches.phase(batchId, "VALIDATING", clock.instant());
            String region = batches.uploaderRegion(batchId);
            BatchValidation.Outcome outcome = validation.validate(batchId, rows, LocalDate.now(clock),
                    region == null ? "%" : region + "%", staged.repeated());
            batches.validated(batchId, outcome.valid(), outcome.rejected(), outcome.warned(), clock.instant());
            log.info("import batch {}: {} rows staged in {} ms, validated in {} ms", batchId, rows, (t1 - t0) / 1_000_000,
                    (System.nanoTime() - t1) / 1_000_000);
            linkAfterValidation(batchId, batch.agencyCode());
        } catch (FileProblem e) {
            batches.failed(batchId, e.code(), clock.instant());
            forgetUpload(batchId);
        } catch (RuntimeException e) {
            // the class only: a database error's detail may quote a row's values (personal data)
            log.error("staging import batch {} failed: {}", batchId, e.getClass().getName());
            batches.failed(batchId, "INTERNAL", clock.instant());
        }
    }

    /**
     * Links the valid rows against the registry now, so that the report can say how many rows
     * match known persons and the commit need not (it links again only when persons were added
     * since). A failure here blocks nothing: the commit links in its own transaction.
     */
    private void linkAfterValidation(long batchId, String agencyCode) {
        try {
            batches.phase(batchId, "LINKING", clock.instant());
            linkage.link(batchId, agencyCode, new StagedPersons(BatchCommit.VALID_ROWS, Map.of("batch", batchId)));
        } catch (RuntimeException e) {
            log.warn("linkage of import batch {} failed, the commit will link it: {}", batchId, e.getClass().getName());
        } finally {
            batches.phase(batchId, null, clock.instant());
        }
    }

    /** The last linkage of the batch against the registry (for the report). */
    public java.util.Optional<LinkSummary> linkage(long batchId) {
        visible(batchId);
        return linkage.summary(batchId);
    }

    private BatchView committable(long batchId) {
        BatchView batch = visible(batchId);
        mayImportFor(users.current(), batch.agencyCode());
        if (batch.status() != BatchStatus.VALIDATED) {
            throw new ValidationFailedException(Violation.error(IntakeCodes.BATCH_NOT_VALIDATED, "status", batch.status().name()));
        }
        // the phase too, not only this instance's own queue: a commit started elsewhere is still running
        if (batch.busy() || work.busy(batchId)) {
            throw new ValidationFailedException(Violation.error(IntakeCodes.BATCH_BUSY, "status", batch.status().name()));
        }
        if (batch.counts().valid() == 0) {
            throw new ValidationFailedException(Violation.error(IntakeCodes.BATCH_NOTHING_TO_COMMIT, "count_valid", 0));
        }
        return batch;
    }

    private BatchView visible(long batchId) {
        CurrentUser user = users.current();
        BatchView batch = batches.find(batchId).orElseThrow(() -> new NotFoundException("import batch"));
        boolean visible = switch (user.role()) {
            case DATA_STEWARD, ADMIN, AUDITOR -> true;
            case OPERATOR_OPD -> batch.agencyCode().equals(user.scope().agencyCode());
            case OPERATOR_KABKOTA -> {
                String region = batches.uploaderRegion(batchId);
                yield region != null && user.scope().covers(region);
            }
            default -> false;
        };
        if (!visible) {
            throw new NotFoundException("import batch");
        }
        return batch;
    }

    private static void mayImportFor(CurrentUser user, String agency) {
        boolean may = switch (user.role()) {
            case DATA_STEWARD, ADMIN, OPERATOR_KABKOTA -> true;
            case OPERATOR_OPD -> agency.equals(user.scope().agencyCode());
            default -> false;
        };
        if (!may) {
            throw new AccessDeniedException("role " + user.role() + " may not import for agency " + agency);
        }
    }

    private static String agency(String code) {
        String agency = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!agency.matches("[A-Z0-9_]{2,30}")) {
            throw new ValidationFailedException(Violation.error(IntakeCodes.AGENCY_INVALID, "agency", code));
        }
        return agency;
    }

    private static String purposeOf(String purpose) {
        return purpose == null || purpose.isBlank() ? "UMUM" : purpose.strip().toUpperCase(Locale.ROOT);
    }

    private static String name(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload";
        }
        String name = Path.of(fileName.replace('\\', '/')).getFileName().toString();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /** For the web layer: the user may upload for agencies at all. */
    public boolean mayUpload() {
        Role role = users.current().role();
        return role == Role.DATA_STEWARD || role == Role.ADMIN || role == Role.OPERATOR_OPD || role == Role.OPERATOR_KABKOTA;
    }
}
