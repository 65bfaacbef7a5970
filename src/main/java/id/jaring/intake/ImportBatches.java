package id.jaring.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The import_batch table: batches, their status, progress and counts. */
@Repository
class ImportBatches {

    private static final TypeReference<List<String>> HEADER = new TypeReference<>() { };
    private static final TypeReference<LinkedHashMap<String, String>> MAPPING = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ImportBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewBatch(String agencyCode, String purpose, String uploadedBy, String uploaderRegion, String fileName,
            String sha256, long sizeBytes, String storedPath) {
    }

    long insert(NewBatch b, Instant now) {
        return jdbc.sql("""
                insert into import_batch (agency_code, purpose, uploaded_by, uploader_region, file_name, content_sha256,
                    size_bytes, stored_path, status, created_at, updated_at)
                values (:agency, :purpose, :by, :region, :file, :sha, :size, :path, 'UPLOADED', :now, :now)
                returning id
                """).param("agency", b.agencyCode()).param("purpose", b.purpose()).param("by", b.uploadedBy())
                .param("region", b.uploaderRegion()).param("file", b.fileName()).param("sha", b.sha256())
                .param("size", b.sizeBytes()).param("path", b.storedPath()).param("now", ts(now))
                .query(Long.class).single();
    }

    /** The live batch of this content from this agency (not abandoned, not failed). */
    Optional<Long> sameContent(String agencyCode, String sha256) {
        return jdbc.sql("""
                select id from import_batch where agency_code = :agency and content_sha256 = :sha
                  and status not in ('ABANDONED', 'FAILED')
                """).param("agency", agencyCode).param("sha", sha256).query(Long.class).optional();
    }

    Optional<BatchView> find(long id) {
        return jdbc.sql("select * from import_batch where id = :id").param("id", id).query(this::view).optional();
    }

    /** Locks the batch row for the rest of the transaction (commit, abandon). */
    Optional<BatchView> lock(long id) {
        return jdbc.sql("select * from import_batch where id = :id for update").param("id", id).query(this::view).optional();
    }

    /** Newest first, keyset by id; agency / region null for all. */
    List<BatchView> list(String agencyCode, String uploaderRegionPrefix, Long before, int size) {
        return jdbc.sql("""
                select * from import_batch
                where (cast(:agency as text) is null or agency_code = :agency)
                  and (cast(:region as text) is null or uploader_region like :region)
                  and (cast(:before as bigint) is null or id < :before)
                order by id desc limit :size
                """).param("agency", agencyCode).param("region", uploaderRegionPrefix).param("before", before)
                .param("size", size).query(this::view).list();
    }

    /** The ids of the batches that have ended (COMMITTED, ABANDONED, FAILED) and still name a stored file. */
    java.util.List<Long> endedWithStoredFile() {
        return jdbc.sql("""
                select id from import_batch
                where status in ('COMMITTED', 'ABANDONED', 'FAILED') and stored_path is not null
                """).query(Long.class).list();
    }

    /** The batch's file is gone: it no longer names one. */
    void forgetStoredPath(long id) {
        jdbc.sql("update import_batch set stored_path = null where id = :id").param("id", id).update();
    }

    /** Where the batch's uploaded file waits; empty once it has been deleted (the batch ended). */
    java.util.Optional<String> storedPath(long id) {
        return jdbc.sql("select stored_path from import_batch where id = :id").param("id", id).query(String.class).optional();
    }

    String uploaderRegion(long id) {
        return jdbc.sql("select uploader_region from import_batch where id = :id").param("id", id)
                .query(String.class).optional().orElse(null);
    }

    void opened(long id, String format, String encoding, String delimiter, List<String> header, Instant now) {
        jdbc.sql("""
                update import_batch set format = :format, encoding = :encoding, delimiter = :delimiter,
                    header = cast(:header as jsonb), updated_at = :now where id = :id
                """).param("format", format).param("encoding", encoding).param("delimiter", delimiter)
                .param("header", json.writeValueAsString(header)).param("now", ts(now)).param("id", id).update();
    }

