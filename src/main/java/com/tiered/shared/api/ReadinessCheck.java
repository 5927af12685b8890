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
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the database answers and a rule set is live; says which database and rule set. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
    @Inject
    private LiveRules live;

    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("tiered");
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            response.withData("database", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
        } catch (SQLException e) {
            return response.down()
                    .withData("database", "not answering: " + e.getMessage())
                    .build();
        }
        if (live.isReady()) {
            response.withData("rulesVersion", live.current().rules().version());
        }
        return response.status(live.isReady()).build();
    }
}
