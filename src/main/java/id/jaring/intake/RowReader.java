package id.jaring.intake;

import static id.jaring.intake.CanonicalColumn.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import id.jaring.intake.file.TabularFile;
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

    RowReader(List<String> header, java.util.Map<String, String> mapping, Regions regions) {
        this.regions = new RememberedRegions(regions);
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
        String sex = parsed(cells, n, JENIS_KELAMIN, Values::sex, IntakeCodes.SEX_INVALID, true);
        LocalDate born = date(cells, n, TANGGAL_LAHIR);
        date(cells, n, HPL);
        parsed(cells, n, HUBUNGAN_KELUARGA, Values::relationship, IntakeCodes.VALUE_INVALID, false);
        parsed(cells, n, RT, Values::unit, RegistryCodes.RT_FORMAT, false);
        parsed(cells, n, RW, Values::unit, RegistryCodes.RW_FORMAT, false);
        parsed(cells, n, JENJANG_SEKOLAH, Values::school, IntakeCodes.VALUE_INVALID, false);
        parsed(cells, n, HAMIL, Values::yesNo, IntakeCodes.VALUE_INVALID, false);
        parsed(cells, n, DISABILITAS, Values::disability, IntakeCodes.VALUE_INVALID, false);
        parsed(cells, n, PENGHASILAN_BULANAN, Values::rupiah, IntakeCodes.VALUE_INVALID, false);
        parsed(cells, n, STATUS_KAWIN, Values::marital, IntakeCodes.VALUE_INVALID, false);
        region(cells, n);
        String nik = cell(cells, NIK);
        if (nik != null) {
            String digits = Values.identity(nik);
            List<Violation> found = new ArrayList<>(3);
            Nik.check(digits, sex == null ? null : Sex.valueOf(sex), born, regions, "nik", found);
            report(found, n, NIK, nik);
            if (found.stream().noneMatch(Violation::isError)) {
                values[NIK.ordinal()] = digits;
            }
        }
        String kk = cell(cells, NO_KK);
        if (kk != null) {
            String digits = Values.identity(kk);
            List<Violation> found = new ArrayList<>(2);
            Nik.checkKk(digits, regions, "no_kk", found);
            report(found, n, NO_KK, kk);
            if (found.stream().noneMatch(Violation::isError)) {
                values[NO_KK.ordinal()] = digits;
            }
        }
        extraJson = extra(cells);
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
            if (Character.isWhitespace(v.charAt(i)) && Character.isWhitespace(v.charAt(i - 1))) {
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

    private LocalDate date(List<String> cells, long n, CanonicalColumn column) {
        String raw = cell(cells, column);
        if (raw == null) {
            return null;
        }
        LocalDate d = Values.date(raw);
        if (d == null) {
            issue(n, IntakeCodes.DATE_INVALID, column, raw, column == TANGGAL_LAHIR);
            return null;
        }
        values[column.ordinal()] = d.toString();
        return d;
    }

    private void region(List<String> cells, long n) {
        String raw = cell(cells, KODE_WILAYAH);
        if (raw == null) {
            return;
        }
        Region region = regions.find(raw).orElse(null);
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
