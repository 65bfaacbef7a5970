package id.jaring.targeting.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import id.jaring.registry.Disability;
import id.jaring.registry.Education;
import id.jaring.registry.MaritalStatus;
import id.jaring.registry.Relationship;
import id.jaring.registry.SchoolEnrolment;
import id.jaring.registry.Sex;
import id.jaring.registry.Welfare;
import id.jaring.targeting.FamilySnapshot;
import id.jaring.targeting.MemberSnapshot;

/**
 * The fixed whitelist of what a rule may test: each attribute's names, whether it belongs to the
 * family or to a member, its value type, its SQL column expression (aliases {@code h} household,
 * {@code r} household_rank, {@code p} person, {@code m} household_member: never user text) and
 * its value in Java. Java values are normalised: Long for whole numbers, BigDecimal, Boolean,
 * the enum's name (or the dotted region code, or the upper-cased text) as String, and for AGE
 * the birth date.
 */
public enum Attribute {
    DESIL(Level.FAMILY, ValueType.INTEGER, "r.desil", f -> asLong(f.desil()), "desil"),
    SKOR(Level.FAMILY, ValueType.DECIMAL, "r.score", FamilySnapshot::skor, "skor"),
    KABKOTA(Level.FAMILY, ValueType.REGION, 2, "h.kabkota_code", FamilySnapshot::kabKotaCode, "kabkota", "kab_kota"),
    KECAMATAN(Level.FAMILY, ValueType.REGION, 3, "left(h.desa_code, 8)", f -> left(f.desaCode(), 8), "kecamatan"),
    DESA(Level.FAMILY, ValueType.REGION, 4, "h.desa_code", FamilySnapshot::desaCode, "desa", "kelurahan"),
    /** Compiled as a member count (see RuleSqlCompiler), never through its column expression. */
    JUMLAH_ANGGOTA(Level.FAMILY, ValueType.INTEGER, "(select count(*) " + Members.FROM + ")",
            f -> (long) f.members().size(), "jumlah_anggota"),
    STATUS_BANGUNAN(Welfare.Tenure.class, "h.status_bangunan", f -> f.welfare().statusBangunan(), "status_bangunan"),
    LUAS_LANTAI(Level.FAMILY, ValueType.INTEGER, "h.luas_lantai_m2", f -> asLong(f.welfare().luasLantaiM2()),
            "luas_lantai", "luas_lantai_m2"),
    JENIS_LANTAI(Welfare.Floor.class, "h.jenis_lantai", f -> f.welfare().jenisLantai(), "jenis_lantai"),
    JENIS_DINDING(Welfare.Wall.class, "h.jenis_dinding", f -> f.welfare().jenisDinding(), "jenis_dinding"),
    JENIS_ATAP(Welfare.Roof.class, "h.jenis_atap", f -> f.welfare().jenisAtap(), "jenis_atap"),
    SUMBER_AIR_MINUM(Welfare.WaterSource.class, "h.sumber_air_minum", f -> f.welfare().sumberAirMinum(), "sumber_air_minum"),
    SUMBER_PENERANGAN(Welfare.Lighting.class, "h.sumber_penerangan", f -> f.welfare().sumberPenerangan(), "sumber_penerangan"),
    DAYA_LISTRIK(Level.FAMILY, ValueType.INTEGER, "h.daya_listrik_va", f -> asLong(f.welfare().dayaListrikVa()),
            "daya_listrik", "daya_listrik_va"),
    BAHAN_BAKAR_MEMASAK(Welfare.CookingFuel.class, "h.bahan_bakar_memasak", f -> f.welfare().bahanBakarMemasak(),
            "bahan_bakar_memasak"),
    FASILITAS_BAB(Welfare.Toilet.class, "h.fasilitas_bab", f -> f.welfare().fasilitasBab(), "fasilitas_bab"),
    ASET_LAHAN(Level.FAMILY, ValueType.BOOLEAN, "h.aset_lahan", f -> f.welfare().asetLahan(), "aset_lahan"),
    ASET_TERNAK(Level.FAMILY, ValueType.INTEGER, "h.aset_ternak", f -> asLong(f.welfare().asetTernak()), "aset_ternak"),
    ASET_MOTOR(Level.FAMILY, ValueType.INTEGER, "h.aset_motor", f -> asLong(f.welfare().asetMotor()), "aset_motor"),
    ASET_MOBIL(Level.FAMILY, ValueType.INTEGER, "h.aset_mobil", f -> asLong(f.welfare().asetMobil()), "aset_mobil"),
    ASET_KULKAS(Level.FAMILY, ValueType.INTEGER, "h.aset_kulkas", f -> asLong(f.welfare().asetKulkas()), "aset_kulkas"),
    ASET_EMAS(Level.FAMILY, ValueType.BOOLEAN, "h.aset_emas", f -> f.welfare().asetEmas(), "aset_emas"),
    ASET_TABUNGAN(Level.FAMILY, ValueType.BOOLEAN, "h.aset_tabungan", f -> f.welfare().asetTabungan(), "aset_tabungan"),

