package id.jaring.registry.web;

/**
 * A family's own fields as typed ({@code household.noKk}), the welfare variables flattened
 * ({@code household.luasLantaiM2}); yes/no assets are "true", "false" or blank (unknown).
 */
record HouseholdForm(String noKk, String desaCode, String alamat, String rt, String rw,
        String statusBangunan, String luasLantaiM2, String jenisLantai, String jenisDinding, String jenisAtap,
        String sumberAirMinum, String sumberPenerangan, String dayaListrikVa, String bahanBakarMemasak,
        String fasilitasBab, String asetLahan, String asetTernak, String asetMotor, String asetMobil,
        String asetKulkas, String asetEmas, String asetTabungan) {

    static HouseholdForm blank(String desaCode) {
        return new HouseholdForm(null, desaCode, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }
}
