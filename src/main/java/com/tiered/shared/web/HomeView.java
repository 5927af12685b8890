package com.tiered.shared.web;

import com.tiered.evaluation.application.StudentDecisionsQuery;
import com.tiered.evaluation.domain.EvaluationRun;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home page: the latest district evaluation, and the way to each role's work. */
@Named
@RequestScoped
public class HomeView {
    @Inject
    private StudentDecisionsQuery decisions;

    private EvaluationRun latest;
    private boolean loaded;

    public EvaluationRun getLatest() {
        if (!loaded) {
            latest = decisions.latestDistrictRun().orElse(null);
            loaded = true;
        }
        return latest;
    }
}