    UMUR(ValueType.AGE, "p.tanggal_lahir", MemberSnapshot::tanggalLahir, "umur", "usia"),
    JENIS_KELAMIN(Sex.class, MemberSnapshot::jenisKelamin, "p.jenis_kelamin", "jenis_kelamin"),
    HAMIL(ValueType.BOOLEAN, "p.hamil", MemberSnapshot::hamil, "hamil"),
    SEKOLAH(SchoolEnrolment.class, MemberSnapshot::jenjangSekolah, "p.jenjang_sekolah", "sekolah", "jenjang_sekolah"),
    PENDIDIKAN(Education.class, MemberSnapshot::pendidikan, "p.pendidikan_terakhir", "pendidikan", "pendidikan_terakhir"),
    DISABILITAS(Disability.class, MemberSnapshot::disabilitas, "p.disabilitas", "disabilitas"),
    PEKERJAAN(ValueType.TEXT, "upper(btrim(p.pekerjaan))", m -> m.pekerjaan() == null ? null
            : m.pekerjaan().strip().toUpperCase(Locale.ROOT), "pekerjaan"),
    PENGHASILAN(ValueType.INTEGER, "p.penghasilan_bulanan", MemberSnapshot::penghasilan, "penghasilan",
            "penghasilan_bulanan"),
    HUBUNGAN(Relationship.class, MemberSnapshot::hubungan, "m.hubungan_keluarga", "hubungan", "hubungan_keluarga"),
    STATUS_KAWIN(MaritalStatus.class, MemberSnapshot::statusKawin, "p.status_kawin", "status_kawin");

    /** Whose attribute it is: the family's, or a member's (only inside a member quantifier). */
    public enum Level { FAMILY, MEMBER }

    /**
     * The rows a member quantifier ranges over: the current living members of household h. A
     * membership carries its household's kabkota_code (a foreign key on both keeps them equal), so
     * the join on it changes nothing but lets PostgreSQL narrow the members to the kab/kota of a
     * query narrowed to one (a kab/kota's waiting list: 12 s to under 4 s in Kabupaten Tangerang).
     */
    static final class Members {
        static final String FROM = "from household_member m join person p on p.id = m.person_id"
                + " where m.household_id = h.id and m.kabkota_code = h.kabkota_code and m.valid_to is null"
                + " and p.tanggal_meninggal is null";
        /** The same over every family, for counts grouped by m.household_id. */
        static final String FROM_ALL = "from household_member m join person p on p.id = m.person_id"
                + " where m.valid_to is null and p.tanggal_meninggal is null";

        private Members() {
        }
    }

    private final Level level;
    private final ValueType type;
    private final Class<? extends Enum<?>> codes;
    private final int regionLevel;
    private final String sql;
    private final Function<FamilySnapshot, Object> familyValue;
    private final Function<MemberSnapshot, Object> memberValue;
    private final List<String> names;

    Attribute(Level level, ValueType type, String sql, Function<FamilySnapshot, Object> value, String... names) {
        this(level, type, null, 0, sql, value, null, names);
    }

    Attribute(Level level, ValueType type, int regionLevel, String sql, Function<FamilySnapshot, Object> value,
            String... names) {
        this(level, type, null, regionLevel, sql, value, null, names);
    }

    Attribute(Class<? extends Enum<?>> codes, String sql, Function<FamilySnapshot, Object> value, String... names) {
        this(Level.FAMILY, ValueType.ENUM, codes, 0, sql, value, null, names);
    }

    Attribute(ValueType type, String sql, Function<MemberSnapshot, Object> value, String... names) {
        this(Level.MEMBER, type, null, 0, sql, null, value, names);
    }

    Attribute(Class<? extends Enum<?>> codes, Function<MemberSnapshot, Object> value, String sql, String... names) {
        this(Level.MEMBER, ValueType.ENUM, codes, 0, sql, null, value, names);
    }

    Attribute(Level level, ValueType type, Class<? extends Enum<?>> codes, int regionLevel, String sql,
            Function<FamilySnapshot, Object> familyValue, Function<MemberSnapshot, Object> memberValue,
            String[] names) {
        this.level = level;
        this.type = type;
        this.codes = codes;
        this.regionLevel = regionLevel;
        this.sql = sql;
        this.familyValue = familyValue;
        this.memberValue = memberValue;
        this.names = List.of(names);
    }

    /** By any of its names, ignoring case. */
    public static Optional<Attribute> named(String name) {
        return Arrays.stream(values()).filter(a -> a.names.stream().anyMatch(n -> n.equalsIgnoreCase(name))).findFirst();
    }

    /** The name a rule writes (the first one). */
    public String ruleName() {
        return names.get(0);
    }

    public List<String> names() {
        return names;
    }

    public Level level() {
        return level;
    }

    public ValueType type() {
        return type;
    }

    /** The code list of an ENUM attribute, else null. */
    public Class<? extends Enum<?>> codes() {
        return codes;
    }

    /** The region level (2 kab/kota, 3 kecamatan, 4 desa) of a REGION attribute. */
    int regionLevel() {
        return regionLevel;
    }

    String sql() {
        return sql;
    }

    /** The value of a family attribute, normalised (see the class comment); null = unknown. */
    Object valueOf(FamilySnapshot family) {
        return normalise(familyValue.apply(family));
    }

    /** The value of a member attribute, normalised; null = unknown. */
    Object valueOf(MemberSnapshot member) {
        return normalise(memberValue.apply(member));
    }

    private static Object normalise(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        return value;
    }

    private static Long asLong(Integer value) {
        return value == null ? null : value.longValue();
    }

    private static String left(String code, int n) {
        return code == null || code.length() < n ? code : code.substring(0, n);
    }

    /** A literal as the database stores it: relationships with spaces ({@code KEPALA KELUARGA}). */
    Object sqlLiteral(Object value) {
        return this == HUBUNGAN ? ((String) value).replace('_', ' ') : value;
    }
}
