package city.hotline.router.supervision;

import city.hotline.router.audit.AuditWriter;
import city.hotline.schemas.EventCodec;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A real PostgreSQL, migrated as the application does and filled with the {@link KnownDay} through the real
 * {@link AuditWriter}. Started once for all supervision tests (about 3 s) and only read after: the tests share it.
 */
final class KnownDayStore {

    private static JdbcClient jdbc;

    private KnownDayStore() {
    }

    static synchronized JdbcClient jdbc() {
        if (jdbc == null) {
            jdbc = start();
        }
        return jdbc;
    }

    private static JdbcClient start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            JdbcClient client = JdbcClient.create(dataSource);
            EventCodec codec = new EventCodec(32 * 1024);
            KnownDay.writeTo(new AuditWriter(client, codec), codec);
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
