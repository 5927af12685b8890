package com.tiered.evaluation.application;

import com.tiered.evaluation.domain.EvaluationRepository;
import com.tiered.evaluation.domain.EvaluationRepository.StudentEvaluation;
import com.tiered.evaluation.domain.EvaluationRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** What the pages may read of the decisions. */
@ApplicationScoped
public class StudentDecisionsQuery {
    @Inject
    private EvaluationRepository runs;

    public Optional<StudentEvaluation> latestFor(String sourcedId) {
        return runs.latestFor(sourcedId);
    }

    public Optional<EvaluationRun> latestDistrictRun() {
        return runs.latestDistrictRun();
    }
}
