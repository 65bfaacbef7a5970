package id.jaring.targeting;

import java.time.LocalDate;
import java.util.List;

/** How many active families a rule selects in the caller's scope, in all and per kab/kota (largest first). */
public record EligibilityPreview(String rule, LocalDate asOf, long total, List<KabKotaCount> perKabKota) {

    public EligibilityPreview {
        perKabKota = List.copyOf(perKabKota);
    }

    public record KabKotaCount(String code, String name, long families) {
    }
}
