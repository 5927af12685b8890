package com.tiered.shared.api;

import com.tiered.evaluation.application.LiveRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the schema is migrated and a rule set is live. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
    @Inject
    private LiveRules live;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("tiered-rules").status(live.isReady()).build();
    }
}