    void mapped(long id, Map<String, String> mapping, Instant now) {
        jdbc.sql("""
                update import_batch set mapping = cast(:mapping as jsonb), status = 'MAPPED', updated_at = :now
                where id = :id
                """).param("mapping", json.writeValueAsString(mapping)).param("now", ts(now)).param("id", id).update();
    }

    void phase(long id, String phase, Instant now) {
        jdbc.sql("update import_batch set phase = :phase, updated_at = :now where id = :id")
                .param("phase", phase).param("now", ts(now)).param("id", id).update();
    }

    void progress(long id, long done, long total) {
        jdbc.sql("update import_batch set rows_done = :done, rows_total = :total where id = :id")
                .param("done", done).param("total", total).param("id", id).update();
    }

    void staged(long id, long rows, Instant now) {
        jdbc.sql("""
                update import_batch set status = 'STAGED', rows_total = :rows, rows_done = :rows, staged_at = :now,
                    updated_at = :now where id = :id
                """).param("rows", rows).param("now", ts(now)).param("id", id).update();
    }

    void validated(long id, long valid, long rejected, long warnings, Instant now) {
        jdbc.sql("""
                update import_batch set status = 'VALIDATED', phase = null, count_valid = :valid,
                    count_rejected = :rejected, count_warnings = :warnings, validated_at = :now, updated_at = :now
                where id = :id
                """).param("valid", valid).param("rejected", rejected).param("warnings", warnings)
                .param("now", ts(now)).param("id", id).update();
    }

    void committed(long id, long created, long updated, long unchanged, long conflicts, String by, Instant now) {
        jdbc.sql("""
                update import_batch set status = 'COMMITTED', phase = null, count_new = :created,
                    count_updated = :updated, count_unchanged = :unchanged, count_conflicts = :conflicts,
                    committed_at = :now, committed_by = :by, updated_at = :now where id = :id
                """).param("created", created).param("updated", updated).param("unchanged", unchanged)
                .param("conflicts", conflicts).param("by", by).param("now", ts(now)).param("id", id).update();
    }

    void abandoned(long id, Instant now) {
        jdbc.sql("""
                update import_batch set status = 'ABANDONED', phase = null, abandoned_at = :now, updated_at = :now
                where id = :id
                """).param("now", ts(now)).param("id", id).update();
    }

    void failed(long id, String code, Instant now) {
        jdbc.sql("""
                update import_batch set status = 'FAILED', phase = null, failure_code = :code, updated_at = :now
                where id = :id
                """).param("code", code).param("now", ts(now)).param("id", id).update();
    }

    /** For the rest of the current transaction: COMMIT returns only once its WAL is flushed. */
    void synchronousCommit() {
        jdbc.sql("set local synchronous_commit = on").update();
    }

    void clearStaging(long id) {
        jdbc.sql("delete from import_issue where batch_id = :id").param("id", id).update();
        jdbc.sql("delete from import_person_row where batch_id = :id").param("id", id).update();
    }

    /** Batches whose background work was cut off (the application stopped while it ran). */
    List<BatchView> interrupted() {
        return jdbc.sql("select * from import_batch where phase is not null order by id").query(this::view).list();
    }

    private BatchView view(ResultSet rs, int i) throws SQLException {
        String header = rs.getString("header");
        String mapping = rs.getString("mapping");
        return new BatchView(rs.getLong("id"), rs.getString("agency_code"), rs.getString("purpose"),
                rs.getString("uploaded_by"), rs.getString("file_name"), rs.getString("content_sha256"),
                rs.getLong("size_bytes"), rs.getString("format"), rs.getString("encoding"),
                BatchStatus.valueOf(rs.getString("status")), rs.getString("failure_code"), rs.getString("phase"),
                rs.getLong("rows_total"), rs.getLong("rows_done"),
                new BatchView.Counts(rs.getLong("count_valid"), rs.getLong("count_rejected"), rs.getLong("count_warnings"),
                        rs.getLong("count_new"), rs.getLong("count_updated"), rs.getLong("count_unchanged"),
                        rs.getLong("count_conflicts")),
                header == null ? List.of() : json.readValue(header, HEADER),
                mapping == null ? Map.of() : json.readValue(mapping, MAPPING),
                instant(rs, "created_at"), instant(rs, "validated_at"), instant(rs, "committed_at"),
                rs.getString("committed_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime ts(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
