package com.tiered.overview.web;

import com.tiered.caseload.domain.Caseloads;
import com.tiered.evaluation.application.StudentDecisionsQuery;
import com.tiered.evaluation.domain.EvaluationRun;
import com.tiered.identity.application.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home page: the latest district evaluation, and the way to each role's work. */
@Named
@RequestScoped
public class HomeView {
    @Inject
    private StudentDecisionsQuery decisions;

    @Inject
    private CurrentStaff staff;

    @Inject
    private Caseloads caseloads;

    private EvaluationRun latest;
    private boolean loaded;

    /** The number of students on the signed-in specialist's caseload. */
    public long getCaseloadSize() {
        return staff.user() == null ? 0 : caseloads.size(staff.user().getId());
    }

    public EvaluationRun getLatest() {
        if (!loaded) {
            latest = decisions.latestDistrictRun().orElse(null);
            loaded = true;
        }
        return latest;
    }
}
