package com.tiered.evaluation.web;

import com.tiered.evaluation.application.DeadlineQuery;
import com.tiered.evaluation.domain.FlaggedStudent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The coordinator's deadlines page. */
@Named
@ViewScoped
public class DeadlinesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient DeadlineQuery query;

    private List<FlaggedStudent> deadlines;
    private List<FlaggedStudent> referrals;

    public List<FlaggedStudent> getDeadlines() {
        if (deadlines == null) {
            deadlines = query.deadlines();
        }
        return deadlines;
    }

    public List<FlaggedStudent> getReferrals() {
        if (referrals == null) {
            referrals = query.referralsToConsider();
        }
        return referrals;
    }
}
