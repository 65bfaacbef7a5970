package id.jaring.intake;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import id.jaring.intake.file.FileLimits;

/**
 * Intake settings: where uploads wait until staged ({@code jaring.intake.storage-dir}), and the
 * file limits ({@code jaring.intake.max-bytes}, {@code max-rows}, {@code max-uncompressed-bytes},
 * {@code min-inflate-ratio}).
 */
@Component
class IntakeProperties {

    private final Path storageDir;
    private final FileLimits limits;

    IntakeProperties(@Value("${jaring.intake.storage-dir:${java.io.tmpdir}/jaring-intake}") String storageDir,
            @Value("${jaring.intake.max-bytes:" + (1L << 30) + "}") long maxBytes,
            @Value("${jaring.intake.max-rows:5000000}") long maxRows,
            @Value("${jaring.intake.max-uncompressed-bytes:" + (4L << 30) + "}") long maxUncompressed,
            @Value("${jaring.intake.min-inflate-ratio:0.01}") double minInflateRatio) {
        this.storageDir = Path.of(storageDir);
        this.limits = new FileLimits(maxBytes, maxRows, maxUncompressed, minInflateRatio);
    }

    Path storageDir() {
        return storageDir;
    }

    FileLimits limits() {
        return limits;
    }
}
