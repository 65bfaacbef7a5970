package id.jaring.targeting.web;

import id.jaring.targeting.internal.Weight;

/** One line of the form: strings as typed. */
public record WeightRow(String variable, String category, String band, String points) {

    static WeightRow of(Weight w) {
        return new WeightRow(w.variable(), w.category() == null ? "" : w.category(),
                w.bandFrom() == null ? "" : w.bandFrom().stripTrailingZeros().toPlainString(),
                w.points().stripTrailingZeros().toPlainString());
    }

    public boolean isBand() {
        return !band.isBlank();
    }

    public boolean isMissing() {
        return band.isBlank() && category.isBlank();
    }
}
