package id.jaring.targeting.rules;

import java.util.ArrayList;
import java.util.List;

import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.targeting.RuleCodes;

/**
 * Splits rule text into tokens. Words are letters, digits and underscores starting with a
 * letter; numbers are digits with dots ({@code 4}, {@code 35.5}, {@code 36.02.01},
 * {@code 1.500.000}: the attribute decides how to read them) and an optional leading minus;
 * strings are in single or double quotes on one line (a doubled quote stands for itself).
 */
final class Lexer {

    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;

    private Lexer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) {
        return new Lexer(text).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                tokens.add(new Token(Token.Kind.END, "", span(pos, pos)));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = pos;
        char c = text.charAt(pos);
        if (Character.isLetter(c)) {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            return token(Token.Kind.WORD, start);
        }
        if (isDigit(c) || (c == '-' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
            pos++;
            while (pos < text.length() && (isDigit(text.charAt(pos))
                    || (text.charAt(pos) == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1))))) {
                pos++;
            }
            return token(Token.Kind.NUMBER, start);
        }
        if (c == '\'' || c == '"') {
            return string(c, start);
        }
        pos++;
        switch (c) {
            case '(':
                return token(Token.Kind.LPAREN, start);
            case ')':
                return token(Token.Kind.RPAREN, start);
            case ',':
                return token(Token.Kind.COMMA, start);
            case '=':
                return token(Token.Kind.OPERATOR, start);
            case '<', '>':
                if (pos < text.length() && (text.charAt(pos) == '=' || (c == '<' && text.charAt(pos) == '>'))) {
                    pos++;
                }
                return token(Token.Kind.OPERATOR, start);
            case '!':
                if (pos < text.length() && text.charAt(pos) == '=') {
                    pos++;
                    return token(Token.Kind.OPERATOR, start);
                }
                break;
            default:
                break;
        }
        Span at = span(start, start + 1);
        throw new ValidationFailedException(Violation.error(RuleCodes.UNEXPECTED_CHARACTER, RuleCodes.FIELD,
                at.line(), at.column(), String.valueOf(c)));
    }

    private Token string(char quote, int start) {
        pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '\n') {
            char ch = text.charAt(pos++);
            if (ch == quote) {
                if (pos < text.length() && text.charAt(pos) == quote) {
                    value.append(quote);
                    pos++;
                    continue;
                }
                return new Token(Token.Kind.STRING, value.toString(), span(start, pos));
            }
            value.append(ch);
        }
        Span at = span(start, start + 1);
        throw new ValidationFailedException(Violation.error(RuleCodes.UNTERMINATED_STRING, RuleCodes.FIELD,
                at.line(), at.column()));
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            if (text.charAt(pos) == '\n') {
                line++;
                lineStart = pos + 1;
            }
            pos++;
        }
    }

    private Token token(Token.Kind kind, int start) {
        return new Token(kind, text.substring(start, pos), span(start, pos));
    }

    private Span span(int start, int end) {
        return new Span(start, end, line, start - lineStart + 1);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
