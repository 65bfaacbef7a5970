package id.jaring.intake;

import static id.jaring.intake.CanonicalColumn.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import id.jaring.intake.file.TabularFile;
import id.jaring.intake.file.value.DateOrder;
import id.jaring.intake.file.value.DateReader;
import id.jaring.intake.file.value.Identifiers;
import id.jaring.intake.file.value.Parsed;
import id.jaring.intake.file.value.Rupiah;
import id.jaring.intake.file.value.SexCodes;
import id.jaring.intake.file.value.YesNo;
import id.jaring.platform.Violation;
import id.jaring.registry.Nik;
import id.jaring.registry.RegistryCodes;
import id.jaring.registry.Sex;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/**
 * The Java half of validation, done while the file streams by: reads each mapped cell into its
 * canonical form and checks what SQL cannot (dates, sex, region codes against the region table,
 * the registry's NIK and No. KK rules). A value that cannot be read is staged as null and
 * reported with its raw text. Not thread-safe: one per staging run.
 */
final class RowReader {

    private static final int MAX_TEXT = 500;

    private final int[] columnOf = new int[CanonicalColumn.values().length];
    private final List<Integer> extraIndexes = new ArrayList<>();
    private final List<String> extraNames = new ArrayList<>();
    private final Regions regions;

    /** The canonical values of the last row read, by {@link CanonicalColumn#ordinal()}. */
    final String[] values = new String[CanonicalColumn.values().length];
    /** The last row's other columns as a JSON object, or null. */
    String extraJson;
    /** The last row's issues. */
    final List<IssueView> issues = new ArrayList<>();

    private final DateReader dates;

    /**
     * @param dateOrder day or month first, as {@link DateOrder#detect} found over the file's dates
     */
    RowReader(List<String> header, java.util.Map<String, String> mapping, Regions regions, DateOrder dateOrder,
            boolean date1904) {
        this.regions = new RememberedRegions(regions);
        this.dates = new DateReader(dateOrder, date1904);
        java.util.Arrays.fill(columnOf, -1);
        for (int i = 0; i < header.size(); i++) {
            String target = mapping.getOrDefault(header.get(i), "");
            var column = CanonicalColumn.of(target);
            if (column.isPresent() && columnOf[column.get().ordinal()] < 0) {
                columnOf[column.get().ordinal()] = i;
            } else if (!header.get(i).isBlank()) {
                extraIndexes.add(i);
                extraNames.add(header.get(i));
            }
        }
    }

    /** The column of the file that holds a canonical column, or -1. */
    int columnOf(CanonicalColumn column) {
        return columnOf[column.ordinal()];
    }

    void read(TabularFile.Row row) {
        issues.clear();
        java.util.Arrays.fill(values, null);
        long n = row.number();
        List<String> cells = row.cells();
        text(cells, n, RECORD_ID);
        text(cells, n, NAMA);
        text(cells, n, TEMPAT_LAHIR);
        text(cells, n, NAMA_IBU_KANDUNG);
        text(cells, n, ALAMAT);
        text(cells, n, PEKERJAAN);
        String sex = read(row, n, JENIS_KELAMIN, SexCodes::read, true);
        LocalDate born = date(row, n, TANGGAL_LAHIR, true);
        date(row, n, HPL, false);
        parsed(cells, n, HUBUNGAN_KELUARGA, Values::relationship, IntakeCodes.VALUE_INVALID, false);
        read(row, n, RT, Identifiers::rt, false);
        read(row, n, RW, Identifiers::rw, false);
        parsed(cells, n, JENJANG_SEKOLAH, Values::school, IntakeCodes.VALUE_INVALID, false);
        read(row, n, HAMIL, YesNo::read, false);
        parsed(cells, n, DISABILITAS, Values::disability, IntakeCodes.VALUE_INVALID, false);
        read(row, n, PENGHASILAN_BULANAN, Rupiah::read, false);
        parsed(cells, n, STATUS_KAWIN, Values::marital, IntakeCodes.VALUE_INVALID, false);
        region(row, n);
        String nik = read(row, n, NIK, raw -> Identifiers.nik(raw, row.fromNumber(columnOf(NIK))), true);
        if (nik != null) {
            List<Violation> found = new ArrayList<>(3);
            Nik.check(nik, sex == null ? null : Sex.valueOf(sex), born, regions, "nik", found);
            report(found, n, NIK, cell(cells, NIK));
            if (found.stream().anyMatch(Violation::isError)) {
                values[NIK.ordinal()] = null;
            }
        }
        String kk = read(row, n, NO_KK, raw -> Identifiers.kk(raw, row.fromNumber(columnOf(NO_KK))), true);
        if (kk != null) {
            List<Violation> found = new ArrayList<>(2);
            Nik.checkKk(kk, regions, "no_kk", found);
            report(found, n, NO_KK, cell(cells, NO_KK));
            if (found.stream().anyMatch(Violation::isError)) {
                values[NO_KK.ordinal()] = null;
            }
        }
        extraJson = extra(cells);
    }

