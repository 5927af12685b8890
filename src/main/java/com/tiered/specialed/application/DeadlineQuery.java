package com.tiered.specialed.application;

import com.tiered.audit.application.AccessRecorder;
import com.tiered.audit.domain.AccessAction;
import com.tiered.evaluation.domain.EvaluationRepository;
import com.tiered.evaluation.domain.FlaggedStudent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What a special-education coordinator watches, from the latest district evaluation: the legal clocks (evaluations,
 * IEP reviews and reevaluations, 504 reviews), overdue first, and the students flagged for referral or IEP team review.
 */
@ApplicationScoped
public class DeadlineQuery {
    static final Set<String> DEADLINES = Set.of(
            "EVALUATION_OVERDUE",
            "EVALUATION_DUE_SOON",
            "IEP_REVIEW_OVERDUE",
            "IEP_REVIEW_DUE_SOON",
            "REEVALUATION_OVERDUE",
            "REEVALUATION_DUE_SOON",
            "PLAN504_REVIEW_OVERDUE",
            "PLAN504_REVIEW_DUE_SOON");
    static final Set<String> REFERRALS =
            Set.of("REFER_FOR_EVALUATION", "CONSIDER_LANGUAGE_PROFICIENCY", "IEP_TEAM_REVIEW");

    @Inject
    private EvaluationRepository runs;

    @Inject
    private AccessRecorder access;

    /** The deadlines for the page, overdue first; the read is in the access log. */
    public List<FlaggedStudent> deadlines() {
        List<FlaggedStudent> deadlines = timelines();
        access.record(AccessAction.VIEWED_LIST, null, "Deadlines page: " + deadlines.size() + " timelines");
        return deadlines;
    }

    private List<FlaggedStudent> timelines() {
        return flagged(DEADLINES).stream()
                .sorted(Comparator.comparing((FlaggedStudent f) -> !f.isOverdue()))
                .toList();
    }

    /** The deadlines for a file leaving Tiered: the export is recorded in the access log. */
    public List<FlaggedStudent> exportDeadlines() {
        List<FlaggedStudent> deadlines = timelines();
        access.record(
                AccessAction.EXPORTED,
                null,
                "Deadlines CSV: " + deadlines.size() + " timelines of "
                        + deadlines.stream()
                                .map(FlaggedStudent::sourcedId)
                                .distinct()
                                .count() + " students");
        return deadlines;
    }

    public List<FlaggedStudent> referralsToConsider() {
        return flagged(REFERRALS);
    }

    private List<FlaggedStudent> flagged(Set<String> codes) {
        return runs.latestDistrictRun()
                .map(run -> runs.flagged(run.id(), codes))
                .orElse(List.of());
    }
}
