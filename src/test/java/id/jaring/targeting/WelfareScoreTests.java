package id.jaring.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.access.Role;
import id.jaring.support.TestUsers;

/**
 * Scores of hand-built families under the default weights (version 1), computed by hand from
 * V2026_11_26_1262__pmt_default_weights.sql; desil order over the whole registry.
 */
@SpringBootTest
class WelfareScoreTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    WelfareRanking ranking;
    @Autowired
    HouseholdRanks ranks;
    @Autowired
    TargetingTestSupport support;

    @Test
    void handBuiltFamiliesScoreWhatTheDefaultWeightsSay() {
        RankFamilies f = new RankFamilies(jdbc);
        LocalDate today = LocalDate.now(support.clock());
        // poor: every housing variable at its poorest, 4 members (2 children), head SD, BURUH TANI
        long poor = f.household(RankFamilies.LEBAK_DESA);
        f.set(poor, "luas_lantai_m2", 20).set(poor, "jenis_lantai", "TANAH").set(poor, "jenis_dinding", "BAMBU")
                .set(poor, "jenis_atap", "JERAMI_IJUK_RUMBIA").set(poor, "fasilitas_bab", "TIDAK_ADA")
                .set(poor, "sumber_penerangan", "BUKAN_LISTRIK").set(poor, "daya_listrik_va", 0)
                .set(poor, "sumber_air_minum", "AIR_PERMUKAAN").set(poor, "bahan_bakar_memasak", "KAYU_BAKAR")
                .set(poor, "status_bangunan", "BEBAS_SEWA").set(poor, "aset_lahan", false).set(poor, "aset_ternak", 0)
                .set(poor, "aset_motor", 0).set(poor, "aset_mobil", 0).set(poor, "aset_kulkas", 0)
                .set(poor, "aset_emas", false).set(poor, "aset_tabungan", false);
        f.member(poor, "KEPALA KELUARGA", today.minusYears(46), "SD", " buruh tani ", 500_000L, null);
        f.member(poor, "ISTRI", today.minusYears(41), "SD", "MENGURUS RUMAH TANGGA", 0L, null);
        f.member(poor, "ANAK", today.minusYears(8), null, null, null, null);
        f.member(poor, "ANAK", today.minusYears(5), null, null, null, null);
        // neither a dead member nor one who moved out counts
        long dead = f.member(poor, "ANAK", today.minusYears(20), "S1", "PNS", 9_000_000L, null);
        jdbc.sql("update person set tanggal_meninggal = :d where id = :id").param("d", today.minusDays(3)).param("id", dead).update();
        long gone = f.member(poor, "ANAK", today.minusYears(22), "S1", "PNS", 9_000_000L, "BERAT");
        jdbc.sql("update household_member set valid_to = :d, end_reason = 'PINDAH' where person_id = :id")
                .param("d", today.minusDays(1)).param("id", gone).update();
        // well off: good house and assets, 3 members (child 16: no dependant), head S1 PNS
        long rich = f.household(RankFamilies.LEBAK_DESA);
        f.set(rich, "luas_lantai_m2", 90).set(rich, "jenis_lantai", "KERAMIK").set(rich, "jenis_dinding", "TEMBOK")
                .set(rich, "jenis_atap", "GENTENG").set(rich, "fasilitas_bab", "SENDIRI")
                .set(rich, "sumber_penerangan", "PLN_METERAN").set(rich, "daya_listrik_va", 1300)
                .set(rich, "sumber_air_minum", "LEDENG").set(rich, "bahan_bakar_memasak", "GAS_ELPIJI_BESAR")
                .set(rich, "status_bangunan", "MILIK_SENDIRI").set(rich, "aset_lahan", true).set(rich, "aset_ternak", 0)
                .set(rich, "aset_motor", 2).set(rich, "aset_mobil", 1).set(rich, "aset_kulkas", 1)
                .set(rich, "aset_emas", true).set(rich, "aset_tabungan", true);
        f.member(rich, "KEPALA KELUARGA", today.minusYears(51), "S1", "PNS", 6_000_000L, null);
        f.member(rich, "ISTRI", today.minusYears(48), "SMA", "GURU", 3_000_000L, null);
        f.member(rich, "ANAK", today.minusYears(16), "SMP", "PELAJAR/MAHASISWA", null, null);
        // nothing known: every variable scores its missing points
        long unknown = f.household(RankFamilies.LEBAK_DESA);
        // not active: not ranked
        long moved = f.household(RankFamilies.LEBAK_DESA);
        f.set(moved, "status", "PINDAH");

        RankingRun run = support.as(Role.DATA_STEWARD, () -> ranking.recompute());

        assertThat(run.status()).isEqualTo(RankingRun.Status.FINISHED);
        // poor: housing 0; size 4 -> 3; 2 dependants -> 2; head SD 1; BURUH TANI 0;
        // income 500,000 / 4 = 125,000 -> 0; no severe disability 2
        assertThat(ranks.of(poor)).get().satisfies(r -> {
            assertThat(r.score()).isEqualByComparingTo("8");
            assertThat(r.variablesMissing()).isZero();
            assertThat(r.weightsVersion()).isEqualTo(run.weightsVersion());
            assertThat(r.computedAt()).isEqualTo(run.startedAt());
        });
        // rich: housing 5+6+4+5+4+6+4+6+3+2+0+5+8+3+2+3, floor 90/3 = 30 m2 -> 8 (= 74);
        // members: size 3 -> 3, 0 dependants 4, S1 8, PNS 7, 9,000,000 / 3 -> 12, 2 (= 36)
        assertThat(ranks.of(rich).orElseThrow().score()).isEqualByComparingTo("110");
        // unknown: the sum of the 23 missing points (lower medians of each variable's points)
        assertThat(ranks.of(unknown)).get().satisfies(r -> {
            assertThat(r.score()).isEqualByComparingTo("37");
            assertThat(r.variablesMissing()).isEqualTo(23);
        });
        assertThat(ranks.of(moved)).isEmpty();
        assertThat(ranks.of(poor).orElseThrow().desil()).isLessThanOrEqualTo(ranks.of(unknown).orElseThrow().desil());
        assertThat(ranks.of(unknown).orElseThrow().desil()).isLessThanOrEqualTo(ranks.of(rich).orElseThrow().desil());
    }

    @Test
    void aValueOnABandStartScoresThatBand() {
        RankFamilies f = new RankFamilies(jdbc);
        LocalDate today = LocalDate.now(support.clock());
        long onStart = f.household(RankFamilies.SERANG_DESA);
        long below = f.household(RankFamilies.SERANG_DESA);
        // 24 m2 / 3 = 8 m2 per person (band from 8: 4 points) against 23 / 3 (band from 0: 0);
        // 450 VA (band from 450: 1 point) against 449 VA (0); income 1,950,000 / 3 = 650,000 (6) against 649,999.67 (3)
        f.set(onStart, "luas_lantai_m2", 24).set(onStart, "daya_listrik_va", 450);
        f.set(below, "luas_lantai_m2", 23).set(below, "daya_listrik_va", 449);
        for (long h : new long[] {onStart, below}) {
            f.member(h, "KEPALA KELUARGA", today.minusYears(40), "SMA", "SOPIR", h == onStart ? 1_950_000L : 1_949_999L, null);
            f.member(h, "ISTRI", today.minusYears(38), "SMA", null, null, null);
            f.member(h, "ANAK", today.minusYears(17), "SMA", null, null, null);
        }
        support.as(Role.DATA_STEWARD, () -> ranking.recompute());

        BigDecimal difference = ranks.of(onStart).orElseThrow().score().subtract(ranks.of(below).orElseThrow().score());
        assertThat(difference).isEqualByComparingTo("8"); // 4 + 1 + 3
    }

    @Test
    void desilNeverFallsAsTheScoreRisesAndEveryActiveFamilyIsRanked() {
        RankFamilies f = new RankFamilies(jdbc);
        for (int i = 0; i < 5; i++) {
            long h = f.household(RankFamilies.SERANG_DESA);
            f.set(h, "luas_lantai_m2", 10 + 20 * i).set(h, "jenis_lantai", i % 2 == 0 ? "KERAMIK" : "TANAH");
        }
        RankingRun run = support.as(Role.ADMIN, () -> ranking.recompute());

        long active = jdbc.sql("select count(*) from household where status = 'AKTIF'").query(Long.class).single();
        assertThat(run.families()).isEqualTo(active);
        assertThat(jdbc.sql("select count(*) from household_rank").query(Long.class).single()).isEqualTo(active);
        assertThat(jdbc.sql("""
                select count(*) from household_rank a join household_rank b on a.score < b.score and a.desil > b.desil
                """).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from household_rank a join household_rank b on a.score = b.score and a.desil <> b.desil")
                .query(Long.class).single()).isZero();
        List<Integer> desils = jdbc.sql("select distinct desil from household_rank order by 1").query(Integer.class).list();
        assertThat(desils).startsWith(1).allMatch(d -> d >= 1 && d <= 10);
        assertThat(jdbc.sql("select count(*) from household_rank where desil = 1").query(Long.class).single())
                .isGreaterThanOrEqualTo(active / 10);
        // the run table and the audit trail know the run
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'RANKING_RUN' and entity_id = :id")
                .param("id", Long.toString(run.id())).query(Long.class).single()).isEqualTo(1);
        assertThat(run.finishedAt()).isAfterOrEqualTo(run.startedAt());
        assertThat(run.requestedBy()).isEqualTo("test-admin");
        assertThat(run.trigger()).isEqualTo(RankingRun.Trigger.API);
        assertThat(BigDecimal.ZERO).isNotNull();
    }
}
