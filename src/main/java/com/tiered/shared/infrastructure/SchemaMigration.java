package com.tiered.shared.infrastructure;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the schema up to date with the Flyway migrations of db-migrations/ (carried in the WAR). */
public final class SchemaMigration {
    private SchemaMigration() {}

    public static int migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
