package id.jaring.intake.file;

import java.util.ArrayList;
import java.util.List;

/**
 * Guesses the delimiter from the first lines: the candidate (comma, semicolon, tab, pipe) that
 * appears in the header and occurs as often in the most following lines, counted outside quotes.
 * A file with none of them is a single-column CSV (comma).
 */
final class DelimiterSniffer {

    static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int MAX_LINES = 50;

    private DelimiterSniffer() {
    }

    /** @param complete whether the sample is the whole file (else its last line may be cut) */
    static char sniff(char[] sample, int length, boolean complete) {
        List<int[]> lines = countPerLine(sample, length, complete);
        char best = ',';
        int bestAgreeing = 0;
        int bestCount = 0;
        for (int k = 0; k < CANDIDATES.length; k++) {
            int headerCount = lines.isEmpty() ? 0 : lines.get(0)[k];
            if (headerCount == 0) {
                continue;
            }
            int agreeing = 0;
            for (int[] counts : lines) {
                if (counts[k] == headerCount) {
                    agreeing++;
                }
            }
            if (agreeing > bestAgreeing || (agreeing == bestAgreeing && headerCount > bestCount)) {
                best = CANDIDATES[k];
                bestAgreeing = agreeing;
                bestCount = headerCount;
            }
        }
        return best;
    }

    /** Per non-blank line (a quoted line break does not end a line), how often each candidate occurs. */
    private static List<int[]> countPerLine(char[] s, int length, boolean complete) {
        List<int[]> lines = new ArrayList<>();
        int[] counts = new int[CANDIDATES.length];
        boolean inQuotes = false;
        boolean blank = true;
        for (int i = 0; i < length && lines.size() < MAX_LINES; i++) {
            char c = s[i];
            if (c == '"') {
                inQuotes = !inQuotes;
                blank = false;
            } else if (!inQuotes && (c == '\n' || c == '\r')) {
                if (!blank) {
                    lines.add(counts);
                }
                counts = new int[CANDIDATES.length];
                blank = true;
            } else if (!inQuotes) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
                if (c != ' ') {
                    blank = false;
                }
            }
        }
        if (complete && !blank && lines.size() < MAX_LINES) {
            lines.add(counts);
        }
        return lines;
    }
}
