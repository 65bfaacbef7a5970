package id.jaring.demo;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.jaring.program.ProgrammeRule;
import id.jaring.program.ProgrammeRules;
import id.jaring.program.Programmes;
import id.jaring.program.SaveRule;
import id.jaring.targeting.HouseholdRanks;
import id.jaring.targeting.RankingRun;
import id.jaring.targeting.WelfareRanking;

/**
 * Makes a demo registry ready for targeting and enrolment: ranks the families (score and desil)
 * when some active family has no rank yet (the bulk load does not rank, unlike an import), and
 * gives each preloaded programme without a rule the demo rule below, so that waiting lists, rule
 * previews and eligibility answers are there at once. Runs as the system user.
 */
@Component
class DemoTargeting {

    /**
     * Jamsosratu's rule comes with program's preload migration. PKH_DAERAH has none there; the demo
     * gives it PKH's components (2021) with the elderly at 70 as PKH practises, for the poorest
     * three desil: a narrower list than Jamsosratu's, so the two waiting lists differ.
     */
    static final Map<String, SaveRule> RULES = Map.of("PKH_DAERAH", new SaveRule(
            "desil <= 3 DAN ADA ANGGOTA (hamil ATAU umur < 7 ATAU (sekolah DALAM (SD, SMP, SMA) DAN umur < 21)"
                    + " ATAU umur >= 70 ATAU disabilitas = BERAT)",
            "Contoh demo: komponen PKH 2021 (ibu hamil, anak usia dini 0-6 tahun, anak sekolah SD-SMA, disabilitas"
                    + " berat, lansia 70 tahun ke atas), desil 1-3"));

    private static final Logger log = LoggerFactory.getLogger(DemoTargeting.class);

    private final HouseholdRanks ranks;
    private final WelfareRanking ranking;
    private final Programmes programmes;
    private final ProgrammeRules rules;

    DemoTargeting(HouseholdRanks ranks, WelfareRanking ranking, Programmes programmes, ProgrammeRules rules) {
        this.ranks = ranks;
        this.ranking = ranking;
        this.programmes = programmes;
        this.rules = rules;
    }

    void prepare() {
        rankUnrankedFamilies();
        RULES.forEach(this::ruleUnlessOneExists);
    }

    private void rankUnrankedFamilies() {
        long unranked = ranks.unrankedActiveFamilies();
        if (unranked > 0) {
            log.info("Demo: {} active families have no rank yet: ranking the registry", unranked);
            RankingRun run = ranking.recompute();
            log.info("Demo: ranked {} families in {} ms", run.families(),
                    run.finishedAt().toEpochMilli() - run.startedAt().toEpochMilli());
        }
    }

    private void ruleUnlessOneExists(String programme, SaveRule rule) {
        if (programmes.find(programme).isPresent() && rules.inForce(programme).isEmpty()) {
            ProgrammeRule saved = rules.save(programme, rule);
            log.info("Demo: eligibility rule version {} for {}", saved.version(), programme);
        }
    }
}
