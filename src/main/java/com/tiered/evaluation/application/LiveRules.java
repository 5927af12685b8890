package com.tiered.evaluation.application;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.FlagTable;
import com.tiered.evaluation.domain.RuleSetVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule set in use now. Swapped whole on activation: an evaluation keeps the rules it started with. When the
 * stored active version was refused at start-up, another version serves and the notice says so until a version is
 * made live.
 */
@ApplicationScoped
public class LiveRules {
    /** The compiled rules with the stored version they came from; a notice when they stand in for a refused one. */
    public record Live(RuleSetVersion version, DecisionRules rules, String notice) {
        public Live(RuleSetVersion version, DecisionRules rules) {
            this(version, rules, null);
        }
    }

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

    /** How the live rules' flags read on the pages (the shipped table until a rule set is live). */
    public FlagTable flags() {
        Live current = live.get();
        return current == null ? FlagTable.shipped() : current.rules().flags();
    }

    public void use(RuleSetVersion version, DecisionRules rules) {
        live.set(new Live(version, rules));
    }

    /** Serves {@code version} in place of the stored active one, which was refused; the notice says why. */
    public void useInstead(RuleSetVersion version, DecisionRules rules, String notice) {
        live.set(new Live(version, rules, notice));
    }

    /** What an administrator should know about the live rules (a version refused at start-up), if anything. */
    public Optional<String> notice() {
        Live current = live.get();
        return current == null ? Optional.empty() : Optional.ofNullable(current.notice());
    }
}
