package id.jaring.intake.file.value;

import java.util.regex.Matcher;

/**
 * Whether a file writes day or month first in {@code 07/03/2019}. Indonesian files write the day
 * first; a file exported by an English Excel may write the month first. Decided per file, from
 * many values: a first number above 12 can only be a day, a second number above 12 only a day too.
 */
public enum DateOrder {
    DAY_FIRST, MONTH_FIRST;

    /**
     * Month first only when some value has a second number above 12 and none has a first number
     * above 12; otherwise (including no evidence, or mixed evidence) day first.
     */
    public static DateOrder detect(Iterable<String> samples) {
        boolean dayFirstSeen = false;
        boolean monthFirstSeen = false;
        for (String sample : samples) {
            if (sample == null) {
                continue;
            }
            Matcher m = DateReader.NUMERIC_DMY.matcher(sample.strip());
            if (!m.matches()) {
                continue;
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            dayFirstSeen |= a > 12 && b <= 12;
            monthFirstSeen |= b > 12 && a <= 12;
        }
        return monthFirstSeen && !dayFirstSeen ? MONTH_FIRST : DAY_FIRST;
    }
}
