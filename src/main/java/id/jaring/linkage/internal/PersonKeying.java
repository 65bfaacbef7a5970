package id.jaring.linkage.internal;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.linkage.engine.RecordKeys;
import id.jaring.linkage.engine.RecordSet;
import id.jaring.platform.CopyRows;

/**
 * Keeps the blocking index of registry persons ({@code person_link_key}) current, incrementally:
 * the persons that are new, or whose version moved on since they were keyed, are found by one
 * anti-join, read in pages by id, standardised and keyed by the engine, and COPYed in. Nothing
 * else is touched, so a batch of a thousand rows after a million persons keys only what changed.
 *
 * <p>Family values (No. KK, address) do not raise a person's version: a person who moves keeps
 * the old family's keys until their own record changes (the other keys still find them).
 */
@Component
public class PersonKeying {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PersonKeying.class);

    /** Persons per page: bounds memory whatever the registry's size. */
    static final int PAGE = 50_000;

    /** From this many persons to key, the index is dropped and built again after the COPY. */
    static final long REBUILD_FROM = 200_000;

    /** The index definitions (as in the migration). */
    static final String INDEXES = """
            create index person_link_key_key_idx on person_link_key (key) include (person_id);
            create index person_link_key_person_idx on person_link_key (person_id)
            """;

    /** One transaction keys at a time (two would key the same persons twice). */
    private static final long LOCK = 0x4A4C4B31L;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final PersonModel model;

    PersonKeying(JdbcClient jdbc, DataSource dataSource, PersonModel model) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.model = model;
    }

    /** @return the number of persons keyed */
    @Transactional(propagation = Propagation.MANDATORY)
    public long refresh() {
        jdbc.sql("select 1 from pg_advisory_xact_lock(:lock)").param("lock", LOCK).query(Integer.class).single();
        long started = System.nanoTime();
        // keys of persons changed since keyed go first (the few; new persons have none)
        jdbc.sql("""
                delete from person_link_key where person_id in (
                    select k.person_id from person_link_keyed k join person p on p.id = k.person_id
                    where p.version <> k.version)
                """).update();
        long pending = jdbc.sql("""
                select count(*) from person p left join person_link_keyed k on k.person_id = p.id
                where k.person_id is null or k.version <> p.version
                """).query(Long.class).single();
        // many persons at once (the first batch after a large load): the index is built once after
        // the COPY, by sorting, instead of taking millions of random inserts (DDL is transactional)
        boolean rebuild = pending >= REBUILD_FROM;
        if (rebuild) {
            jdbc.sql("drop index person_link_key_key_idx; drop index person_link_key_person_idx").update();
        }
        long keyed = 0;
        long after = 0;
        LinkFields fields = new LinkFields(model.model());
        while (true) {
            List<Long> ids = new ArrayList<>(PAGE);
            List<Long> versions = new ArrayList<>(PAGE);
            List<Boolean> merged = new ArrayList<>(PAGE);
            List<String[]> raws = new ArrayList<>(PAGE);
            jdbc.sql("select " + LinkFields.PERSON_COLUMNS + """
                    from person p
                    left join person_link_keyed k on k.person_id = p.id
                    """ + LinkFields.PERSON_JOINS + """
                    where p.id > :after and (k.person_id is null or k.version <> p.version)
                    order by p.id limit :page
                    """).param("after", after).param("page", PAGE).query(rs -> {
                        ids.add(rs.getLong("id"));
                        versions.add(rs.getLong("version"));
                        merged.add(rs.getObject("merged_into") != null);
                        raws.add(fields.raw(rs));
                    });
            if (ids.isEmpty()) {
                break;
            }
            write(ids, versions, merged, raws);
            keyed += ids.size();
            after = ids.get(ids.size() - 1);
            if (ids.size() < PAGE) {
                break;
            }
        }
        if (rebuild) {
            jdbc.sql("set local maintenance_work_mem = '256MB'").update();
            jdbc.sql(INDEXES).update();
            jdbc.sql("analyze person_link_key").update();
        }
        if (keyed > 0) {
            log.info("linkage index: {} persons keyed in {} ms", keyed, (System.nanoTime() - started) / 1_000_000);
        }
        return keyed;
    }

    /** A person merged into another gets no keys (but is marked keyed at its version: not read again). */
    private void write(List<Long> ids, List<Long> versions, List<Boolean> merged, List<String[]> raws) {
        RecordSet records = new RecordSet(model.model());
        String[] recordIds = new String[ids.size()];
        java.util.Arrays.fill(recordIds, "");
        records.addAll("registry", recordIds, raws.toArray(String[][]::new));
        long[][] keys = RecordKeys.of(records);
        CopyRows copy = new CopyRows();
        for (long[] key : keys) {
            for (int r = 0; r < ids.size(); r++) {
                if (key[r] != 0 && !merged.get(r)) {
                    copy.value(key[r]).value(ids.get(r)).endRow();
                }
            }
        }
        copy.copyInto(dataSource, "copy person_link_key (key, person_id) from stdin (format csv)");
        jdbc.sql("""
                create temp table if not exists link_keyed_page (person_id bigint, version bigint) on commit drop;
                truncate link_keyed_page
                """).update();
        for (int r = 0; r < ids.size(); r++) {
            copy.value(ids.get(r)).value(versions.get(r)).endRow();
        }
        copy.copyInto(dataSource, "copy link_keyed_page (person_id, version) from stdin (format csv)");
        jdbc.sql("""
                insert into person_link_keyed (person_id, version) select person_id, version from link_keyed_page
                on conflict (person_id) do update set version = excluded.version
                """).update();
    }
}
