package id.jaring.linkage.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.linkage.LinkSummary;
import id.jaring.linkage.engine.Clustering;
import id.jaring.linkage.engine.PairComparator;
import id.jaring.linkage.engine.RecordKeys;
import id.jaring.linkage.engine.RecordSet;
import id.jaring.linkage.standardise.Nik;
import id.jaring.platform.CopyRows;
import id.jaring.registry.StagedPersons;

/**
 * Links one intake batch against the registry, incrementally: the blocking index is brought up
 * to date ({@link PersonKeying}), then page by page: keys computed by the engine, COPYed
 * to a temporary table and joined with the index (candidates bounded per row), the candidates'
 * current values loaded, every pair scored with the engine's comparator and the person model's
 * Fellegi-Sunter weights, and one decision per row stored in {@code link_decision}:
 * MATCH (at least the sure weight, the engine's NIK guard not against it), REVIEW (in the band
 * between sure and sure-not: a new person and a review item; never for two different valid NIKs,
 * which the registry does not merge) or NEW. Rows without any candidate get no decision row: they are new. Rows whose person the merge
 * finds itself (exact NIK, the agency's record id) are linked too, but only to propose another
 * person they resemble (a duplicate in the registry), never to move them.
 */
@Component
public class BatchLinker {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BatchLinker.class);

    /** Rows per page. */
    static final int PAGE = 50_000;
    /** At most this many candidates per row (those sharing the most keys). */
    static final int MAX_CANDIDATES = 20;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final PersonModel person;
    private final PersonKeying keying;
    private final Clock clock;

    BatchLinker(JdbcClient jdbc, DataSource dataSource, PersonModel person, PersonKeying keying, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.person = person;
        this.keying = keying;
        this.clock = clock;
    }

    /** The registry's highest person id: when it moved on since a batch was linked, the batch is linked again. */
    public long personMaxId() {
        return jdbc.sql("select coalesce(max(id), 0) from person").query(Long.class).single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public LinkSummary link(long batchId, String agencyCode, StagedPersons rows) {
        long started = System.nanoTime();
        long maxId = personMaxId();
        jdbc.sql("delete from link_decision where batch_id = :batch").param("batch", batchId).update();
        long[] counts = new long[4]; // rows, known, matched, review
        if (maxId > 0) {
            keying.refresh();
            prepare(batchId, agencyCode, rows);
            counts[0] = jdbc.sql("select count(*) from link_row").query(Long.class).single();
            counts[1] = jdbc.sql("select count(*) from link_row where known_person is not null").query(Long.class).single();
            long after = -1;
            while (true) {
                Page page = page(after);
                if (page.rowNumbers.isEmpty()) {
                    break;
                }
                List<Decision> decisions = decide(page);
                store(batchId, decisions);
                after = page.rowNumbers.get(page.rowNumbers.size() - 1);
            }
            // a known row's pair a steward rejected is not proposed again (kept as NEW, reason REJECTED_BEFORE)
            jdbc.sql("""
                    update link_decision d set decision = 'NEW', reason = 'REJECTED_BEFORE' from link_row r, link_rejected_pair x
                    where d.batch_id = :batch and d.decision = 'REVIEW' and r.row_number = d.row_number
                      and x.person_low = least(r.known_person, d.person_id) and x.person_high = greatest(r.known_person, d.person_id)
                    """).param("batch", batchId).update();
            long[] decided = jdbc.sql("""
                    select count(*) filter (where decision = 'MATCH'), count(*) filter (where decision = 'REVIEW')
                    from link_decision where batch_id = :batch
                    """).param("batch", batchId).query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
            counts[2] = decided[0];
            counts[3] = decided[1];
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LinkSummary summary = new LinkSummary(batchId, counts[0], counts[1], counts[2], counts[3], millis);
        jdbc.sql("""
                insert into link_run (batch_id, linked_at, person_max_id, rows_linked, known, matched, review, millis)
                values (:batch, :now, :max, :rows, :known, :matched, :review, :millis)
                on conflict (batch_id) do update set linked_at = excluded.linked_at, person_max_id = excluded.person_max_id,
                    rows_linked = excluded.rows_linked, known = excluded.known, matched = excluded.matched,
                    review = excluded.review, millis = excluded.millis
                """).param("batch", batchId).param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("max", maxId).param("rows", summary.rows()).param("known", summary.known())
                .param("matched", summary.matched()).param("review", summary.review()).param("millis", millis).update();
        log.info("linkage of batch {}: {} rows, {} known, {} matched, {} to review in {} ms", batchId, summary.rows(),
                summary.known(), summary.matched(), summary.review(), millis);
        return summary;
    }

    /**
     * The batch's rows as the model reads them, with whether the merge finds their person itself
     * (same rules as the registry's merge: a NIK held by a person, or the agency's record id).
     */
    private void prepare(long batchId, String agencyCode, StagedPersons rows) {
        var create = jdbc.sql("""
                drop table if exists link_row;
                create temp table link_row on commit drop as
                select s.row_number, s.nik, s.nama, s.tanggal_lahir::text tanggal_lahir, s.jenis_kelamin,
                       s.nama_ibu_kandung, s.no_kk, s.desa_code kode_wilayah, s.alamat, s.tempat_lahir, s.hubungan_keluarga,
                       coalesce((select p.id from person p where s.nik is not null and p.nik = s.nik::char(16)
                                 and p.merged_into is null order by (p.tanggal_meninggal is null) desc, p.id limit 1),
                                (select ps.person_id from person_source ps where s.record_id is not null
                                 and ps.agency_code = :linkAgency and ps.record_id = s.record_id
                                 order by ps.received_at desc limit 1)) known_person
                from (""" + rows.select() + ") as s(" + StagedPersons.COLUMNS + """
                );
                create index on link_row (row_number);
                analyze link_row
                """);
        for (var param : rows.params().entrySet()) {
            create = create.param(param.getKey(), param.getValue());
        }
        create.param("linkAgency", agencyCode).update();
        jdbc.sql("""
                drop table if exists link_row_key;
                create temp table link_row_key (row_number bigint not null, key bigint not null) on commit drop
                """).update();
    }

    /** @param knownPersons per row the person the merge finds itself (0: none) */
    private record Page(List<Long> rowNumbers, List<Long> knownPersons, List<String[]> raws) {
    }

    private Page page(long after) {
        LinkFields fields = new LinkFields(person.model());
        List<Long> rowNumbers = new ArrayList<>();
        List<Long> knownPersons = new ArrayList<>();
        List<String[]> raws = new ArrayList<>();
        jdbc.sql("select * from link_row where row_number > :after order by row_number limit :page")
                .param("after", after).param("page", PAGE).query(rs -> {
                    rowNumbers.add(rs.getLong("row_number"));
                    knownPersons.add(rs.getLong("known_person"));
                    raws.add(fields.raw(rs));
                });
        return new Page(rowNumbers, knownPersons, raws);
    }

    /** One row's decision: its best candidate and the evidence. */
    record Decision(long rowNumber, long personId, double weight, String decision, String reason, String evidence) {
    }

    private List<Decision> decide(Page page) {
        int n = page.rowNumbers.size();
        RecordSet records = new RecordSet(person.model());
        String[] ids = new String[n];
        for (int r = 0; r < n; r++) {
            ids[r] = Long.toString(page.rowNumbers.get(r));
        }
        records.addAll("batch", ids, page.raws.toArray(String[][]::new));
        // the rows' keys -> candidates from the index
        long[][] keys = RecordKeys.of(records);
        jdbc.sql("truncate link_row_key").update();
        CopyRows copy = new CopyRows();
        for (long[] key : keys) {
            for (int r = 0; r < n; r++) {
                if (key[r] != 0) {
                    copy.value(page.rowNumbers.get(r)).value(key[r]).endRow();
                }
            }
        }
        copy.copyInto(dataSource, "copy link_row_key (row_number, key) from stdin (format csv)");
        // a known row looks only through the keys its person does not have yet: what the row adds (an
        // unchanged record sent again finds nothing new and costs nothing more)
        jdbc.sql("""
                delete from link_row_key b using link_row r
                where r.row_number = b.row_number and r.known_person is not null
                  and exists (select 1 from person_link_key k where k.key = b.key and k.person_id = r.known_person)
                """).update();
        jdbc.sql("analyze link_row_key").update();
        int maxBlock = person.model().blockingOptions().maxBlockSize();
        // a key shared with more than maxBlock persons says little (a common name on a common date): left out
        List<long[]> candidates = jdbc.sql("""
                with hits as (
                    select b.row_number, k.person_id, count(*) over (partition by b.row_number, b.key) block
                    from link_row_key b join person_link_key k on k.key = b.key
                ), shared as (
                    select row_number, person_id, count(*) keys from hits where block <= :maxBlock group by 1, 2
                )
                select row_number, person_id from (
                    select s.*, row_number() over (partition by s.row_number order by s.keys desc, s.person_id) rank
                    from shared s) x
                where rank <= :maxCandidates
                """).param("maxBlock", maxBlock).param("maxCandidates", MAX_CANDIDATES)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        if (candidates.isEmpty()) {
            return List.of();
        }
        // the candidates' current values, appended after the rows
        Map<Long, Integer> indexOfPerson = new HashMap<>();
        jdbc.sql("drop table if exists link_cand_person; create temp table link_cand_person (person_id bigint primary key) on commit drop")
                .update();
        for (long[] c : candidates) {
            if (indexOfPerson.putIfAbsent(c[1], -1) == null) {
                copy.value(c[1]).endRow();
            }
        }
        copy.copyInto(dataSource, "copy link_cand_person (person_id) from stdin (format csv)");
        LinkFields fields = new LinkFields(person.model());
        List<String> personIds = new ArrayList<>();
        List<String[]> personRaws = new ArrayList<>();
        jdbc.sql("select " + LinkFields.PERSON_COLUMNS + " from link_cand_person c join person p on p.id = c.person_id "
                + LinkFields.PERSON_JOINS + " where p.merged_into is null").query(rs -> {
                    personIds.add(Long.toString(rs.getLong("id")));
                    personRaws.add(fields.raw(rs));
                });
        records.addAll("registry", personIds.toArray(String[]::new), personRaws.toArray(String[][]::new));
        for (int p = 0; p < personIds.size(); p++) {
            indexOfPerson.put(Long.parseLong(personIds.get(p)), n + p);
        }
        Map<Long, Integer> indexOfRow = new HashMap<>(n * 2);
        for (int r = 0; r < n; r++) {
            indexOfRow.put(page.rowNumbers.get(r), r);
        }
        return score(records, candidates, indexOfRow, indexOfPerson, page.knownPersons);
    }

    /**
     * A row whose person the merge finds itself (known) is never linked elsewhere; another person
     * it resembles at least in the band is proposed for review (a duplicate in the registry).
     */
    private List<Decision> score(RecordSet records, List<long[]> candidates, Map<Long, Integer> indexOfRow,
            Map<Long, Integer> indexOfPerson, List<Long> knownPersons) {
        PairComparator comparator = new PairComparator(records);
        double sure = person.sureWeight();
        double doubtful = person.doubtfulWeight();
        int nikField = person.model().fieldIndex(person.model().clustering().nikField());
        int nameField = person.model().fieldIndex(person.model().clustering().nameField());
        // per row: the best unguarded sure candidate, else the best candidate
        Map<Long, Decision> best = new HashMap<>();
        for (long[] c : candidates) {
            Integer i = indexOfRow.get(c[0]);
            Integer j = indexOfPerson.get(c[1]);
            if (i == null || j == null || j < 0) {
                continue; // the person is gone since keyed
            }
            long known = knownPersons.get(i);
            if (known == c[1]) {
                continue;
            }
            long pattern = comparator.pattern(i, j);
            double weight = 0;
            for (int k = 0; k < comparator.count(); k++) {
                weight += person.weight(k, PairComparator.level(pattern, k));
            }
            char[] nikI = records.value(nikField, i);
            char[] nikJ = records.value(nikField, j);
            boolean guarded = Clustering.nikConflict(nikI, nikJ, records.value(nameField, i), records.value(nameField, j));
            // the registry never merges two different valid NIKs: such a pair is never proposed (twins, siblings)
            boolean unmergeable = nikI != null && nikJ != null && !java.util.Arrays.equals(nikI, nikJ)
                    && Nik.valid(java.nio.CharBuffer.wrap(nikI)) && Nik.valid(java.nio.CharBuffer.wrap(nikJ));
            String decision;
            String reason = null;
            if (known != 0) {
                if (weight < doubtful || unmergeable) {
                    continue;
                }
                decision = "REVIEW";
                reason = weight >= sure ? "DUPLICATE" : "DOUBTFUL";
            } else if (weight >= sure && !guarded) {
                decision = "MATCH";
            } else if (weight >= doubtful && !unmergeable) {
                decision = "REVIEW";
                reason = "DOUBTFUL";
            } else {
                decision = "NEW";
            }
            Decision d = new Decision(c[0], c[1], weight, decision, reason, evidence(comparator, pattern));
            Decision current = best.get(c[0]);
            if (current == null || rank(d) > rank(current) || (rank(d) == rank(current) && d.weight() > current.weight())) {
                best.put(c[0], d);
            }
        }
        return new ArrayList<>(best.values());
    }

    private static int rank(Decision d) {
        return switch (d.decision()) {
            case "MATCH" -> 2;
            case "REVIEW" -> 1;
            default -> 0;
        };
    }

    private String evidence(PairComparator comparator, long pattern) {
        StringBuilder json = new StringBuilder("[");
        for (int k = 0; k < comparator.count(); k++) {
            int level = PairComparator.level(pattern, k);
            if (k > 0) {
                json.append(',');
            }
            json.append("{\"comparison\":\"").append(comparator.comparison(k).name()).append("\",\"kind\":\"")
                    .append(comparator.comparison(k).kind()).append("\",\"level\":").append(level)
                    .append(",\"weight\":").append(Math.round(person.weight(k, level) * 10) / 10.0).append('}');
        }
        return json.append(']').toString();
    }

    private void store(long batchId, List<Decision> decisions) {
        CopyRows copy = new CopyRows();
        for (Decision d : decisions) {
            copy.value(batchId).value(d.rowNumber()).value(d.personId()).value(d.weight()).value(d.decision())
                    .value(d.reason()).value(d.evidence()).endRow();
        }
        copy.copyInto(dataSource, "copy link_decision (batch_id, row_number, person_id, weight, decision, reason, evidence)"
                + " from stdin (format csv)");
    }
}
