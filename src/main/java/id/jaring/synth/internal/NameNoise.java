package id.jaring.synth.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The ways names get written differently across agencies: typing errors, spelling variants
 * (MUHAMMAD/MOH./M., SITI/ST., old spelling DJ/TJ/OE), titles added or dropped, abbreviated or
 * run-together given names, and case and spacing.
 */
final class NameNoise {

    static final String[] MUHAMMAD_VARIANTS = {"MUHAMAD", "MOHAMMAD", "MOHAMAD", "MOCH.", "MOH.", "M.", "MUH.",
            "MUCHAMAD", "MOCHAMMAD", "M"};
    private static final String VOWELS = "AIUEO";
    /** Letters often confused when typing or hearing Indonesian names. */
    private static final String[][] CONFUSIONS = {{"I", "Y"}, {"U", "O"}, {"F", "P"}, {"V", "F"}, {"E", "I"},
            {"K", "Q"}, {"S", "Z"}, {"D", "T"}, {"N", "M"}, {"A", "E"}};

    private NameNoise() {
    }

    /** One typing error: substitution, deletion, transposition or a doubled letter. */
    static String typo(SplittableRandom r, String s) {
        List<Integer> letters = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                letters.add(i);
            }
        }
        if (letters.size() < 3) {
            return s;
        }
        int at = letters.get(1 + r.nextInt(letters.size() - 1)); // first letters are rarely mistyped
        char c = s.charAt(at);
        StringBuilder sb = new StringBuilder(s);
        switch (r.nextInt(4)) {
            case 0 -> sb.setCharAt(at, substitute(r, c));
            case 1 -> sb.deleteCharAt(at);
            case 2 -> {
                int next = at + 1 < s.length() && Character.isLetter(s.charAt(at + 1)) ? at + 1 : at - 1;
                sb.setCharAt(at, s.charAt(next));
                sb.setCharAt(next, c);
            }
            default -> sb.insert(at, c);
        }
        String result = sb.toString();
        return result.equals(s) ? new StringBuilder(s).deleteCharAt(at).toString() : result;
    }

    private static char substitute(SplittableRandom r, char c) {
        char upper = Character.toUpperCase(c);
        for (String[] pair : CONFUSIONS) {
            if (pair[0].charAt(0) == upper && r.nextBoolean()) {
                return keepCase(c, pair[1].charAt(0));
            }
            if (pair[1].charAt(0) == upper && r.nextBoolean()) {
                return keepCase(c, pair[0].charAt(0));
            }
        }
        char replacement;
        do {
            replacement = VOWELS.indexOf(upper) >= 0 ? VOWELS.charAt(r.nextInt(5)) : (char) ('A' + r.nextInt(26));
        } while (replacement == upper);
        return keepCase(c, replacement);
    }

    private static char keepCase(char original, char upper) {
        return Character.isLowerCase(original) ? Character.toLowerCase(upper) : upper;
    }

    /**
     * One spelling variant of an upper-case name, or the name unchanged when none applies; a haji
     * title is only added to people old enough to carry one.
     */
    static String variant(SplittableRandom r, String name, boolean male, boolean mayBeHaji) {
        String[] words = name.split(" ");
        List<Runnable> options = new ArrayList<>();
        String[] result = {name};
        boolean titled = name.startsWith("H. ") || name.startsWith("HJ. ") || name.startsWith("DRS. ")
                || name.startsWith("DRA. ") || name.contains(", ");
        if (titled) {
            options.add(() -> result[0] = stripTitles(name));
            options.add(() -> result[0] = stripTitles(name));
        } else if (mayBeHaji) {
            options.add(() -> result[0] = (male ? "H. " : "HJ. ") + name);
        }
        if (name.contains(" BIN ") || name.contains(" BINTI ")) {
            options.add(() -> result[0] = name.replaceFirst(" BINT?I? .*$", ""));
        }
        for (String m : new String[] {"MUHAMMAD", "MUHAMAD", "MOHAMMAD"}) {
            if (name.startsWith(m + " ") || name.contains(" " + m + " ")) {
                options.add(() -> result[0] = name.replaceFirst(m, Rand.pick(r, MUHAMMAD_VARIANTS)));
                options.add(() -> result[0] = name.replaceFirst(m, Rand.pick(r, MUHAMMAD_VARIANTS)));
            }
        }
        if (name.startsWith("SITI ")) {
            options.add(() -> result[0] = "ST. " + name.substring(5));
        }
        if (name.startsWith("ABDUL ")) {
            options.add(() -> result[0] = "ABD. " + name.substring(6));
        }
        int plain = plainWordCount(words);
        if (plain >= 3) {
            options.add(() -> result[0] = abbreviate(words, words.length - 2));
            options.add(() -> result[0] = abbreviate(words, words.length - 1));
        }
        if (words.length >= 2 && words[0].length() <= 5 && !words[0].endsWith(".")) {
            options.add(() -> result[0] = words[0] + name.substring(words[0].length() + 1)); // NUR AINI -> NURAINI
        }
        if (name.startsWith("NUR") && words[0].length() > 5) {
            options.add(() -> result[0] = "NUR " + name.substring(3)); // NURHAYATI -> NUR HAYATI
        }
        if (name.matches(".*(J[AIUEO]|C[AIUEO]|U|KH|SY).*")) {
            options.add(() -> result[0] = oldSpelling(name));
        }
        if (options.isEmpty()) {
            return name;
        }
        options.get(r.nextInt(options.size())).run();
        return result[0];
    }

    static String stripTitles(String name) {
        String s = name;
        s = s.replaceFirst("^(H\\. |HJ\\. )", "");
        s = s.replaceFirst("^(DRS\\. |DRA\\. )", "");
        int comma = s.indexOf(", ");
        return comma > 0 ? s.substring(0, comma) : s;
    }

    private static int plainWordCount(String[] words) {
        int n = 0;
        for (String w : words) {
            if (!w.endsWith(".") && !w.endsWith(",")) {
                n++;
            }
        }
        return n;
    }

    private static String abbreviate(String[] words, int index) {
        String[] copy = words.clone();
        if (copy[index].length() > 1 && !copy[index].endsWith(".")) {
            copy[index] = copy[index].charAt(0) + ".";
        }
        return String.join(" ", copy);
    }

    /** Pre-1972 (Van Ophuijsen/Soewandi) spelling: J -> DJ, C -> TJ, U -> OE, KH -> CH, SY -> SJ. */
    static String oldSpelling(String name) {
        return name.replace("KH", "CH").replace("SY", "SJ").replaceAll("J(?=[AIUEO])", "DJ")
                .replaceAll("C(?=[AIUEO])", "TJ").replace("U", "OE");
    }

    /** Case and spacing noise: lower case, title case, doubled or trailing spaces. */
    static String caseAndSpacing(SplittableRandom r, String s) {
        return switch (r.nextInt(5)) {
            case 0 -> s.toLowerCase(Locale.ROOT);
            case 1 -> titleCase(s);
            case 2 -> s.replaceFirst(" ", "  ");
            case 3 -> s + " ";
            default -> " " + s;
        };
    }

    static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '.' || c == '-' || c == '/' || c == '(';
        }
        return sb.toString();
    }
}
