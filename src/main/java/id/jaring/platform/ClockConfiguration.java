package id.jaring.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every date decision takes its time from this clock, so tests can move it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Banten lies in Western Indonesian Time. */
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
