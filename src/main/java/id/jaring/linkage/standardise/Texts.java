package id.jaring.linkage.standardise;

import java.text.Normalizer;

/** Character-level clean-up shared by the standardisers: upper case, no accents, letters and digits only. */
public final class Texts {

    private Texts() {
    }

    /**
     * Upper case without accents; every character that is neither a letter nor a digit becomes a
     * space (apostrophes vanish: MA'RUF is MARUF); runs of spaces collapse; null when nothing is left.
     */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) > 127) {
                t = Normalizer.normalize(t, Normalizer.Form.NFD);
                break;
            }
        }
        StringBuilder sb = new StringBuilder(t.length());
        boolean space = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\'' || c == '`' || c == '\u2019' || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 32);
            } else if (c > 127 && Character.isLetter(c)) {
                c = Character.toUpperCase(c);
            }
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c > 127 && Character.isLetterOrDigit(c))) {
                sb.append(c);
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(len - 1);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** Only the digits of a value; null when it has none. */
    public static String digits(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** The value without spaces (run-together and split names compare equal). */
    public static String despaced(String s) {
        return s == null ? null : s.replace(" ", "");
    }
}
