package id.jaring.platform;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the embedded PostgreSQL when no external database is configured
 * ({@code JARING_DB_URL} or {@code spring.datasource.url}). With one configured, Spring Boot's
 * own DataSource takes over and nothing is started here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class DatabaseConfiguration {

    @Bean
    DataSource dataSource(@Value("${jaring.db.embedded.data-dir:}") String dataDir,
            @Value("${jaring.db.pool-size:10}") int poolSize,
            @Value("${jaring.db.embedded.statement-statistics:false}") boolean statementStatistics,
            @Value("${jaring.db.embedded.shared-buffers:}") String sharedBuffers) {
        EmbeddedPostgres postgres = EmbeddedDatabase.acquire(dataDir.isBlank() ? null : Path.of(dataDir),
                statementStatistics, sharedBuffers);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("jaring");
        return new ReleasingDataSource(config);
    }

    /** Closes the pool, then tells the embedded server this context is done with it. */
    static final class ReleasingDataSource extends HikariDataSource {

        ReleasingDataSource(HikariConfig config) {
            super(config);
        }

        @Override
        public void close() {
            if (!isClosed()) {
                super.close();
                EmbeddedDatabase.release();
            }
        }
    }
}
