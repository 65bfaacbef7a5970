package id.jaring.enrollment.readiness;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.access.Role;
import id.jaring.program.ProgramFixtures;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.Fixtures;
import id.jaring.registry.HouseholdRegistration;
import id.jaring.support.TestUsers;
import id.jaring.targeting.GeneratedFamilies;

import org.springframework.security.core.Authentication;

/**
 * KPM families for the readiness tests, built set-based in SQL on the targeting tests' generated
 * registry: more variety where readiness looks (roofs, toilets, non-working occupations in mixed
 * case and with blanks, families without any known income, housing or assets), every active family
 * enrolled as AKTIF in a programme of its own, and field assessments for about 60% of them (a fifth
 * of those with an earlier, different version).
 */
final class ReadinessFixtures {

    /** Desa of their own in Kecamatan Bayah (Lebak): the pendamping's, and a neighbouring one. */
    static final String KEC = "360203";
    static final String DESA = "36.02.03.2006";
    static final String OTHER_DESA = "36.02.03.2008";
    static final Authentication PENDAMPING = TestUsers.as(Role.PENDAMPING, DESA);

    private ReadinessFixtures() {
    }

    /**
     * A family of three registered through the registry (head and wife adults without recorded
     * occupation or income, a child of school age with unknown schooling; floor of earth, bamboo
     * walls, tile roof, shared toilet, two head of livestock), a KPM of the programme.
     */
    static long kpmFamily(HouseholdRegistration registration, JdbcClient jdbc, long programmeId, String desa) {
        long id = ProgramFixtures.as(ProgramFixtures.STEWARD,
                () -> registration.register(Fixtures.family(KEC, desa, "KEPALA SIAP")).id());
        enrolActive(jdbc, new GeneratedFamilies.Range(id, id, 1), programmeId);
        return id;
    }

    /** The head earns Rp10.000.000 a month: the family is far above any poverty line. */
    static void headEarnsWell(JdbcClient jdbc, long householdId) {
        jdbc.sql("""
                update person set penghasilan_bulanan = 10000000, pekerjaan = 'WIRASWASTA'
                where id = (select person_id from household_member where household_id = :h and valid_to is null
                            and hubungan_keluarga = 'KEPALA KELUARGA')
                """).param("h", householdId).update();
    }

    static Programme programme(Programmes programmes, Quotas quotas) {
        return ProgramFixtures.programmeWithQuotas(programmes, quotas);
    }

    /**
     * Adds the variety readiness needs to the generated families of the range, and moves them to the
     * desa of Kota Cilegon (36.72), which no other test counts in: the generator spreads families over
     * every kab/kota, into desa whose families other tests count, and this class runs before those.
     */
    static void vary(JdbcClient jdbc, GeneratedFamilies.Range range) {
        jdbc.sql("""
                with d as (select code, row_number() over (order by code) rn, count(*) over () n
                           from region where level = 4 and code like '36.72.%')
                update household h set kabkota_code = '36.72', desa_code = d.code
                from d where h.id between :from and :to and d.rn = 1 + xh(h.id, 'cilegon') % d.n
                """).param("from", range.from()).param("to", range.to()).update();
        jdbc.sql("""
                update person p set kabkota_code = h.kabkota_code, desa_code = h.desa_code
                from household_member m join household h on h.id = m.household_id
                where m.person_id = p.id and h.id between :from and :to
                """).param("from", range.from()).param("to", range.to()).update();
        jdbc.sql("update household_member set kabkota_code = '36.72' where household_id between :from and :to")
                .param("from", range.from()).param("to", range.to()).update();
        jdbc.sql("update household_rank set kabkota_code = '36.72' where household_id between :from and :to")
                .param("from", range.from()).param("to", range.to()).update();
        jdbc.sql("""
                update household set
                    jenis_atap = (array['GENTENG', 'BETON', 'ASBES', 'JERAMI_IJUK_RUMBIA', 'SENG', null])[1 + xh(id, 'ja') % 6],
                    fasilitas_bab = (array['SENDIRI', 'BERSAMA', 'UMUM', 'TIDAK_ADA', null])[1 + xh(id, 'fb') % 5],
                    jenis_dinding = case when xh(id, 'jd2') % 4 = 0 then 'KAYU_PAPAN' else jenis_dinding end
                where id between :from and :to
                """).param("from", range.from()).param("to", range.to()).update();
        jdbc.sql("""
                update household set jenis_lantai = null, jenis_dinding = null, jenis_atap = null, fasilitas_bab = null
                where id between :from and :to and xh(id, 'nohouse') % 20 = 0
                """).param("from", range.from()).param("to", range.to()).update();
        jdbc.sql("""
                update household set aset_tabungan = null, aset_emas = null, aset_lahan = null, aset_ternak = null
                where id between :from and :to and xh(id, 'noasset') % 20 = 0
                """).param("from", range.from()).param("to", range.to()).update();
        jdbc.sql("""
                update person p set
                    pekerjaan = case when xh(p.id, 'nw') % 10 < 4
                        then (array['BELUM/TIDAK BEKERJA', ' mengurus rumah tangga ', 'Pelajar/Mahasiswa', E'PENSIUNAN\\t', '', '   ',
                                    'WIRASWASTA'])[1 + xh(p.id, 'nwk') % 7]
                        else p.pekerjaan end,
                    penghasilan_bulanan = case when xh(m.household_id, 'noinc') % 10 = 0 then null else p.penghasilan_bulanan end
                from household_member m
                where m.person_id = p.id and m.household_id between :from and :to
                """).param("from", range.from()).param("to", range.to()).update();
        jdbc.sql("analyze household, person").update();
    }

