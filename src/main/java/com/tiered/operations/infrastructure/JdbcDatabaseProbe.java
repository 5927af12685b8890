package com.tiered.operations.infrastructure;

import com.tiered.operations.domain.DatabaseProbe;
import com.tiered.shared.infrastructure.DataSourceDeclaration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Opens a connection and reads the product name and version from its metadata. */
@ApplicationScoped
public class JdbcDatabaseProbe implements DatabaseProbe {
    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public String describe() {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
