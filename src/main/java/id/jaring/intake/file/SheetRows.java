package id.jaring.intake.file;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import id.jaring.intake.file.value.ExcelDates;

/**
 * The rows of one worksheet part ({@code <sheetData><row><c r="B2" t="s" s="3"><v>7</v></c>}),
 * pulled one at a time. Cells keep their column: a gap (a cell Excel did not write) is an empty
 * string. Values: shared and inline strings as text, numbers plain ({@link CellText}), date-
 * formatted numbers as ISO dates, booleans TRUE/FALSE, formulas their cached value, errors as
 * shown ({@code #N/A}).
 */
final class SheetRows {

    /** XFD, Excel's last column. */
    static final int MAX_COLUMNS = 16_384;

    private final XMLStreamReader xml;
    private final String[] sharedStrings;
    private final DateStyles dateStyles;
    private final boolean date1904;
    private long lastRow;

    SheetRows(XMLStreamReader xml, String[] sharedStrings, DateStyles dateStyles, boolean date1904) {
        this.xml = xml;
        this.sharedStrings = sharedStrings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
    }

    /** A row as read: its sheet row number, cells, and which cells were numbers. */
    record Raw(long number, List<String> cells, Set<Integer> numericColumns) {
    }

    /** The next {@code <row>}, or null at the end of the sheet. */
    Raw next() throws XMLStreamException {
        while (xml.hasNext()) {
            if (XmlParts.next(xml) == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                return row();
            }
        }
        return null;
    }

    private Raw row() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        long number = r == null ? lastRow + 1 : parseRowNumber(r);
        lastRow = number;
        List<String> cells = new ArrayList<>();
        Set<Integer> numeric = Set.of();
        int nextColumn = 0;
        while (true) {
            int event = XmlParts.next(xml);
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                return new Raw(number, cells, numeric);
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!"c".equals(xml.getLocalName())) {
                XmlParts.skipElement(xml);
                continue;
            }
            String ref = xml.getAttributeValue(null, "r");
            int column = ref == null ? nextColumn : column(ref);
            boolean[] isNumber = new boolean[1];
            String value = cell(isNumber);
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, value);
            if (isNumber[0]) {
                if (numeric.isEmpty()) {
                    numeric = new HashSet<>();
                }
                numeric.add(column);
            }
            nextColumn = column + 1;
        }
    }

    /** The value of the {@code <c>} the reader is on; sets isNumber[0] when it is a plain number. */
    private String cell(boolean[] isNumber) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String raw = null;
        String inline = null;
        while (true) {
            int event = XmlParts.next(xml);
            if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> raw = xml.getElementText();
                    case "is" -> inline = XmlParts.stringItem(xml);
                    default -> XmlParts.skipElement(xml); // <f> formula text, <extLst>
                }
            }
        }
        if (type == null || "n".equals(type)) {
            return number(raw, style, isNumber);
        }
        return switch (type) {
            case "s" -> sharedString(raw);
            case "inlineStr" -> inline != null ? inline : nullToEmpty(raw);
            case "b" -> raw == null ? "" : "1".equals(raw.strip()) ? "TRUE" : "FALSE";
            case "d" -> isoDate(raw);
            default -> nullToEmpty(raw); // "str" (a formula's text), "e" (#N/A, #DIV/0!)
        };
    }

    private String number(String raw, String style, boolean[] isNumber) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        if (style != null && dateStyles.isDate(styleIndex(style))) {
            try {
                String date = ExcelDates.isoText(new BigDecimal(raw.strip()), date1904);
                if (date != null) {
                    return date;
                }
            } catch (NumberFormatException e) {
                return raw;
            }
        }
        isNumber[0] = true;
        return CellText.number(raw);
    }

    private static int styleIndex(String style) {
        try {
            return Integer.parseInt(style.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String sharedString(String raw) {
        try {
            return sharedStrings[Integer.parseInt(raw.strip())];
        } catch (RuntimeException e) {
            throw new FileProblem(FileProblem.FILE_CORRUPT, "a cell refers to a missing shared string", e);
        }
    }

    /** A {@code t="d"} cell holds an ISO 8601 date-time; midnight is just the date. */
    private static String isoDate(String raw) {
        String v = nullToEmpty(raw).strip();
        return v.endsWith("T00:00:00") ? v.substring(0, v.length() - 9) : v;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static long parseRowNumber(String r) {
        try {
            return Long.parseLong(r.strip());
        } catch (NumberFormatException e) {
            throw new FileProblem(FileProblem.FILE_CORRUPT, "a row number that is not a number", e);
        }
    }

    /** The 0-based column of a reference: A1 is 0, Z9 is 25, AA3 is 26. */
    static int column(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
            if (column > MAX_COLUMNS) {
                break;
            }
        }
        if (i == 0 || column > MAX_COLUMNS) {
            throw new FileProblem(FileProblem.FILE_CORRUPT, "a cell reference out of range");
        }
        return column - 1;
    }
}
