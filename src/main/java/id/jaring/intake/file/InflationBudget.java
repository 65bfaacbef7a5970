package id.jaring.intake.file;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes inflated from an XLSX's parts against one budget, on top of POI's per-entry
 * size and ratio checks: many parts each just under the limits are a zip bomb too.
 */
final class InflationBudget {

    private final long maxBytes;
    private long used;

    InflationBudget(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    InputStream count(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    spend(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    spend(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                spend(skipped);
                return skipped;
            }
        };
    }

    private void spend(long n) {
        used += n;
        if (used > maxBytes) {
            throw new FileProblem(FileProblem.FILE_ZIP_BOMB, "more than " + maxBytes + " bytes inflated");
        }
    }
}
