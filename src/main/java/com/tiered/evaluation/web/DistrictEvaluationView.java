package com.tiered.evaluation.web;

import com.tiered.evaluation.application.EvaluationService;
import com.tiered.evaluation.application.StudentDecisionsQuery;
import com.tiered.identity.application.CurrentStaff;
import com.tiered.identity.domain.Role;
import com.tiered.shared.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** The home page's button that evaluates the whole district as of today, with its progress. */
@Named
@ViewScoped
public class DistrictEvaluationView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient EvaluationService evaluations;

    @Inject
    private transient StudentDecisionsQuery decisions;

    @Inject
    private transient CurrentStaff staff;

    private Long runId;
    private int evaluated;
    private int total;

    public void start() {
        if (!staff.is(Role.ADMIN) && !staff.is(Role.SPED_COORDINATOR)) {
            PageMessages.error("Only administrators and coordinators evaluate the district.");
            return;
        }
        runId = evaluations.startDistrict(LocalDate.now(), staff.username());
        refresh();
    }

    /** Polled while the run is under way. */
    public void refresh() {
        if (runId == null) {
            return;
        }
        evaluations
                .progress(runId)
                .ifPresentOrElse(
                        p -> {
                            evaluated = p.evaluated();
                            total = p.total();
                        },
                        () -> {
                            runId = null;
                            decisions
                                    .latestDistrictRun()
                                    .ifPresent(run -> PageMessages.info("The district was evaluated as of " + run.asOf()
                                            + ": " + run.students() + " students, " + run.flags() + " flags."));
                        });
    }

    public boolean isRunning() {
        return runId != null;
    }

    public int getPercent() {
        return total == 0 ? 0 : evaluated * 100 / total;
    }

    public String getProgressText() {
        return evaluated + " of " + total + " students";
    }
}
