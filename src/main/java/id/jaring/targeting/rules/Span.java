package id.jaring.targeting.rules;

/** Where a piece of rule text lies: character offsets [start, end) and the 1-based line and column of start. */
public record Span(int start, int end, int line, int column) {

    /** From the start of this span to the end of {@code last}. */
    Span to(Span last) {
        return new Span(start, last.end, line, column);
    }

    public String of(String text) {
        return text.substring(start, Math.min(end, text.length()));
    }
}
