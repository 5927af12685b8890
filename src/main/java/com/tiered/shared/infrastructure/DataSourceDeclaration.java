package com.tiered.shared.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the pooled data source that JPA, the identity store and the bulk stores share. */
@DataSourceDefinition(
        name = DataSourceDeclaration.JNDI_NAME,
        className = "com.tiered.shared.infrastructure.TieredDataSource",
        minPoolSize = 2,
        maxPoolSize = 24,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data"
        })
@ApplicationScoped
public class DataSourceDeclaration {
    public static final String JNDI_NAME = "java:app/jdbc/tiered";
}
