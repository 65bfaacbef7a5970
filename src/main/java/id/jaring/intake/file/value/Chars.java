package id.jaring.intake.file.value;

/** Character loops the value readers share instead of regular expressions (ASCII digits only, as [0-9]). */
final class Chars {

    private Chars() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether s[from, to) is non-empty and all ASCII digits. */
    static boolean allDigits(CharSequence s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether s[from, to) is non-empty and all {@code c}. */
    static boolean all(CharSequence s, int from, int to, char c) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first non-digit at or after {@code from}. */
    static int skipDigits(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The value of the digits s[from, to) (at most 9 of them). */
    static int number(CharSequence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    /**
     * s upper-cased (Locale.ROOT) without whitespace (\\s), '.', '-' and '_': how sex and yes/no
     * codes are compared ("Laki-laki", "laki laki" and "LAKI_LAKI" are one key).
     */
    static String upperWithoutSeparators(String s) {
        StringBuilder b = null;
        boolean nonAscii = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean skip = c == '.' || c == '-' || c == '_' || isRegexSpace(c);
            char u = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
            nonAscii |= c >= 128;
            if (b == null && (skip || u != c)) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null && !skip) {
                b.append(u);
            }
        }
        String out = b == null ? s : b.toString();
        return nonAscii ? out.toUpperCase(java.util.Locale.ROOT) : out;
    }

    /** \s of java.util.regex: [ \t\n\x0B\f\r]. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
