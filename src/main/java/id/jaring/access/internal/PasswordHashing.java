package id.jaring.access.internal;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with Argon2id. Hashes carry their algorithm ({@code {argon2}$argon2id$...})
 * so that a stronger setting or algorithm can take over later: a login with an outdated hash
 * re-hashes the password (see {@link PasswordLogin}).
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    /**
     * OWASP Password Storage Cheat Sheet: Argon2id with 19 MiB of memory, 2 iterations and a
     * parallelism of 1; a 16-byte salt and a 32-byte hash.
     */
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;

    @Bean
    PasswordEncoder passwordEncoder() {
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
        // bcrypt is only read, for hashes imported from elsewhere; new hashes are always argon2
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
    }
}
