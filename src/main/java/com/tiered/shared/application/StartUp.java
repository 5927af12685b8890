package com.tiered.shared.application;

import com.tiered.evaluation.application.RuleSetService;
import com.tiered.shared.infrastructure.DataSourceDeclaration;
import com.tiered.shared.infrastructure.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What happens, in order, when Tiered starts: the schema is migrated (before anything reads it), the live rule set
 * is compiled (the shipped rules become version 1 on the first start), then {@link Started} is fired for whatever
 * needs a ready application (the demo district).
 */
@ApplicationScoped
public class StartUp {
    private static final Logger LOG = Logger.getLogger(StartUp.class.getName());

    /** Fired once the schema and the live rules are ready. */
    public static final class Started {}

    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private Event<Started> started;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        int migrations = SchemaMigration.migrate(dataSource);
        LOG.info("Schema up to date (" + migrations + " migration(s) applied)");
        ruleSets.start();
        started.fire(new Started());
    }
}
