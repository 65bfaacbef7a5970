package id.jaring.targeting.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import id.jaring.registry.Education;
import id.jaring.registry.Welfare;

/**
 * The variables of the proxy means test: how each family's value is read from the registry (an
 * SQL expression over {@code household h} and the member summary {@code m}, see {@link ScoreSql})
 * and which values a weight set may give points to. The expressions are code, never user text.
 */
public enum PmtVariable {
    LUAS_LANTAI_PER_KAPITA(Kind.BAND, "h.luas_lantai_m2::float8 / nullif(m.size, 0)"),
    JENIS_LANTAI(Kind.CATEGORY, "h.jenis_lantai", names(Welfare.Floor.values())),
    JENIS_DINDING(Kind.CATEGORY, "h.jenis_dinding", names(Welfare.Wall.values())),
    JENIS_ATAP(Kind.CATEGORY, "h.jenis_atap", names(Welfare.Roof.values())),
    FASILITAS_BAB(Kind.CATEGORY, "h.fasilitas_bab", names(Welfare.Toilet.values())),
    SUMBER_PENERANGAN(Kind.CATEGORY, "h.sumber_penerangan", names(Welfare.Lighting.values())),
    DAYA_LISTRIK_VA(Kind.BAND, "h.daya_listrik_va"),
    SUMBER_AIR_MINUM(Kind.CATEGORY, "h.sumber_air_minum", names(Welfare.WaterSource.values())),
    BAHAN_BAKAR_MEMASAK(Kind.CATEGORY, "h.bahan_bakar_memasak", names(Welfare.CookingFuel.values())),
    STATUS_BANGUNAN(Kind.CATEGORY, "h.status_bangunan", names(Welfare.Tenure.values())),
    ASET_LAHAN(Kind.CATEGORY, yesNo("h.aset_lahan"), Constants.YES_NO),
    ASET_TERNAK(Kind.BAND, "h.aset_ternak"),
    ASET_MOTOR(Kind.BAND, "h.aset_motor"),
    ASET_MOBIL(Kind.BAND, "h.aset_mobil"),
    ASET_KULKAS(Kind.BAND, "h.aset_kulkas"),
    ASET_EMAS(Kind.CATEGORY, yesNo("h.aset_emas"), Constants.YES_NO),
    ASET_TABUNGAN(Kind.CATEGORY, yesNo("h.aset_tabungan"), Constants.YES_NO),
    JUMLAH_ANGGOTA(Kind.BAND, "m.size"),
    TANGGUNGAN(Kind.BAND, "m.dependants"),
    PENDIDIKAN_KEPALA(Kind.CATEGORY, "m.head_education", names(Education.values())),
    /** Free text in the registry: any upper-case label may get points; one not listed scores LAINNYA. */
    PEKERJAAN_KEPALA(Kind.CATEGORY, "m.head_work", null),
    PENGHASILAN_PER_KAPITA(Kind.BAND, "case when m.income_known > 0 then m.income::float8 / m.size end"),
    DISABILITAS_BERAT(Kind.CATEGORY, yesNo("m.severe"), Constants.YES_NO);

    /** A categorical variable's points per code; a numeric variable's points per band. */
    public enum Kind { CATEGORY, BAND }

    /** The category whose points a value not listed in the set gets (open lists). */
    public static final String OTHER = "LAINNYA";

    private final Kind kind;
    private final String valueSql;
    private final List<String> categories;

    PmtVariable(Kind kind, String valueSql) {
        this(kind, valueSql, List.of());
    }

    PmtVariable(Kind kind, String valueSql, List<String> categories) {
        this.kind = kind;
        this.valueSql = valueSql;
        this.categories = categories;
    }

    public Kind kind() {
        return kind;
    }

    /** The name stored in {@code pmt_weight.variable}. */
    public String key() {
        return name().toLowerCase();
    }

    String valueSql() {
        return valueSql;
    }

    /** The codes a weight set must give points to; empty for bands; null for an open list. */
    public List<String> categories() {
        return categories;
    }

    public boolean openList() {
        return kind == Kind.CATEGORY && categories == null;
    }

    public static Optional<PmtVariable> ofKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key().equals(key)).findFirst();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String yesNo(String booleanSql) {
        return "case " + booleanSql + " when true then 'YA' when false then 'TIDAK' end";
    }

    private static final class Constants {
        static final List<String> YES_NO = List.of("YA", "TIDAK");
    }
}
