package com.tiered.identity.application;

import com.tiered.identity.domain.Role;
import com.tiered.identity.domain.StaffDirectory;
import com.tiered.shared.application.Started;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Outside the demo, the first start creates the account "admin" with the password in TIERED_ADMIN_PASSWORD, so
 * that a real installation never has a known password.
 */
@ApplicationScoped
public class FirstAdministrator {
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    private StaffDirectory directory;

    @Inject
    private StaffAccounts accounts;

    void onStart(@Observes Started started) {
        if (started.demoWanted() || directory.count() > 0) {
            return;
        }
        String password = System.getenv("TIERED_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            LOG.warning("No staff account exists and TIERED_ADMIN_PASSWORD is not set: set it and restart to create"
                    + " the account 'admin'");
            return;
        }
        accounts.create("admin", "Administrator", password, Set.of(Role.ADMIN), Set.of());
        LOG.info("Created the account 'admin' from TIERED_ADMIN_PASSWORD");
    }
}
