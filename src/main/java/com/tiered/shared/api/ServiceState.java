package com.tiered.shared.api;

import com.tiered.evaluation.application.LiveRules;
import com.tiered.shared.infrastructure.DataSourceDeclaration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Whether Tiered can serve: the database answers and a rule set is live; and which database and rules these are. */
@ApplicationScoped
public class ServiceState {
    @Inject
    private LiveRules live;

    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    /** {@code database}: engine and version, or why it does not answer; {@code rulesVersion} null until live. */
    public record State(boolean up, String database, String rulesVersion) {}

    public State read() {
        String database;
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            database = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            return new State(false, "not answering: " + e.getMessage(), null);
        }
        return live.isReady()
                ? new State(true, database, live.current().rules().version())
                : new State(false, database, null);
    }
}
