package id.jaring.synth.internal;

import java.util.List;
import java.util.SplittableRandom;

import id.jaring.synth.SyntheticFamily;
import id.jaring.synth.SyntheticPerson;

/**
 * The agencies whose lists the generator imitates: whom each one lists, which programme columns
 * it keeps, how it writes its file and how careful it is.
 */
enum AgencyKind {

    /** Dinas Sosial: the poor families (desil 1-4, with exclusion and some inclusion errors), all members. */
    DINSOS("DS-", List.of("disabilitas", "pekerjaan", "penghasilan_bulanan", "status_kawin"),
            new SourceStyle(',', false, false, SourceStyle.DateFormat.DAY_MONTH_YEAR_DASH, SourceStyle.SexFormat.LETTER, false, 3, false),
            new ErrorProfile(0.04, 0.08, 0.04, 0.03, 0.02, 0.06, 0.03, 0.08, 0.01, 0.05, 0.10, 0.01)),
    /** Dinas Kesehatan: pregnant women, mothers of under-fives, under-fives, some elderly (posyandu). */
    DINKES("", List.of("hamil", "hpl", "disabilitas"),
            new SourceStyle(';', false, true, SourceStyle.DateFormat.DAY_MONTH_YEAR_SLASH, SourceStyle.SexFormat.WORD, true, 1, true),
            new ErrorProfile(0.07, 0.12, 0.08, 0.08, 0.03, 0.05, 0.10, 0.12, 0.03, 0.10, 0.20, 0.02)),
    /** Dinas Pendidikan: enrolled pupils from PAUD to SMA. */
    DINDIK("", List.of("jenjang_sekolah"),
            new SourceStyle(',', true, false, SourceStyle.DateFormat.ISO, SourceStyle.SexFormat.LETTER, false, 2, false),
            new ErrorProfile(0.03, 0.06, 0.03, 0.05, 0.02, 0.05, 0.15, 0.05, 0.01, 0.05, 0.15, 0.005)),
    /** A kab/kota's population register: nearly everyone living there, carefully kept. */
    DUKCAPIL("REG", List.of("status_kawin", "pekerjaan"),
            new SourceStyle(',', false, false, SourceStyle.DateFormat.ISO, SourceStyle.SexFormat.WORD, false, 3, true),
            new ErrorProfile(0.005, 0.01, 0.005, 0.002, 0.003, 0.01, 0.002, 0.0, 0.0, 0.01, 0.01, 0.0)),
    /** Bappeda: a socio-economic survey of a sample of families, all members. */
    BAPPEDA("R", List.of("jenjang_sekolah", "hamil", "hpl", "disabilitas", "pekerjaan", "penghasilan_bulanan", "status_kawin"),
            new SourceStyle(';', true, true, SourceStyle.DateFormat.COMPACT, SourceStyle.SexFormat.DIGIT, false, 1, false),
            new ErrorProfile(0.03, 0.05, 0.03, 0.02, 0.02, 0.04, 0.05, 0.05, 0.02, 0.05, 0.08, 0.003)),
    /** Dinas Perkim: heads of families living in poor housing (rumah tidak layak huni). */
    DINPERKIM("RTLH/", List.of("pekerjaan", "penghasilan_bulanan"),
            new SourceStyle(',', false, false, SourceStyle.DateFormat.DAY_MONTH_YEAR_SLASH, SourceStyle.SexFormat.LETTER, true, 3, true),
            new ErrorProfile(0.05, 0.10, 0.05, 0.04, 0.03, 0.08, 0.05, 0.10, 0.02, 0.08, 0.15, 0.01)),
    /** Dinas Koperasi dan UMKM: traders and small entrepreneurs. */
    DINKOPUKM("UMKM", List.of("pekerjaan", "penghasilan_bulanan"),
            new SourceStyle(',', false, false, SourceStyle.DateFormat.DAY_MONTH_YEAR_DASH, SourceStyle.SexFormat.LETTER, false, 1, false),
            new ErrorProfile(0.05, 0.08, 0.06, 0.05, 0.03, 0.05, 0.08, 0.08, 0.02, 0.06, 0.15, 0.01));

    static final List<String> BASE_COLUMNS = List.of("record_id", "nik", "no_kk", "nama", "jenis_kelamin", "tempat_lahir",
            "tanggal_lahir", "hubungan_keluarga", "nama_ibu_kandung", "alamat", "rt", "rw", "kode_wilayah");