    /** Every active family of the range becomes a KPM of the programme (AKTIF since 2026-01-05). */
    static int enrolActive(JdbcClient jdbc, GeneratedFamilies.Range range, long programmeId) {
        return jdbc.sql("""
                insert into enrolment (programme_id, household_id, no_kk, kabkota_code, desa_code, status, proposed_by_id,
                    proposed_by, proposed_at, decided_by_id, decided_by, decided_at, start_date, evidence, updated_at, slot_no)
                select :p, h.id, h.no_kk, h.kabkota_code, h.desa_code, 'AKTIF', 9101, 'maker', now(), 9102, 'checker', now(),
                       date '2026-01-05', '{}'::jsonb, now(),
                       (select coalesce(max(x.slot_no), 0) from enrolment x where x.programme_id = :p and x.kabkota_code = h.kabkota_code)
                       + row_number() over (partition by h.kabkota_code order by h.id)
                from household h where h.id between :from and :to and h.status = 'AKTIF'
                """).param("p", programmeId).param("from", range.from()).param("to", range.to()).update();
    }

    /** Field assessments for about 60% of the range's families; a fifth of those get an earlier, different version 1. */
    static void assess(JdbcClient jdbc, GeneratedFamilies.Range range) {
        jdbc.sql("""
                insert into field_assessment (household_id, version, kabkota_code, desa_code, assessed_on, usaha, pangan,
                    kesehatan, kesiapan, notes, assessed_by_id, assessed_by, recorded_at)
                select h.id, v, h.kabkota_code, h.desa_code, date '2026-06-01' + v,
                       case when v = 1 and xh(h.id, 'two') % 5 = 0 then xh(h.id, 'u') % 2 = 1 else xh(h.id, 'u') % 2 = 0 end,
                       case when v = 1 and xh(h.id, 'two') % 5 = 0 then xh(h.id, 'p') % 3 <> 0 else xh(h.id, 'p') % 3 = 0 end,
                       xh(h.id, 'k') % 4 <> 0,
                       case when v = 1 and xh(h.id, 'two') % 5 = 0 then true else xh(h.id, 's') % 2 = 0 end,
                       null, 9103, 'pendamping', now()
                from household h
                cross join lateral generate_series(1, case when xh(h.id, 'two') % 5 = 0 then 2 else 1 end) v
                where h.id between :from and :to and xh(h.id, 'fa') % 10 < 6
                """).param("from", range.from()).param("to", range.to()).update();
    }

    /** A version for the tests: income required at Rp1.500.000, thresholds that split the generated families. */
    static NewReadinessSet spreadingSet(String note) {
        List<IndicatorWeight> weights = new ArrayList<>();
        weights.add(weight("PENGHASILAN_PER_KAPITA", "25", "1500000", true));
        weights.add(weight("ANGGOTA_BEKERJA", "15", "1", false));
        weights.add(weight("RUMAH_LAYAK", "10", "3", false));
        weights.add(weight("ANAK_SEKOLAH", "10", "75", false));
        weights.add(weight("TABUNGAN_ASET", "10", "2", false));
        weights.add(weight("LAPANGAN_USAHA", "10", null, false));
        weights.add(weight("LAPANGAN_PANGAN", "10", null, false));
        weights.add(weight("LAPANGAN_KESEHATAN", "5", null, false));
        weights.add(weight("LAPANGAN_KESIAPAN", "5", null, false));
        return new NewReadinessSet(null, note, new BigDecimal("60"), weights);
    }

    static IndicatorWeight weight(String indicator, String weight, String threshold, boolean required) {
        return new IndicatorWeight(indicator, new BigDecimal(weight), threshold == null ? null : new BigDecimal(threshold),
                required);
    }
}
