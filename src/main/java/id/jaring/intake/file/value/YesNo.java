package id.jaring.intake.file.value;

import java.util.Set;

/**
 * Y/N answers. "T" is refused: in Indonesian files it means Tidak, in English ones TRUE; guessing
 * would turn some pregnant women into non-pregnant ones or back.
 */
public final class YesNo {

    private static final Set<String> YES = Set.of("Y", "YA", "YES", "TRUE", "1", "ADA", "BENAR");
    private static final Set<String> NO = Set.of("N", "TIDAK", "TDK", "NO", "FALSE", "0", "TIDAKADA", "G", "GA",
            "GAK", "BUKAN");

    private YesNo() {
    }

    public static Parsed<Boolean> read(String raw) {
        if (raw == null || raw.isBlank()) {
            return Parsed.blank();
        }
        String key = Chars.upperWithoutSeparators(Identifiers.withoutZeroFraction(raw.strip()));
        if (YES.contains(key)) {
            return Parsed.ok(true);
        }
        if (NO.contains(key)) {
            return Parsed.ok(false);
        }
        return Parsed.error(ValueCodes.YES_NO_FORMAT);
    }
}
