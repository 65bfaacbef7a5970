package id.jaring.intake.file;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/** Which cell styles (the {@code s} attribute) show a number as a date; decided once per style. */
final class DateStyles {

    private static final DateStyles NONE = new DateStyles(null);

    private final StylesTable styles;
    private Boolean[] known = new Boolean[0];

    private DateStyles(StylesTable styles) {
        this.styles = styles;
    }

    static DateStyles of(StylesTable styles) {
        return styles == null ? NONE : new DateStyles(styles);
    }

    boolean isDate(int styleIndex) {
        if (styles == null || styleIndex < 0 || styleIndex >= styles.getNumCellStyles()) {
            return false;
        }
        if (styleIndex >= known.length) {
            Boolean[] grown = new Boolean[styles.getNumCellStyles()];
            System.arraycopy(known, 0, grown, 0, known.length);
            known = grown;
        }
        Boolean date = known[styleIndex];
        if (date == null) {
            XSSFCellStyle style = styles.getStyleAt(styleIndex);
            String format = style.getDataFormatString();
            date = format != null && DateUtil.isADateFormat(style.getDataFormat(), format);
            known[styleIndex] = date;
        }
        return date;
    }
}