    /**
     * Reads a cell with one of the file layer's value readers: its error code is an issue (an
     * ERROR when {@code required}, else a WARNING with the value left out), its warning code a
     * WARNING with the value kept.
     */
    private String read(TabularFile.Row row, long n, CanonicalColumn column,
            Function<String, Parsed<?>> reader, boolean required) {
        String raw = cell(row.cells(), column);
        if (raw == null) {
            return null;
        }
        Parsed<?> parsed = reader.apply(raw);
        if (parsed.code() != null) {
            issue(n, parsed.code(), column, raw, parsed.isError() && required);
        }
        String value = parsed.value() == null ? null : parsed.value().toString();
        values[column.ordinal()] = value;
        return value;
    }

    private String cell(List<String> cells, CanonicalColumn column) {
        int i = columnOf[column.ordinal()];
        return i < 0 || i >= cells.size() ? null : Values.blankToNull(cells.get(i));
    }

    private void text(List<String> cells, long n, CanonicalColumn column) {
        String v = cell(cells, column);
        if (v != null && v.length() > MAX_TEXT) {
            issue(n, RegistryCodes.TOO_LONG, column, v.substring(0, 50), true);
            return;
        }
        values[column.ordinal()] = v == null || !hasDoubleSpace(v) ? v : v.replaceAll("\\s{2,}", " ");
    }

    private static boolean hasDoubleSpace(String v) {
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c > ' ' && c < 0x80) {
                continue; // the usual character: no whitespace test needed
            }
            if (Character.isWhitespace(c) && Character.isWhitespace(v.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private String parsed(List<String> cells, long n, CanonicalColumn column, Function<String, String> reader,
            String code, boolean error) {
        String raw = cell(cells, column);
        if (raw == null) {
            return null;
        }
        String v = reader.apply(raw);
        if (v == null) {
            issue(n, code, column, raw, error);
        }
        values[column.ordinal()] = v;
        return v;
    }

    private LocalDate date(TabularFile.Row row, long n, CanonicalColumn column, boolean required) {
        String raw = cell(row.cells(), column);
        if (raw == null) {
            return null;
        }
        Parsed<LocalDate> d = dates.read(raw, row.fromNumber(columnOf(column)));
        if (d.code() != null) {
            issue(n, d.code(), column, raw, d.isError() && required);
        }
        values[column.ordinal()] = d.value() == null ? null : d.value().toString();
        return d.value();
    }

    private void region(TabularFile.Row row, long n) {
        String dotted = read(row, n, KODE_WILAYAH, Identifiers::regionCode, true);
        if (dotted == null) {
            return;
        }
        String raw = cell(row.cells(), KODE_WILAYAH);
        Region region = regions.find(dotted).orElse(null);
        values[KODE_WILAYAH.ordinal()] = null;
        if (region == null) {
            issue(n, RegistryCodes.REGION_UNKNOWN, KODE_WILAYAH, raw, true);
        } else if (region.level() != Region.DESA) {
            issue(n, RegistryCodes.REGION_NOT_DESA, KODE_WILAYAH, raw, true);
        } else {
            values[KODE_WILAYAH.ordinal()] = region.code();
        }
    }

    private void report(List<Violation> found, long n, CanonicalColumn column, String raw) {
        for (Violation v : found) {
            issue(n, v.code(), column, raw, v.isError());
        }
    }

    private void issue(long n, String code, CanonicalColumn column, String raw, boolean error) {
        issues.add(new IssueView(n, code, column.column(), raw, error ? "ERROR" : "WARNING"));
    }

    private String extra(List<String> cells) {
        StringBuilder json = null;
        for (int k = 0; k < extraIndexes.size(); k++) {
            int i = extraIndexes.get(k);
            String v = i < cells.size() ? Values.blankToNull(cells.get(i)) : null;
            if (v == null) {
                continue;
            }
            json = json == null ? new StringBuilder("{") : json.append(',');
            Json.string(json, extraNames.get(k)).append(':');
            Json.string(json, v);
        }
        return json == null ? null : json.append('}').toString();
    }
}
