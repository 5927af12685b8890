package com.tiered.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrations build the whole schema on the embedded database, and a second start changes nothing. */
class SchemaMigrationTest {
    /** V1 to V12 in db-migrations/. */
    private static final int MIGRATIONS = 12;

    @Test
    void migrationsCreateTheSchemaOnceOnTheEmbeddedDatabase(@TempDir Path dir) throws Exception {
        DataSource ds = TieredDataSource.targetFor(DatabaseSettings.from(Map.of("TIERED_DATA_DIR", dir.toString())));
        assertEquals(MIGRATIONS, SchemaMigration.migrate(ds), "every migration in db-migrations/ ran");
        assertEquals(0, SchemaMigration.migrate(ds), "a restart runs no migration again");
        try (Connection c = ds.getConnection();
                ResultSet tables = c.getMetaData().getTables(null, null, "flag_decision", null)) {
            assertTrue(tables.next(), "the decisions table exists");
        }
    }

    @Test
    void theCountAboveIsTheNumberOfMigrationFiles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("db-migrations"))) {
            assertEquals(
                    MIGRATIONS,
                    files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                            .count());
        }
    }

    @Test
    void withoutConfigurationTheDataLivesInTheDataFolder() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of());
        assertTrue(settings.embedded());
        assertTrue(settings.url().startsWith("jdbc:h2:file:" + Path.of("data").toAbsolutePath()), settings.url());
    }

    @Test
    void aDatabaseUrlSelectsMySql() {
        DatabaseSettings settings = DatabaseSettings.from(
                Map.of("TIERED_DB_URL", "jdbc:mysql://db/tiered", "TIERED_DB_USER", "u", "TIERED_DB_PASSWORD", "p"));
        assertEquals(false, settings.embedded());
        assertEquals("u", settings.user());
    }
}
