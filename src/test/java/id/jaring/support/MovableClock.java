package id.jaring.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock in Asia/Jakarta that a test moves (across five years, onto a leap day). Tests that need
 * it import {@link Config} (a Spring context of its own, where it replaces the application's
 * clock) and set the date before they act: the context is shared by every such test class.
 */
public final class MovableClock extends Clock {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    /** Noon of {@code day} in Jakarta. */
    public void setDate(LocalDate day) {
        now.set(day.atTime(LocalTime.NOON).atZone(JAKARTA).toInstant());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now.get(), JAKARTA);
    }

    @Override
    public ZoneId getZone() {
        return JAKARTA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now.get(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
