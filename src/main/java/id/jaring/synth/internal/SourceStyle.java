package id.jaring.synth.internal;

/**
 * How an agency writes its file: delimiter, byte order mark, header case, date and sex format,
 * case of text, RT/RW padding and region code form.
 */
record SourceStyle(char delimiter, boolean byteOrderMark, boolean upperCaseHeader, DateFormat dateFormat,
        SexFormat sexFormat, boolean titleCaseText, int rtWidth, boolean dottedRegionCode) {

    enum DateFormat {
        ISO, DAY_MONTH_YEAR_DASH, DAY_MONTH_YEAR_SLASH, COMPACT;

        String format(java.time.LocalDate d, boolean swapDayMonth) {
            int day = swapDayMonth ? d.getMonthValue() : d.getDayOfMonth();
            int month = swapDayMonth ? d.getDayOfMonth() : d.getMonthValue();
            String dd = two(day);
            String mm = two(month);
            String yyyy = Integer.toString(d.getYear());
            return switch (this) {
                case ISO -> yyyy + "-" + mm + "-" + dd;
                case DAY_MONTH_YEAR_DASH -> dd + "-" + mm + "-" + yyyy;
                case DAY_MONTH_YEAR_SLASH -> dd + "/" + mm + "/" + yyyy;
                case COMPACT -> yyyy + mm + dd;
            };
        }

        private static String two(int n) {
            return n < 10 ? "0" + n : Integer.toString(n);
        }
    }

    enum SexFormat {
        LETTER("L", "P"), WORD("LAKI-LAKI", "PEREMPUAN"), DIGIT("1", "2");

        final String male;
        final String female;

        SexFormat(String male, String female) {
            this.male = male;
            this.female = female;
        }
    }
}
