package com.tiered.specialed.web;

import com.tiered.evaluation.domain.FlaggedStudent;
import com.tiered.specialed.application.DeadlineQuery;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The coordinator's deadlines page, and its timelines as CSV (recorded in the access log). */
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

    /** The timelines as CSV: the values the page shows, read afresh, the export recorded in the access log. */
    public StreamedContent getExport() {
        return DefaultStreamedContent.builder()
                .name("deadlines.csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(out -> DeadlinesCsv.write(out, query.exportDeadlines()))
                .build();
    }

    public List<FlaggedStudent> getReferrals() {
        if (referrals == null) {
            referrals = query.referralsToConsider();
        }
        return referrals;
    }
}
