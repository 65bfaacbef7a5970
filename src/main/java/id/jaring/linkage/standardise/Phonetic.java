package id.jaring.linkage.standardise;

/**
 * A coarse sound key for blocking on Indonesian names: the first letter, then the consonant
 * skeleton with letters that are heard or typed alike merged (F/V/P, Z/S, Q/K, D/T, M/N) and
 * repeats collapsed; vowels, H, W and Y after the first letter are dropped.
 */
public final class Phonetic {

    private Phonetic() {
    }

    public static String key(CharSequence word) {
        if (word == null || word.length() == 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder(8);
        char first = map(word.charAt(0));
        sb.append(isVowelLike(word.charAt(0)) ? 'A' : first);
        char previous = first;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (isVowelLike(c)) {
                previous = 0;
                continue;
            }
            char m = map(c);
            if (m != previous) {
                sb.append(m);
            }
            previous = m;
        }
        return sb.toString();
    }

    private static boolean isVowelLike(char c) {
        return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' || c == 'Y' || c == 'H' || c == 'W';
    }

    private static char map(char c) {
        return switch (c) {
            case 'F', 'V' -> 'P';
            case 'Z' -> 'S';
            case 'Q' -> 'K';
            case 'D' -> 'T';
            case 'M' -> 'N';
            default -> c;
        };
    }
}
