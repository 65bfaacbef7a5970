package id.jaring.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The shape of an API token: {@code jrg_<prefix>_<secret>}, where the prefix is 8 letters and
 * digits shown in lists so that a user can tell tokens apart, and the secret is 32 random bytes
 * (256 bits) in base64url. Only the SHA-256 of the whole token is stored: with that much entropy
 * a fast hash is enough, and it lets a presented token be found by an index lookup.
 */
final class TokenSecrets {

    static final String PREFIX = "jrg_";
    static final int PREFIX_LENGTH = 8;
    static final int SECRET_BYTES = 32;

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Pattern SHAPE = Pattern.compile("jrg_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    record Issued(String token, String prefix, String hash) {
    }

    static Issued issue() {
        StringBuilder prefix = new StringBuilder(PREFIX_LENGTH);
        for (int i = 0; i < PREFIX_LENGTH; i++) {
            prefix.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String token = PREFIX + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(token, prefix.toString(), hash(token));
    }

    /** Cheap check before touching the database: anything not shaped like a token is refused. */
    static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
