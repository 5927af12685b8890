package com.tiered.shared.infrastructure;

import com.tiered.shared.application.SchemaReady;
import com.tiered.shared.application.Started;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What happens, in order, when Tiered starts: the schema is migrated (before anything reads it), then
 * {@link SchemaReady} is fired (the rulebook puts its live rule set to use), then {@link Started} (the first
 * administrator, the demo district). Each context observes the phase it belongs to; this class knows none of them.
 */
@ApplicationScoped
public class StartUp {
    private static final Logger LOG = Logger.getLogger(StartUp.class.getName());

    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Event<SchemaReady> schemaReady;

    @Inject
    private Event<Started> started;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        int migrations = SchemaMigration.migrate(dataSource);
        LOG.info("Schema up to date (" + migrations + " migration(s) applied)");
        schemaReady.fire(new SchemaReady());
        started.fire(new Started(DatabaseSettings.fromEnvironment().demoWanted()));
    }
}
