package com.tiered.evaluation.application;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.RuleSet;
import com.tiered.evaluation.domain.RuleSetRejected;
import com.tiered.evaluation.domain.RuleSetRepository;
import com.tiered.evaluation.domain.RuleSetVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Rule-set versions: the shipped rules become version 1 on first start; later versions go live only after
 * validation, and any stored version can be made live again (rollback) without a restart.
 */
@ApplicationScoped
public class RuleSetService {
    private static final Logger LOG = Logger.getLogger(RuleSetService.class.getName());

    @Inject
    private RuleSetRepository repository;

    @Inject
    private RuleSetValidation validation;

    @Inject
    private LiveRules live;

    /** At start-up: compile the active version, or store the shipped rules as version 1. */
    public void start() {
        RuleSetVersion active = repository.active().orElse(null);
        if (active == null) {
            RuleSet shipped = ShippedRules.load();
            DecisionRules rules = validation.validate(shipped);
            active = repository.store(shipped, "system", "The default MTSS rulebase shipped with Tiered", true);
            live.use(active, rules);
        } else {
            live.use(active, validation.validate(repository.files(active.id())));
        }
        LOG.info("Live rule set: version " + active.id() + " (" + active.version() + ")");
    }

    /**
     * Validates and stores a new version; it goes live when valid.
     *
     * @throws RuleSetRejected with every message; the live rules stay as they were
     */
    public RuleSetVersion publish(RuleSet ruleSet, String author, String comment) {
        requireComment(comment);
        DecisionRules rules = validation.validate(ruleSet);
        RuleSetVersion version = repository.store(ruleSet, author, comment, true);
        live.use(version, rules);
        return version;
    }

    /** Makes an earlier version live again (it is validated again first). */
    public RuleSetVersion activate(long id, String author) {
        RuleSetVersion version = repository
                .find(id)
                .orElseThrow(() -> new IllegalArgumentException("There is no rule-set version " + id));
        DecisionRules rules = validation.validate(repository.files(id));
        repository.activate(id);
        RuleSetVersion activated = repository.find(id).orElseThrow();
        live.use(activated, rules);
        LOG.info(author + " made rule-set version " + version.id() + " live");
        return activated;
    }

    public List<RuleSetVersion> versions() {
        return repository.all();
    }

    public RuleSet files(long id) {
        repository.find(id).orElseThrow(() -> new IllegalArgumentException("There is no rule-set version " + id));
        return repository.files(id);
    }

    private static void requireComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("A new rule-set version needs a comment saying what changed and why");
        }
    }
}
