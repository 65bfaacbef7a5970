package id.jaring.registry;

/**
 * The housing and asset variables of a family that targeting (proxy means test) uses, after the
 * PBDT/DTKS/Regsosek instruments. Every field may be null: not (yet) surveyed.
 *
 * @param luasLantaiM2 floor area in square metres
 * @param dayaListrikVa installed electric power in VA (450, 900, 1300, ...); 0 without PLN
 * @param asetTernak head of livestock
 */
public record Welfare(
        Tenure statusBangunan,
        Integer luasLantaiM2,
        Floor jenisLantai,
        Wall jenisDinding,
        Roof jenisAtap,
        WaterSource sumberAirMinum,
        Lighting sumberPenerangan,
        Integer dayaListrikVa,
        CookingFuel bahanBakarMemasak,
        Toilet fasilitasBab,
        Boolean asetLahan,
        Integer asetTernak,
        Integer asetMotor,
        Integer asetMobil,
        Integer asetKulkas,
        Boolean asetEmas,
        Boolean asetTabungan) {

    /** Nothing surveyed yet. */
    public static final Welfare UNKNOWN = new Welfare(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null);

    public enum Tenure { MILIK_SENDIRI, KONTRAK_SEWA, BEBAS_SEWA, DINAS, LAINNYA }

    public enum Floor { MARMER_GRANIT, KERAMIK, PARKET_VINIL, UBIN_TEGEL, KAYU_PAPAN, SEMEN_BATA_MERAH, BAMBU, TANAH, LAINNYA }

    public enum Wall { TEMBOK, PLESTERAN_ANYAMAN_BAMBU, KAYU_PAPAN, ANYAMAN_BAMBU, BATANG_KAYU, BAMBU, LAINNYA }

    public enum Roof { BETON, GENTENG, SENG, ASBES, KAYU_SIRAP, BAMBU, JERAMI_IJUK_RUMBIA, LAINNYA }

    public enum WaterSource {
        AIR_KEMASAN, LEDENG, SUMUR_BOR_POMPA, SUMUR_TERLINDUNG, SUMUR_TAK_TERLINDUNG, MATA_AIR_TERLINDUNG,
        MATA_AIR_TAK_TERLINDUNG, AIR_PERMUKAAN, AIR_HUJAN, LAINNYA
    }

    public enum Lighting { PLN_METERAN, PLN_TANPA_METERAN, NON_PLN, BUKAN_LISTRIK }

    public enum CookingFuel {
        LISTRIK, GAS_ELPIJI_3KG, GAS_ELPIJI_BESAR, GAS_KOTA, BIOGAS, MINYAK_TANAH, BRIKET, ARANG, KAYU_BAKAR,
        TIDAK_MEMASAK, LAINNYA
    }

    public enum Toilet { SENDIRI, BERSAMA, UMUM, TIDAK_ADA }
}
