package city.hotline.router.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * The in-process PostgreSQL used when {@code spring.datasource.url} is not set: a real server from the
 * zonky binaries on Maven Central, for the embedded default and the tests.
 *
 * @param enabled whether to start it at all (false: the application needs {@code spring.datasource.url})
 * @param dataDir where the server keeps its cluster across restarts
 * @param port    the port; 0 picks a free one (the log names it, for psql)
 */
@ConfigurationProperties("router.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("./data/postgres") Path dataDir,
        @DefaultValue("0") int port) {
}
