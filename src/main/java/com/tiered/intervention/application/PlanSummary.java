package com.tiered.intervention.application;

import com.tiered.intervention.domain.InterventionPlan;
import com.tiered.intervention.domain.PlanStatus;
import com.tiered.intervention.domain.PlanTerms;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A plan as the student page shows it, with its history. */
public record PlanSummary(
        long id,
        int version,
        PlanStatus status,
        String closeReason,
        PlanTerms terms,
        String recommendedByRule,
        LocalDate startedOn,
        LocalDate endedOn,
        List<Step> history) {

    /** One step of the plan's history. */
    public record Step(LocalDateTime at, String username, PlanStatus status, String note) {
        public String when() {
            return at.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        }
    }

    static PlanSummary of(InterventionPlan p) {
        return new PlanSummary(
                p.getId(),
                p.getVersion(),
                p.getStatus(),
                p.getCloseReason() == null ? null : p.getCloseReason().getLabel(),
                p.terms(),
                p.getRecommendedByRule(),
                p.getStartedOn(),
                p.getEndedOn(),
                p.getHistory().stream()
                        .map(e -> new Step(e.getHappenedAt(), e.getUsername(), e.getStatus(), e.getNote()))
                        .toList());
    }

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    public boolean isOpen() {
        return status != PlanStatus.CLOSED;
    }
}
