package city.hotline.router.embedded;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Starts PostgreSQL in-process when no database is configured, and points the application's data source at
 * it; Flyway then migrates it like any other. The cluster lives in {@code router.embedded-postgres.data-dir},
 * so the audit store survives a restart, as the embedded broker's log does.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${router.embedded-postgres.enabled:false}")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        Files.createDirectories(properties.dataDir());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(properties.dataDir())
                .setCleanDataDirectory(false);
        if (properties.port() != 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with its data in {} (jdbc:postgresql://localhost:{}/postgres, user postgres)",
                postgres.getPort(), properties.dataDir().toAbsolutePath(), postgres.getPort());
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setMaximumPoolSize(5);
        dataSource.setPoolName("audit");
        return dataSource;
    }
}
