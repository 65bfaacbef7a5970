package id.jaring.synth.internal;

import java.util.SplittableRandom;

/**
 * Addresses as Dukcapil writes them: kampung in desa (KP. CIBEUREUM), streets and housing estates
 * in kelurahan (JL. MERDEKA NO. 12, PERUM GRIYA PERMATA BLOK C2 NO. 7), with RT and RW. Every
 * desa has a fixed set of RW, each with its own kampung or street, derived from the desa code.
 */
final class Addresses {

    record Address(String street, String rt, String rw) {
    }

    static final String[] KAMPUNG = NamePools.words("CIBEUREUM BABAKAN SUKAMAJU PASIRGADUNG KADUHEJO LEUWIDAMAR"
            + " CIKONENG SUKARESMI CIJAKU PARUNG CIMANGGU SINDANGSARI CILAKU SUKAJAYA PANGKALAN TEGALSARI"
            + " CIKUPA PEUSAR SAWAHLUHUR PONDOKSALAM CISAAT CIKANDE KRAMAT CIPARAY GUNUNGSARI KADUMERAK CITEREUP"
            + " LEBAKWANGI PAGELARAN SUKAMANAH CIKEMBANG JATIMULYA SINDANGLAYA KARANGANYAR MEKARSARI SUKADAMAI"
            + " BOJONG CIPAYUNG CIBODAS CIGADUNG KALANGANYAR MUNJUL CURUG SERDANG TANJUNG KEBONJAHE PASARBARU");
    static final String[] KAMPUNG_SUFFIX = {"", "", "", "", " GIRANG", " HILIR", " TONGGOH", " LEBAK", " TENGAH", " BARAT"};
    static final String[] STREET = {"MERDEKA", "SUDIRMAN", "AHMAD YANI", "DIPONEGORO", "KH. HASYIM ASHARI",
            "RAYA SERANG", "SULTAN AGENG TIRTAYASA", "MAULANA HASANUDIN", "VETERAN", "KI SAMAUN", "BHAYANGKARA",
            "PAHLAWAN SERIBU", "CEMPAKA", "MAWAR", "MELATI", "FLAMBOYAN", "ANGGREK", "KENANGA", "PELITA", "SERUNI",
            "MANGGA", "RAMBUTAN", "NUSANTARA", "DAMAI", "KARYA BAKTI", "SWADAYA", "HARAPAN", "SUKAMULYA"};
    static final String[] ESTATE = {"BUMI ASRI", "GRIYA PERMATA", "TAMAN ADIPURA", "PURI INDAH", "GRIYA ASRI",
            "VILLA MUTIARA", "PERMATA HIJAU", "BUMI INDAH", "KOTA BARU", "TAMAN CIBODAS", "NUANSA ASRI", "PONDOK INDAH"};

    private Addresses() {
    }

    static Address draw(SplittableRandom r, RegionTable.Desa desa) {
        long key = Long.parseLong(desa.plainCode());
        int rwCount = 3 + (int) Math.floorMod(Rand.mix(key), 10L);
        int rw = 1 + r.nextInt(rwCount);
        long rwKey = Rand.mix(key * 31 + rw);
        int rtCount = 3 + (int) Math.floorMod(rwKey, 6L);
        int rt = 1 + r.nextInt(rtCount);
        String street;
        if (!desa.kelurahan() || Math.floorMod(rwKey >>> 8, 4L) == 0) {
            street = Math.floorMod(rwKey >>> 16, 5L) == 0
                    ? "KP. " + desa.name().toUpperCase()
                    : "KP. " + KAMPUNG[(int) Math.floorMod(rwKey >>> 20, (long) KAMPUNG.length)]
                            + KAMPUNG_SUFFIX[(int) Math.floorMod(rwKey >>> 28, (long) KAMPUNG_SUFFIX.length)];
        } else if (Math.floorMod(rwKey >>> 12, 3L) == 0) {
            street = "PERUM " + ESTATE[(int) Math.floorMod(rwKey >>> 20, (long) ESTATE.length)] + " BLOK "
                    + (char) ('A' + r.nextInt(8)) + (1 + r.nextInt(12)) + " NO. " + (1 + r.nextInt(30));
        } else {
            street = "JL. " + STREET[(int) Math.floorMod(rwKey >>> 20, (long) STREET.length)] + " NO. " + (1 + r.nextInt(120));
        }
        return new Address(street, pad3(rt), pad3(rw));
    }

    static String pad3(int n) {
        return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
    }
}
