package com.tiered.evaluation.application;

import com.tiered.audit.application.AccessRecorder;
import com.tiered.audit.domain.AccessAction;
import com.tiered.evaluation.domain.EvaluationRepository;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.identity.application.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The decisions of a run as they leave Tiered in the results file: a principal or specialist gets the students now at
 * their schools, an administrator or coordinator the district; every export is recorded in the access log.
 */
@RequestScoped
public class ResultsExport {
    @Inject
    private EvaluationRepository runs;

    @Inject
    private CurrentStaff staff;

    @Inject
    private AccessRecorder access;

    /** The run's decisions within the caller's scope, or empty when there is no such run. */
    public Optional<List<StudentDecisions>> of(long runId) {
        if (runs.find(runId).isEmpty()) {
            return Optional.empty();
        }
        Set<Long> scope = staff.schoolScope();
        List<StudentDecisions> decisions = runs.decisions(runId, scope);
        access.record(
                AccessAction.EXPORTED,
                null,
                "Results CSV of evaluation " + runId + ": " + decisions.size() + " students"
                        + (scope == null ? " of the district" : " of their schools"));
        return Optional.of(decisions);
    }
}
