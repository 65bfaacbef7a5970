package id.jaring.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.stereotype.Component;

import id.jaring.intake.file.FileProblem;

/**
 * Where uploaded files wait until their batch ends ({@code jaring.intake.storage-dir}): each under
 * a random name, with its SHA-256 and size taken while it is written, refused past the size limit.
 * The files are copies of personal data: they are deleted as soon as nothing needs them.
 */
@Component
class UploadStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(UploadStore.class);

    /** A stored upload: where it is, its content's SHA-256 (hex) and its size in bytes. */
    record Stored(Path path, String sha256, long size) {
    }

    private final IntakeProperties properties;

    UploadStore(IntakeProperties properties) {
        this.properties = properties;
    }

    /**
     * @throws FileProblem FILE_TOO_LARGE past the limit (nothing is kept)
     * @throws UncheckedIOException when the file cannot be written (nothing is kept)
     */
    Stored store(InputStream content) {
        Path dir = properties.storageDir();
        Path stored = dir.resolve(UUID.randomUUID() + ".upload");
        try {
            Files.createDirectories(dir);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(stored), digest)) {
                size = copyLimited(content, out, properties.limits().maxBytes());
            }
            return new Stored(stored, HexFormat.of().formatHex(digest.digest()), size);
        } catch (IOException e) {
            delete(stored);
            throw new UncheckedIOException("could not store the upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (FileProblem e) {
            delete(stored);
            throw e;
        }
    }

    /** Deletes the file if it is there; a failure is logged (without the path's content), not thrown. */
    void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete an upload file: {}", e.getMessage());
        }
    }

    private static long copyLimited(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                throw new FileProblem(FileProblem.FILE_TOO_LARGE, "more than " + max + " bytes", max);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }
}
