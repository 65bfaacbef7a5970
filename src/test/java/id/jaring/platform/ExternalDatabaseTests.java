package id.jaring.platform;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * With a database URL configured (here: spring.datasource.*, as JARING_DB_URL/USER/PASSWORD map
 * to), the application uses that database through Spring Boot's own DataSource and starts no
 * embedded PostgreSQL. The "external" server is the test JVM's shared one, reached by URL.
 */
@SpringBootTest
class ExternalDatabaseTests {

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        String url = EmbeddedDatabase.acquire(null).getJdbcUrl("postgres", "postgres");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @AfterAll
    static void releaseServer() {
        EmbeddedDatabase.release();
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void usesTheConfiguredDatabaseAndStartsNoEmbeddedOne() {
        assertThat(context.getBeanNamesForType(DatabaseConfiguration.class)).isEmpty();
        assertThat(dataSource).isInstanceOf(HikariDataSource.class)
                .isNotInstanceOf(DatabaseConfiguration.ReleasingDataSource.class);
        assertThat(jdbc.sql("select count(*) from region where level = 2").query(Integer.class).single()).isEqualTo(8);
    }
}
