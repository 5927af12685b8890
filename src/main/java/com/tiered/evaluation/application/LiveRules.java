package com.tiered.evaluation.application;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.RuleSetVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/** The rule set in use now. Swapped whole on activation: an evaluation keeps the rules it started with. */
@ApplicationScoped
public class LiveRules {
    /** The compiled rules with the stored version they came from. */
    public record Live(RuleSetVersion version, DecisionRules rules) {}

    private final AtomicReference<Live> live = new AtomicReference<>();

    public Live current() {
        Live current = live.get();
        if (current == null) {
            throw new IllegalStateException("No rule set is live yet");
        }
        return current;
    }

    public boolean isReady() {
        return live.get() != null;
    }

    public void use(RuleSetVersion version, DecisionRules rules) {
        live.set(new Live(version, rules));
    }
}
