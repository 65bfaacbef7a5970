package id.jaring.intake.file.value;

import java.util.Map;

/** Sex as L or P, from the ways agencies write it. */
public final class SexCodes {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("L", "L"), Map.entry("LK", "L"), Map.entry("LAKI", "L"), Map.entry("LAKILAKI", "L"),
            Map.entry("PRIA", "L"), Map.entry("M", "L"), Map.entry("MALE", "L"), Map.entry("1", "L"),
            Map.entry("P", "P"), Map.entry("PR", "P"), Map.entry("PEREMPUAN", "P"), Map.entry("WANITA", "P"),
            Map.entry("W", "P"), Map.entry("F", "P"), Map.entry("FEMALE", "P"), Map.entry("2", "P"));

    private SexCodes() {
    }

    /** L or P; {@code SEX_CODE} for anything else ("LAKI-LAKI", "Laki Laki", "1.0" are understood). */
    public static Parsed<String> read(String raw) {
        if (raw == null || raw.isBlank()) {
            return Parsed.blank();
        }
        String key = Chars.upperWithoutSeparators(Identifiers.withoutZeroFraction(raw.strip()));
        String code = CODES.get(key);
        return code == null ? Parsed.error(ValueCodes.SEX_CODE) : Parsed.ok(code);
    }
}
