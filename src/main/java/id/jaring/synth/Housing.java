package id.jaring.synth;

/**
 * A family's dwelling and assets, the welfare variables of the household format
 * (docs/data-formats.md). Categories are the upper-case labels the file carries.
 */
public record Housing(String statusBangunan, int luasLantaiM2, String jenisLantai, String jenisDinding,
        String jenisAtap, String sumberAirMinum, String sumberPenerangan, int dayaListrikVa,
        String bahanBakarMemasak, String fasilitasBab, boolean asetLahan, int asetTernak, int asetMotor,
        int asetMobil, boolean asetKulkas, boolean asetEmas, boolean asetTabungan) {
}
