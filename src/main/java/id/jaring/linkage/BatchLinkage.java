package id.jaring.linkage;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.linkage.internal.BatchLinker;
import id.jaring.registry.StagedPersons;

/**
 * Record linkage of intake batches against the registry, for the intake module (the registry
 * knows nothing of it). Intended use:
 * <ol>
 * <li>after validation, {@link #link} (own transaction): decisions per row, counts for the report;</li>
 * <li>in the commit's transaction: {@link #ensureLinked} (links again when persons were added since),
 * the merge reads {@link #linked} instead of the plain rows, then {@link #committed} opens the
 * review items for the rows committed as new persons.</li>
 * </ol>
 */
@Service
public class BatchLinkage {

    private final BatchLinker linker;
    private final JdbcClient jdbc;
    private final Clock clock;

    BatchLinkage(BatchLinker linker, JdbcClient jdbc, Clock clock) {
        this.linker = linker;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Links the batch's rows (a SELECT with the columns of {@link StagedPersons#COLUMNS}) against
     * the registry and stores one decision per row with a candidate; replaces an earlier run.
     */
    @Transactional
    public LinkSummary link(long batchId, String agencyCode, StagedPersons rows) {
        return linker.link(batchId, agencyCode, rows);
    }

    /** Inside the caller's transaction: links the batch unless its last run is still current. */
    @Transactional(propagation = Propagation.MANDATORY)
    public LinkSummary ensureLinked(long batchId, String agencyCode, StagedPersons rows) {
        Optional<Long> linkedAgainst = jdbc.sql("select person_max_id from link_run where batch_id = :batch")
                .param("batch", batchId).query(Long.class).optional();
        if (linkedAgainst.isPresent() && linkedAgainst.get() == linker.personMaxId()) {
            return summary(batchId).orElseThrow();
        }
        return linker.link(batchId, agencyCode, rows);
    }

    /**
     * The rows with one more column, {@code linked_person_id}: the person of each row the linkage
     * linked for sure (MATCH), null otherwise.
     */
    public StagedPersons linked(StagedPersons rows, long batchId) {
        Map<String, Object> params = new HashMap<>(rows.params());
        params.put("linkedBatch", batchId);
        String select = "select s.*, d.person_id from (" + rows.select() + ") as s(" + StagedPersons.COLUMNS + ")"
                + " left join link_decision d on d.batch_id = :linkedBatch and d.row_number = s.row_number"
                + " and d.decision = 'MATCH'";
        return new StagedPersons(select, params, true);
    }

    /**
     * After the merge, in its transaction: the rows in the band became new persons; each is now
     * proposed to the data steward with the registry person it resembles, unless the two are one
     * person already or a steward said they are not the same person.
     *
     * @return the number of review items opened
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long committed(long batchId) {
        boolean any = jdbc.sql("select exists (select 1 from link_decision where batch_id = :batch and decision = 'REVIEW')")
                .param("batch", batchId).query(Boolean.class).single();
        if (!any) {
            return 0;
        }
        return jdbc.sql("""
                insert into link_review (batch_id, row_number, candidate_person_id, new_person_id, weight, reason, evidence,
                                         status, kabkota_code, desa_code_a, desa_code_b, created_at)
                select d.batch_id, d.row_number, d.person_id, s.person_id, d.weight, d.reason, d.evidence, 'OPEN',
                       c.kabkota_code, c.desa_code, n.desa_code, :now
                from link_decision d
                join person_source s on s.batch_id = d.batch_id and s.row_number = d.row_number
                join person c on c.id = d.person_id
                join person n on n.id = s.person_id
                where d.batch_id = :batch and d.decision = 'REVIEW' and s.person_id <> d.person_id
                  and not exists (select 1 from link_rejected_pair r
                                  where r.person_low = least(d.person_id, s.person_id)
                                    and r.person_high = greatest(d.person_id, s.person_id))
                  and not exists (select 1 from link_review o where o.status in ('OPEN', 'ACCEPTED')
                                  and least(o.candidate_person_id, o.new_person_id) = least(d.person_id, s.person_id)
                                  and greatest(o.candidate_person_id, o.new_person_id) = greatest(d.person_id, s.person_id))
                on conflict (batch_id, row_number) do nothing
                """).param("batch", batchId).param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    /** The last linkage of the batch, if any. */
    public Optional<LinkSummary> summary(long batchId) {
        return jdbc.sql("select batch_id, rows_linked, known, matched, review, millis from link_run where batch_id = :batch")
                .param("batch", batchId)
                .query((rs, i) -> new LinkSummary(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)))
                .optional();
    }
}
