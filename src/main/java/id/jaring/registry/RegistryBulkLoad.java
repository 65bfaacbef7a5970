package id.jaring.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.access.CurrentUser;
import id.jaring.access.Role;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.CopyRows;
import id.jaring.wilayah.Regions;

/**
 * Loads many families at once for demo seeding and benchmarks, with PostgreSQL COPY: households,
 * persons and memberships, set-based, one transaction and ONE audit event (entity BULK_LOAD) per
 * batch. Not for user input: nothing is validated beyond the database's own constraints, and a
 * batch that breaks one (a NIK twice, an unknown desa) fails as a whole. Only a province-wide
 * DATA_STEWARD or ADMIN (or the system user of batch jobs) may load.
 */
@Service
public class RegistryBulkLoad {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RegistryBulkLoad.class);

    private static final String HOUSEHOLD_COPY = """
            copy household (id, no_kk, kabkota_code, desa_code, alamat, rt, rw, status_bangunan, luas_lantai_m2,
                jenis_lantai, jenis_dinding, jenis_atap, sumber_air_minum, sumber_penerangan, daya_listrik_va,
                bahan_bakar_memasak, fasilitas_bab, aset_lahan, aset_ternak, aset_motor, aset_mobil, aset_kulkas,
                aset_emas, aset_tabungan, status, created_at, updated_at, version) from stdin (format csv)
            """;
    private static final String PERSON_COPY = """
            copy person (id, nik, nama, jenis_kelamin, tempat_lahir, tanggal_lahir, nama_ibu_kandung,
                pendidikan_terakhir, jenjang_sekolah, status_kawin, hamil, hpl, disabilitas, pekerjaan,
                penghasilan_bulanan, tanggal_meninggal, kabkota_code, desa_code, created_at, updated_at, version)
                from stdin (format csv)
            """;
    private static final String MEMBER_COPY = """
            copy household_member (id, household_id, person_id, hubungan_keluarga, valid_from, kabkota_code)
                from stdin (format csv)
            """;

    private final RegistryGuard guard;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final Clock clock;

    RegistryBulkLoad(RegistryGuard guard, DataSource dataSource, JdbcClient jdbc,
            PlatformTransactionManager transactionManager, AuditLog audit, Clock clock) {
        this.guard = guard;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param batchSize families per transaction (a few thousand is a good size)
     */
    public BulkLoadResult load(Iterator<BulkFamily> families, int batchSize) {
        CurrentUser user = guard.editor();
        if (!user.scope().isProvinceWide() || !(user.role() == Role.DATA_STEWARD || user.role() == Role.ADMIN)) {
            throw new AccessDeniedException("bulk load needs a province-wide data steward");
        }
        Instant started = clock.instant();
        long households = 0;
        long persons = 0;
        long memberships = 0;
        int batches = 0;
        List<BulkFamily> batch = new ArrayList<>(batchSize);
        while (families.hasNext()) {
            batch.add(families.next());
            if (batch.size() == batchSize || !families.hasNext()) {
                List<BulkFamily> current = batch;
                long[] counts = transactions.execute(status -> loadBatch(current));
                households += counts[0];
                persons += counts[1];
                memberships += counts[2];
                batches++;
                batch = new ArrayList<>(batchSize);
            }
        }
        return new BulkLoadResult(households, persons, memberships, batches,
                Duration.between(started, clock.instant()));
    }

    private long[] loadBatch(List<BulkFamily> batch) {
        long s0 = System.nanoTime();
        int personCount = batch.stream().mapToInt(f -> f.members().size()).sum();
        List<Long> householdIds = reserve("household", batch.size());
        List<Long> personIds = reserve("person", personCount);
        List<Long> memberIds = reserve("household_member", personCount);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        CopyRows householdRows = new CopyRows();
        CopyRows personRows = new CopyRows();
        CopyRows memberRows = new CopyRows();
        int p = 0;
        for (int i = 0; i < batch.size(); i++) {
            BulkFamily family = batch.get(i);
            String desa = Regions.toDotted(family.household().desaCode());
            if (desa == null || desa.length() != 13) {
                throw new IllegalArgumentException("not a desa code in family " + i + " of the batch");
            }
            String kabKota = desa.substring(0, 5);
            long householdId = householdIds.get(i);
            household(householdRows, householdId, family.household(), desa, now);
            LocalDate since = family.since() == null ? LocalDate.now(clock) : family.since();
            for (NewMember member : family.members()) {
                long personId = personIds.get(p);
                person(personRows, personId, member.person(), desa, now);
                memberRows.value(memberIds.get(p)).value(householdId).value(personId).value(member.hubungan().label())
                        .value(since).value(kabKota).endRow();
                p++;
            }
        }
        long t0 = System.nanoTime();
        householdRows.copyInto(dataSource, HOUSEHOLD_COPY);
        long t1 = System.nanoTime();
        personRows.copyInto(dataSource, PERSON_COPY);
        long t2 = System.nanoTime();
        memberRows.copyInto(dataSource, MEMBER_COPY);
        long t3 = System.nanoTime();
        log.debug("bulk batch of {} families: prepare {} ms, COPY household {} ms, person {} ms, member {} ms",
                batch.size(), (t0 - s0) / 1_000_000, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("households", batch.size());
        summary.put("persons", personCount);
        summary.put("memberships", personCount);
        summary.put("first_household_id", householdIds.isEmpty() ? null : householdIds.get(0));
        summary.put("last_household_id", householdIds.isEmpty() ? null : householdIds.get(householdIds.size() - 1));
        summary.put("first_person_id", personIds.isEmpty() ? null : personIds.get(0));
        summary.put("last_person_id", personIds.isEmpty() ? null : personIds.get(personIds.size() - 1));
        audit.recordChange(AuditAction.CREATE,
                EntityRef.of("BULK_LOAD", householdIds.isEmpty() ? "empty" : householdIds.get(0) + "-" + householdIds.get(householdIds.size() - 1)),
                null, null, summary, "bulk load");
        return new long[] {batch.size(), personCount, personCount};
    }

    /**
     * Takes {@code n} ids from the table's identity sequence, safe alongside other writers. Usually
     * they form one range, and only its ends travel; when a concurrent writer interleaved, the
     * ids themselves are fetched (leaving the first ones unused: gaps in ids are harmless).
     */
    private List<Long> reserve(String table, int n) {
        if (n == 0) {
            return List.of();
        }
        long[] range = jdbc.sql("""
                select min(v), max(v), count(*) from (
                    select nextval(pg_get_serial_sequence(:table, 'id')) v from generate_series(1, :n)) ids
                """).param("table", table).param("n", n)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        if (range[1] - range[0] + 1 == n) {
            return java.util.stream.LongStream.rangeClosed(range[0], range[1]).boxed().toList();
        }
        return jdbc.sql("select nextval(pg_get_serial_sequence(:table, 'id')) from generate_series(1, :n)")
                .param("table", table).param("n", n).query(Long.class).list();
    }

    private static void household(CopyRows rows, long id, HouseholdData h, String desa, OffsetDateTime now) {
        Welfare w = h.welfare();
        rows.value(id).value(h.noKk()).value(desa.substring(0, 5)).value(desa).value(h.alamat())
                .value(Sql.unit(h.rt())).value(Sql.unit(h.rw()))
                .value(w.statusBangunan()).value(w.luasLantaiM2()).value(w.jenisLantai()).value(w.jenisDinding())
                .value(w.jenisAtap()).value(w.sumberAirMinum()).value(w.sumberPenerangan()).value(w.dayaListrikVa())
                .value(w.bahanBakarMemasak()).value(w.fasilitasBab()).value(w.asetLahan()).value(w.asetTernak())
                .value(w.asetMotor()).value(w.asetMobil()).value(w.asetKulkas()).value(w.asetEmas())
                .value(w.asetTabungan()).value("AKTIF").value(now.toString()).value(now.toString()).value(0).endRow();
    }

    private static void person(CopyRows rows, long id, PersonData d, String desa, OffsetDateTime now) {
        rows.value(id).value(Sql.strip(d.nik())).value(d.nama()).value(d.jenisKelamin()).value(d.tempatLahir())
                .value(d.tanggalLahir()).value(d.namaIbuKandung()).value(d.pendidikanTerakhir())
                .value(d.jenjangSekolah()).value(d.statusKawin()).value(d.hamil()).value(d.hpl())
                .value(d.disabilitas()).value(d.pekerjaan()).value(d.penghasilanBulanan()).value(d.tanggalMeninggal())
                .value(desa.substring(0, 5)).value(desa).value(now.toString()).value(now.toString()).value(0).endRow();
    }
}
