package id.jaring.intake.file;

/**
 * What a file may be: its size in bytes, its number of data rows, and (for XLSX) the largest
 * uncompressed part and the smallest compression ratio accepted (zip bomb guard).
 */
public record FileLimits(long maxBytes, long maxRows, long maxUncompressedBytes, double minInflateRatio) {

    public static final FileLimits DEFAULT = new FileLimits(1L << 30, 5_000_000, 4L << 30, 0.01);
}
