package com.tiered.shared.infrastructure;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** New in-memory H2 databases with the schema migrated, in the app's MySQL mode; each test gets its own. */
public final class MemoryDatabases {
    private static final AtomicInteger CREATED = new AtomicInteger();

    private MemoryDatabases() {}

    public static DataSource fresh(String name) {
        DataSource h2 = empty(name);
        SchemaMigration.migrate(h2);
        return h2;
    }

    /** One with no schema yet, for a test that migrates it itself (to an earlier version, say). */
    public static DataSource empty(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + CREATED.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE");
        return h2;
    }
}
