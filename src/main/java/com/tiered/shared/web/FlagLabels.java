package com.tiered.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;

/**
 * How flags read on the pages: a short phrase for each code the default rules raise and a tone for its badge. A code a
 * district's own rules add reads as itself.
 */
@Named
@ApplicationScoped
public class FlagLabels {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("PM_OVERDUE", "Monitoring overdue"),
            Map.entry("PM_NOT_STARTED", "Monitoring not started"),
            Map.entry("PM_NO_GOAL", "No goal"),
            Map.entry("PM_FOUR_BELOW", "4 points below aim"),
            Map.entry("PM_FOUR_ABOVE", "4 points above aim"),
            Map.entry("PM_TREND_BELOW", "Trend below aim"),
            Map.entry("PM_TREND_AT_OR_ABOVE", "Trend on track"),
            Map.entry("TIER_INTENSIFY", "Intensify"),
            Map.entry("REFER_FOR_EVALUATION", "Consider referral"),
            Map.entry("CONSIDER_LANGUAGE_PROFICIENCY", "Consider language proficiency"),
            Map.entry("IEP_TEAM_REVIEW", "IEP team review"),
            Map.entry("EVALUATION_OVERDUE", "Evaluation overdue"),
            Map.entry("EVALUATION_DUE_SOON", "Evaluation due soon"),
            Map.entry("IEP_REVIEW_OVERDUE", "IEP review overdue"),
            Map.entry("IEP_REVIEW_DUE_SOON", "IEP review due soon"),
            Map.entry("REEVALUATION_OVERDUE", "Reevaluation overdue"),
            Map.entry("REEVALUATION_DUE_SOON", "Reevaluation due soon"),
            Map.entry("PLAN504_REVIEW_OVERDUE", "504 review overdue"),
            Map.entry("PLAN504_REVIEW_DUE_SOON", "504 review due soon"),
            Map.entry("SCREENING_UNSCORED", "Screening unscored"),
            Map.entry("SCREEN_URGENT", "Screening: urgent"),
            Map.entry("SCREEN_INTERVENTION", "Screening: intervention"),
            Map.entry("SCREEN_ON_WATCH", "Screening: on watch"));

    public String label(String code) {
        return LABELS.getOrDefault(code, code);
    }

    /** "alert" for what needs action, "good" for progress on track, "info" for the rest. */
    public String tone(String code) {
        if (code.endsWith("_OVERDUE")
                || code.equals("PM_FOUR_BELOW")
                || code.equals("PM_TREND_BELOW")
                || code.equals("PM_NOT_STARTED")
                || code.equals("REFER_FOR_EVALUATION")
                || code.equals("TIER_INTENSIFY")
                || code.equals("IEP_TEAM_REVIEW")) {
            return "alert";
        }
        if (code.equals("PM_FOUR_ABOVE") || code.equals("PM_TREND_AT_OR_ABOVE")) {
            return "good";
        }
        return "info";
    }
}
