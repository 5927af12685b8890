package com.tiered.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrations build the whole schema on the embedded database, and a second start changes nothing. */
class SchemaMigrationTest {

    @Test
    void migrationsCreateTheSchemaOnceOnTheEmbeddedDatabase(@TempDir Path dir) throws Exception {
        DataSource ds = TieredDataSource.targetFor(DatabaseSettings.from(Map.of("TIERED_DATA_DIR", dir.toString())));
        int first = SchemaMigration.migrate(ds);
        assertTrue(first >= 3, "all migrations ran: " + first);
        assertEquals(0, SchemaMigration.migrate(ds), "a restart runs no migration again");
        try (Connection c = ds.getConnection();
                ResultSet tables = c.getMetaData().getTables(null, null, "flag_decision", null)) {
            assertTrue(tables.next(), "the decisions table exists");
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
