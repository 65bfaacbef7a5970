package id.jaring.targeting.rules;

import java.util.Locale;

/** One lexical token of a rule. Words are keywords, attribute names or enum values: the parser decides. */
record Token(Kind kind, String text, Span span) {

    enum Kind { WORD, NUMBER, STRING, LPAREN, RPAREN, COMMA, OPERATOR, END }

    /** True for a word equal (ignoring case) to one of {@code words}. */
    boolean isWord(String... words) {
        if (kind != Kind.WORD) {
            return false;
        }
        for (String w : words) {
            if (text.equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}
