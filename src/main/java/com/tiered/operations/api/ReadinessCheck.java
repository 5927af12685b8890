package com.tiered.operations.api;

import com.tiered.operations.application.ServiceState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the database answers and a rule set is live. {@code /health} is open to load balancers, so it says UP or
 * DOWN and nothing else; which database and rules an administrator reads at {@code /api/health/details}.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
    @Inject
    private ServiceState state;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("tiered").status(state.read().up()).build();
    }
}
