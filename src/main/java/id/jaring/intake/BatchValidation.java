package id.jaring.intake;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SQL half of validation: checks over the whole staged batch at once (a few scans, whatever
 * its size), writing their issues with INSERT ... SELECT. Runs after {@link Staging}, whose Java
 * checks have already normalised the values (so a null here means empty or unreadable).
 */
@Component
class BatchValidation {

    /** Per-row checks in one scan: required columns, dates, pregnancy, the uploader's region. */
    private static final String ROW_CHECKS = """
            insert into import_issue (batch_id, row_number, code, column_name, value, severity)
            select s.batch_id, s.row_number, c.code, c.col, c.val, c.sev
            from import_person_row s
            cross join lateral (values
                (case when s.nama is null then 'REQUIRED' end, 'nama', null, 'ERROR'),
                (case when s.jenis_kelamin is null then 'REQUIRED' end, 'jenis_kelamin', null, 'ERROR'),
                (case when s.kode_wilayah is null then 'REQUIRED' end, 'kode_wilayah', null, 'ERROR'),
                (case when s.tanggal_lahir::date > :today then 'BIRTHDATE_FUTURE' end, 'tanggal_lahir', s.tanggal_lahir, 'ERROR'),
                (case when s.tanggal_lahir::date < date '1900-01-01' then 'BIRTHDATE_IMPLAUSIBLE' end, 'tanggal_lahir', s.tanggal_lahir, 'ERROR'),
                (case when s.hamil = 'true' and s.jenis_kelamin = 'L' then 'PREGNANCY_NOT_FEMALE' end, 'hamil', s.hamil, 'ERROR'),
                (case when s.hpl is not null and s.hamil is distinct from 'true' then 'HPL_NOT_PREGNANT' end, 'hpl', s.hpl, 'WARNING'),
                (case when s.hpl::date not between :today - 31 and :today + 310 then 'HPL_OUT_OF_RANGE' end, 'hpl', s.hpl, 'WARNING'),
                (case when s.kode_wilayah not like :scope then 'ROW_OUT_OF_SCOPE' end, 'kode_wilayah', s.kode_wilayah, 'ERROR')
            ) c(code, col, val, sev)
            where s.batch_id = :batch and c.code is not null
              -- most rows are clean: only rows where some check can fire go through the lateral list
              and (s.nama is null or s.jenis_kelamin is null or s.kode_wilayah is null or s.tanggal_lahir is not null
                   and (s.tanggal_lahir::date > :today or s.tanggal_lahir::date < date '1900-01-01')
                   or s.hamil = 'true' and s.jenis_kelamin = 'L' or s.hpl is not null
                   or s.kode_wilayah not like :scope)
              -- a value the Java pass could not read is already reported; do not call it missing too
              and not (c.code = 'REQUIRED' and exists (select 1 from import_issue i where i.batch_id = s.batch_id
                       and i.row_number = s.row_number and i.column_name = c.col))
            """;

    /**
     * Within the file: a NIK, a record id, or a family head seen again (the first one stands).
     * Each check looks only at the keys {@link RepeatedKeys} listed while staging (usually none,
     * and then it does not run at all) instead of sorting the whole batch by each key; with
     * {@code :all} (too many listed) it looks at every key. The keys travel as one JSON array
     * (any text, exactly).
     */
    private static final String NIK_DUPLICATES = """
            insert into import_issue (batch_id, row_number, code, column_name, value, severity)
            select batch_id, row_number, 'NIK_DUPLICATE', 'nik', nik, 'ERROR' from (
                select batch_id, row_number, nik, row_number() over (partition by nik order by row_number) k
                from import_person_row where batch_id = :batch and nik is not null
                  and (:all or nik in (select jsonb_array_elements_text(cast(:keys as jsonb))))) d where k > 1
            """;

    private static final String RECORD_ID_DUPLICATES = """
            insert into import_issue (batch_id, row_number, code, column_name, value, severity)
            select batch_id, row_number, 'RECORD_ID_DUPLICATE', 'record_id', record_id, 'ERROR' from (
                select batch_id, row_number, record_id, row_number() over (partition by record_id order by row_number) k
                from import_person_row where batch_id = :batch and record_id is not null
                  and (:all or record_id in (select jsonb_array_elements_text(cast(:keys as jsonb))))) d where k > 1
            """;

    private static final String HEAD_DUPLICATES = """
            insert into import_issue (batch_id, row_number, code, column_name, value, severity)
            select batch_id, row_number, 'HEAD_DUPLICATE', 'hubungan_keluarga', no_kk, 'WARNING' from (
                select batch_id, row_number, no_kk, row_number() over (partition by no_kk order by row_number) k
                from import_person_row
                where batch_id = :batch and no_kk is not null and hubungan_keluarga = 'KEPALA KELUARGA'
                  and (:all or no_kk in (select jsonb_array_elements_text(cast(:keys as jsonb))))) d where k > 1
            """;

    /**
     * The keys that may repeat within the batch, per check; null: any key may (check them all).
     */
    record Repeated(java.util.List<String> niks, java.util.List<String> recordIds, java.util.List<String> headKks) {
    }

    private static final String COUNTS = """
            select count(*) filter (where e) rejected, count(*) filter (where w and not e) warned
            from (select row_number, bool_or(severity = 'ERROR') e, bool_or(severity = 'WARNING') w
                  from import_issue where batch_id = :batch group by row_number) r
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    BatchValidation(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    record Outcome(long valid, long rejected, long warned) {
    }

    /**
     * @param scopePattern LIKE pattern of the region the uploader may import ({@code "%"} for the province)
     */
    Outcome validate(long batchId, long rows, LocalDate today, String scopePattern, Repeated repeated) {
        return transactions.execute(tx -> {
            // sorts and hashes over a whole batch: in memory, not in temporary files (this transaction only)
            jdbc.sql("set local work_mem = '256MB'").update();
            return check(batchId, rows, today, scopePattern, repeated);
        });
    }

    private Outcome check(long batchId, long rows, LocalDate today, String scopePattern, Repeated repeated) {
        jdbc.sql(ROW_CHECKS).param("batch", batchId).param("today", today).param("scope", scopePattern).update();
        duplicates(NIK_DUPLICATES, batchId, repeated.niks());
        duplicates(RECORD_ID_DUPLICATES, batchId, repeated.recordIds());
        duplicates(HEAD_DUPLICATES, batchId, repeated.headKks());
        long[] counts = jdbc.sql(COUNTS).param("batch", batchId)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return new Outcome(rows - counts[0], counts[0], counts[1]);
    }

    /** @param keys the keys to look at; null: all of them */
    private void duplicates(String statement, long batchId, java.util.List<String> keys) {
        if (keys != null && keys.isEmpty()) {
            return;
        }
        StringBuilder json = new StringBuilder("[");
        for (String key : keys == null ? java.util.List.<String>of() : keys) {
            Json.string(json.length() == 1 ? json : json.append(','), key);
        }
        jdbc.sql(statement).param("batch", batchId).param("all", keys == null).param("keys", json.append(']').toString())
                .update();
    }
}
