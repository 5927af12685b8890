package com.tiered.rulebook.application;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.RulesInUse;
import com.tiered.rulebook.domain.RuleSetVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule set in use now. Swapped whole on activation: an evaluation keeps the rules it started with. When the
 * stored active version was refused at start-up, another version serves and the notice says so until a version is
 * made live.
 */
@ApplicationScoped
public class LiveRules implements RulesInUse {
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

    @Override
    public DecisionRules rules() {
        return current().rules();
    }

    @Override
    public boolean isReady() {
        return live.get() != null;
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
