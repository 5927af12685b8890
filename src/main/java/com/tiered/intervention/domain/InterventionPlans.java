package com.tiered.intervention.domain;

import java.util.List;
import java.util.Optional;

/** The intervention plans, stored. */
public interface InterventionPlans {

    Optional<InterventionPlan> find(long id);

    /** A student's plans: active first, then drafts, then closed, newest first within each. */
    List<InterventionPlan> of(String studentSourcedId);

    void store(InterventionPlan plan);
}
