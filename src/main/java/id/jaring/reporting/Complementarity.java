package id.jaring.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Families served by several programmes at once (AKTIF enrolments), in the caller's region.
 *
 * @param programmeCodes the programmes considered (all, or those asked for), in code order
 * @param kabKota per kab/kota with a served family, in code order
 * @param total the sum over the kab/kota
 * @param combinations the combinations of two or more programmes and their families, over the whole
 *        region, most families first
 * @param combinationsByKabKota the same per kab/kota
 */
public record Complementarity(LocalDate asOf, List<String> programmeCodes, List<KabKota> kabKota, KabKota total,
        List<Combination> combinations, List<Combination> combinationsByKabKota) {

    public Complementarity {
        programmeCodes = List.copyOf(programmeCodes);
        kabKota = List.copyOf(kabKota);
        combinations = List.copyOf(combinations);
        combinationsByKabKota = List.copyOf(combinationsByKabKota);
    }

    /**
     * @param served families with an AKTIF enrolment in at least one of the programmes
     * @param several families with AKTIF enrolments in two or more of them
     * @param severalShare several as a percentage of served (one decimal), null when none is served
     */
    public record KabKota(String kabKotaCode, String kabKotaName, long served, long several, BigDecimal severalShare) {

        static KabKota of(String code, String name, long served, long several) {
            return new KabKota(code, name, served, several, KabKotaCoverage.percent(several, served));
        }
    }

    /** @param kabKotaCode null for a combination counted over the whole region */
    public record Combination(String kabKotaCode, String kabKotaName, List<String> programmeCodes, long families) {

        public Combination {
            programmeCodes = List.copyOf(programmeCodes);
        }
    }
}
