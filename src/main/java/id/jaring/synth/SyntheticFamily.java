package id.jaring.synth;

import java.util.List;

/**
 * One family (KK) of the synthetic population with its clean members, head first.
 *
 * @param householdId     stable id within one generation ({@code H00000001}...)
 * @param noKk            16 digits: issuing kecamatan code, issue date DDMMYY, serial; unique in the population
 * @param regionCode      desa/kelurahan code, dotted ({@code 36.01.01.2001})
 * @param regionCodePlain the same code, 10 digits ({@code 3601012001})
 * @param kabKotaCode     dotted kab/kota code ({@code 36.01})
 * @param address         street address (KP. ..., JL. ..., PERUM ...)
 * @param rt              neighbourhood unit, 3 digits zero-padded
 * @param rw              neighbourhood unit, 3 digits zero-padded
 * @param housing         dwelling and assets
 * @param welfare         the latent welfare level every welfare variable was drawn from (roughly standard normal,
 *                        higher is better off); the truth a proxy-means test tries to recover
 * @param members         the members, the head first
 */
public record SyntheticFamily(String householdId, String noKk, String regionCode, String regionCodePlain,
        String kabKotaCode, String address, String rt, String rw, Housing housing, double welfare,
        List<SyntheticPerson> members) {

    public SyntheticFamily {
        members = List.copyOf(members);
    }

    public SyntheticPerson head() {
        return members.get(0);
    }
}
