package id.jaring.wilayah;

/**
 * One administrative region.
 *
 * @param code dotted Kemendagri code, e.g. {@code 36.01.01.2001}
 * @param plainCode the same without dots, e.g. {@code 3601012001}
 * @param level 1 province, 2 kab/kota, 3 kecamatan, 4 desa/kelurahan
 * @param subtype {@code kabupaten}/{@code kota} at level 2, {@code desa}/{@code kelurahan} at level 4
 * @param parentCode dotted code of the parent, null for the province
 */
public record Region(String code, String plainCode, String name, int level, String subtype, String parentCode) {

    public static final int PROVINCE = 1;
    public static final int KAB_KOTA = 2;
    public static final int KECAMATAN = 3;
    public static final int DESA = 4;

    /** The kab/kota this region lies in ({@code 36.01}), or null for the province. */
    public String kabKotaCode() {
        return level < KAB_KOTA ? null : code.substring(0, 5);
    }
}
