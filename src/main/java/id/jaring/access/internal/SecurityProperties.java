package id.jaring.access.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login hardening.
 *
 * @param maxFailedAttempts consecutive wrong passwords that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param failureDelay how long every failed login waits before it is answered, to slow down guessing
 */
@ConfigurationProperties("jaring.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("1s") Duration failureDelay) {

    public SecurityProperties {
        if (maxFailedAttempts < 1) {
            throw new IllegalArgumentException("jaring.security.max-failed-attempts must be at least 1");
        }
    }
}
