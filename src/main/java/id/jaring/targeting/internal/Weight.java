package id.jaring.targeting.internal;

import java.math.BigDecimal;

/**
 * The points of one value of one PMT variable: a category's code, or a band of a numeric
 * variable starting at {@code bandFrom} (up to the next band's start), or, with neither, the
 * points of a family whose value is missing.
 */
public record Weight(String variable, String category, BigDecimal bandFrom, BigDecimal points) {

    public boolean isMissingValue() {
        return category == null && bandFrom == null;
    }
}
