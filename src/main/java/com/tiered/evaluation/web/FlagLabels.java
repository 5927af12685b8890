package com.tiered.evaluation.web;

import com.tiered.evaluation.domain.RulesInUse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * How flags read on the pages (#{flagLabels.label(code)}, #{flagLabels.tone(code)}): as the live rule set's flags
 * table says. A code the table does not describe reads as itself, in the neutral tone.
 */
@Named
@ApplicationScoped
public class FlagLabels {
    @Inject
    private RulesInUse live;

    public String label(String code) {
        return live.flags().label(code);
    }

    /** The badge's tone: "alert" for what needs action, "good" for progress on track, "info" for the rest. */
    public String tone(String code) {
        return live.flags().tone(code);
    }
}
