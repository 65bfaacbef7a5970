package id.jaring.linkage.standardise;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an ASCII name into upper-case words in one pass over its characters, with the rules of
 * {@link Names#standardiseAnyText}: what follows a comma is dropped (degrees); apostrophes vanish
 * (MA'RUF is MARUF); punctuation inside a written word separates words (SITI-AMINAH, M.ALI), except
 * that a dotted abbreviation that is a title or degree (S.PD, H.) stays one word, marked dotted.
 */
final class AsciiWords {

    private AsciiWords() {
    }

    static Names.Words split(String raw) {
        int end = raw.length();
        int comma = raw.indexOf(',');
        if (comma > 0 && hasLetterOrDigit(raw, 0, comma)) {
            end = comma;
        }
        List<String> words = new ArrayList<>(4);
        List<Boolean> dotted = new ArrayList<>(4);
        StringBuilder joined = new StringBuilder(16);
        List<String> parts = new ArrayList<>(4);
        StringBuilder part = new StringBuilder(16);
        int i = 0;
        while (i < end) {
            while (i < end && raw.charAt(i) <= ' ') {
                i++;
            }
            if (i == end) {
                break;
            }
            // one written word: up to the next white space
            parts.clear();
            part.setLength(0);
            joined.setLength(0);
            boolean hasDot = false;
            boolean otherSeparator = false;
            boolean pendingOther = false;
            for (; i < end && raw.charAt(i) > ' '; i++) {
                char c = raw.charAt(i);
                if (c == '\'' || c == '`') {
                    continue;
                }
                if (c >= 'a' && c <= 'z') {
                    c = (char) (c - 32);
                }
                if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                    if (part.isEmpty() && !parts.isEmpty() && pendingOther) {
                        otherSeparator = true;
                    }
                    pendingOther = false;
                    part.append(c);
                    joined.append(c);
                } else {
                    if (c == '.') {
                        hasDot = true;
                    } else {
                        pendingOther = true;
                    }
                    if (!part.isEmpty()) {
                        parts.add(part.toString());
                        part.setLength(0);
                    }
                }
            }
            if (!part.isEmpty()) {
                parts.add(part.toString());
            }
            if (parts.isEmpty()) {
                continue;
            }
            String w = joined.toString();
            if (parts.size() > 1 && (otherSeparator || !(Names.DEGREES.contains(w) || Names.TITLES.contains(w)))) {
                for (String p : parts) {
                    words.add(p);
                    dotted.add(false);
                }
            } else {
                words.add(w);
                dotted.add(hasDot);
            }
        }
        return new Names.Words(words, dotted);
    }

    private static boolean hasLetterOrDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                return true;
            }
        }
        return false;
    }
}