    // Selection shares: who is on an agency's list, and how completely
    static final double DINSOS_POOR_COVERAGE = 0.75;
    static final double DINSOS_NEAR_POOR_INCLUSION = 0.08;
    static final double DINKES_PREGNANT_COVERAGE = 0.9;
    static final double DINKES_UNDER_FIVE_COVERAGE = 0.85;
    static final double DINKES_MOTHER_COVERAGE = 0.8;
    static final double DINKES_ELDERLY_COVERAGE = 0.25;
    static final double DINKES_BABY_NIK_MISSING = 0.3;
    static final double DINDIK_PUPIL_COVERAGE = 0.9;
    static final double DUKCAPIL_COVERAGE = 0.98;
    static final double BAPPEDA_SAMPLE = 0.12;
    static final double DINPERKIM_COVERAGE = 0.7;
    static final double DINKOPUKM_COVERAGE = 0.45;

    final String recordIdPrefix;
    final List<String> extraColumns;
    final SourceStyle style;
    final ErrorProfile errors;

    AgencyKind(String recordIdPrefix, List<String> extraColumns, SourceStyle style, ErrorProfile errors) {
        this.recordIdPrefix = recordIdPrefix;
        this.extraColumns = extraColumns;
        this.style = style;
        this.errors = errors;
    }

    /** Facts about a family that selections need, computed once per family. */
    record FamilyFacts(SyntheticFamily family, int kabIndex, double poorLine, double nearPoorLine, boolean poorHousing,
            java.time.LocalDate today) {
    }

    /** Whether the agency lists anyone of this family at all (one draw per family and agency). */
    boolean takesFamily(SplittableRandom r, FamilyFacts f, int targetKab) {
        return switch (this) {
            case DINSOS -> f.family().welfare() < f.poorLine() ? r.nextDouble() < DINSOS_POOR_COVERAGE
                    : f.family().welfare() < f.nearPoorLine() && r.nextDouble() < DINSOS_NEAR_POOR_INCLUSION;
            case DUKCAPIL -> f.kabIndex() == targetKab;
            case BAPPEDA -> r.nextDouble() < BAPPEDA_SAMPLE;
            case DINPERKIM -> f.poorHousing();
            default -> true;
        };
    }

    /** Whether the agency lists this member of a family it takes. */
    boolean takesPerson(SplittableRandom r, FamilyFacts f, SyntheticPerson p) {
        int age = p.ageOn(f.today());
        return switch (this) {
            case DINSOS, BAPPEDA -> true;
            case DUKCAPIL -> r.nextDouble() < DUKCAPIL_COVERAGE;
            case DINKES -> p.pregnant() ? r.nextDouble() < DINKES_PREGNANT_COVERAGE
                    : age < 5 ? r.nextDouble() < DINKES_UNDER_FIVE_COVERAGE
                    : motherOfUnderFive(f, p) ? r.nextDouble() < DINKES_MOTHER_COVERAGE
                    : age >= 60 && r.nextDouble() < DINKES_ELDERLY_COVERAGE;
            case DINDIK -> !"none".equals(p.schooling()) && r.nextDouble() < DINDIK_PUPIL_COVERAGE;
            case DINPERKIM -> p == f.family().head() && r.nextDouble() < DINPERKIM_COVERAGE;
            case DINKOPUKM -> ("PEDAGANG".equals(p.occupation()) || "WIRASWASTA".equals(p.occupation()))
                    && r.nextDouble() < DINKOPUKM_COVERAGE;
        };
    }

    private static boolean motherOfUnderFive(FamilyFacts f, SyntheticPerson p) {
        if (!p.female()) {
            return false;
        }
        for (SyntheticPerson child : f.family().members()) {
            if (p.personId().equals(child.motherPersonId()) && child.ageOn(f.today()) < 5) {
                return true;
            }
        }
        return false;
    }

    static boolean poorHousing(id.jaring.synth.Housing h) {
        return switch (h.jenisLantai()) {
            case "TANAH", "BAMBU" -> true;
            default -> switch (h.jenisDinding()) {
                case "BAMBU", "ANYAMAN BAMBU" -> true;
                default -> switch (h.jenisAtap()) {
                    case "JERAMI/IJUK/DAUN", "BAMBU" -> true;
                    default -> false;
                };
            };
        };
    }
}
