package id.jaring.enrollment.readiness;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import id.jaring.registry.SchoolEnrolment;
import id.jaring.registry.Welfare;

/**
 * How the registry's values are read for the readiness indicators, shared by the set-based SQL
 * ({@link ReadinessSql}) and the Java explanation ({@link ReadinessRules}) so that both read alike.
 *
 * <p>Decent housing follows BPS's "ketahanan bangunan" of a rumah layak huni (Indikator Perumahan
 * dan Kesehatan Lingkungan 2023: roof of concrete, tile, zinc or wood shingle; walls of brick,
 * plastered bamboo, planks or logs; floor other than earth and bamboo) and a toilet of the family's
 * own or shared with a few households (not a public one, not none).
 */
final class HouseholdCriteria {

    static final Set<Welfare.Floor> DECENT_FLOORS = EnumSet.of(Welfare.Floor.MARMER_GRANIT, Welfare.Floor.KERAMIK,
            Welfare.Floor.PARKET_VINIL, Welfare.Floor.UBIN_TEGEL, Welfare.Floor.KAYU_PAPAN, Welfare.Floor.SEMEN_BATA_MERAH);
    static final Set<Welfare.Wall> DECENT_WALLS = EnumSet.of(Welfare.Wall.TEMBOK, Welfare.Wall.PLESTERAN_ANYAMAN_BAMBU,
            Welfare.Wall.KAYU_PAPAN, Welfare.Wall.BATANG_KAYU);
    static final Set<Welfare.Roof> DECENT_ROOFS = EnumSet.of(Welfare.Roof.BETON, Welfare.Roof.GENTENG, Welfare.Roof.SENG,
            Welfare.Roof.KAYU_SIRAP);
    static final Set<Welfare.Toilet> DECENT_TOILETS = EnumSet.of(Welfare.Toilet.SENDIRI, Welfare.Toilet.BERSAMA);

    /** Occupation labels of the KK (Dukcapil) that are not work. */
    static final Set<String> NOT_WORKING = Set.of("BELUM/TIDAK BEKERJA", "MENGURUS RUMAH TANGGA", "PELAJAR/MAHASISWA",
            "PENSIUNAN");
    /** A member of this age or older is an adult (who may be a working adult). */
    static final int ADULT_AGE = 18;
    /** School age: 7 (SD) to 18 (the end of SMA), the twelve years of wajib belajar. */
    static final int SCHOOL_AGE_FROM = 7;
    static final int SCHOOL_AGE_TO = 18;
    static final Set<SchoolEnrolment> IN_SCHOOL = EnumSet.of(SchoolEnrolment.PAUD, SchoolEnrolment.SD,
            SchoolEnrolment.SMP, SchoolEnrolment.SMA);
    /** Livestock from this many head counts as an asset. */
    static final int LIVESTOCK_FROM = 1;

    /** The characters an occupation is trimmed of, in SQL ({@code btrim}) and in Java alike. */
    static final String BLANKS = " \t\r\n";

    private HouseholdCriteria() {
    }

    /** An occupation as compared: trimmed of {@link #BLANKS}, upper case; null when empty. */
    static String occupation(String text) {
        if (text == null) {
            return null;
        }
        int from = 0;
        int to = text.length();
        while (from < to && BLANKS.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && BLANKS.indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return from == to ? null : text.substring(from, to).toUpperCase(Locale.ROOT);
    }

    /** The SQL expression of {@link #occupation} over a column. */
    static String occupationSql(String column) {
        return "nullif(upper(btrim(" + column + ", E' \\t\\r\\n')), '')";
    }

    /** A list of codes as an SQL literal list {@code ('A', 'B')}: code constants only, never user text. */
    static String sqlList(Collection<?> codes) {
        return codes.stream().map(Object::toString).sorted().map(c -> "'" + c.replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
