package com.tiered.rulebook.application;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.RuleMessage;
import com.tiered.evaluation.domain.RuleSetRejected;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.rulebook.domain.RuleSetRepository;
import com.tiered.rulebook.domain.RuleSetVersion;
import com.tiered.shared.application.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Rule-set versions: the shipped rules become version 1 on first start; later versions go live only after
 * validation, and any stored version can be made live again (rollback) without a restart. At start-up a stored
 * version that no longer passes is not used: the newest earlier one that passes serves instead, or the shipped rules.
 */
@ApplicationScoped
public class RuleSetService {
    private static final Logger LOG = Logger.getLogger(RuleSetService.class.getName());
    /** The longest comment a version keeps. */
    public static final int MAX_COMMENT = 1000;

    private static final int MESSAGES_IN_NOTICE = 3;

    @Inject
    private RuleSetRepository repository;

    @Inject
    private RuleSetValidation validation;

    @Inject
    private LiveRules live;

    private Supplier<RuleSet> shipped = ShippedRules::load;

    public RuleSetService() {}

    /** Outside the container (tests): these parts, and the shipped rules from {@code shipped}. */
    RuleSetService(
            RuleSetRepository repository, RuleSetValidation validation, LiveRules live, Supplier<RuleSet> shipped) {
        this.repository = repository;
        this.validation = validation;
        this.live = live;
        this.shipped = shipped;
    }

    void onSchemaReady(@Observes SchemaReady ready) {
        start();
    }

    /**
     * At start-up: compile the active version, or store the shipped rules as version 1. An active version that is
     * refused (it no longer compiles, is unsafe or fails its scenarios) stays marked active but is not used: the
     * newest earlier version that passes serves, else the shipped rules, and {@link LiveRules#notice()} says so.
     */
    public void start() {
        RuleSetVersion active = repository.active().orElse(null);
        if (active == null) {
            RuleSet rules = shipped.get();
            DecisionRules compiled = validation.validate(rules);
            active = repository.store(rules, "system", "The default MTSS rulebase shipped with Tiered", true);
            live.use(active, compiled);
            LOG.info("Live rule set: version " + active.id() + " (" + active.version() + ")");
            return;
        }
        try {
            live.use(active, validation.validate(repository.files(active.id())));
            LOG.info("Live rule set: version " + active.id() + " (" + active.version() + ")");
        } catch (RuleSetRejected | IllegalArgumentException e) {
            LOG.severe("Rule-set version " + active.id() + " (" + active.version() + ") is marked live but was"
                    + " refused at start-up; it is not used. " + e.getMessage());
            standIn(active, reasons(e));
        }
    }

    /** Makes the newest version before the refused one that passes live, else the shipped rules. */
    private void standIn(RuleSetVersion refused, String why) {
        List<RuleSetVersion> earlier = repository.all().stream()
                .filter(v -> v.id() < refused.id())
                .sorted(Comparator.comparingLong(RuleSetVersion::id).reversed())
                .toList();
        for (RuleSetVersion candidate : earlier) {
            try {
                DecisionRules rules = validation.validate(repository.files(candidate.id()));
                useInstead(refused, why, candidate, rules);
                return;
            } catch (RuleSetRejected | IllegalArgumentException e) {
                LOG.warning("Rule-set version " + candidate.id() + " was refused at start-up too. " + e.getMessage());
            }
        }
        RuleSet rules = shipped.get();
        DecisionRules compiled = validation.validate(rules);
        RuleSetVersion stored = repository.all().stream()
                .filter(v -> v.version().equals(rules.version()))
                .findFirst()
                .orElseGet(() -> repository.store(
                        rules,
                        "system",
                        "The rulebase shipped with Tiered, used because version " + refused.id()
                                + " was refused at start-up",
                        false));
        useInstead(refused, why, stored, compiled);
    }

    private void useInstead(RuleSetVersion refused, String why, RuleSetVersion serving, DecisionRules rules) {
        String notice = "Version " + refused.id() + " was refused at start-up: " + why + "; version " + serving.id()
                + " (" + serving.version() + ") is live instead";
        live.useInstead(serving, rules, notice);
        LOG.severe(notice);
    }

    private static String reasons(RuntimeException e) {
        if (!(e instanceof RuleSetRejected rejected) || rejected.messages().isEmpty()) {
            return e.getMessage();
        }
        List<RuleMessage> messages = rejected.messages();
        String shown = messages.stream()
                .limit(MESSAGES_IN_NOTICE)
                .map(RuleMessage::toString)
                .collect(Collectors.joining("; "));
        return messages.size() > MESSAGES_IN_NOTICE
                ? shown + " and " + (messages.size() - MESSAGES_IN_NOTICE) + " more"
                : shown;
    }

    /**
     * Validates and stores a new version; it goes live when valid.
     *
     * @throws RuleSetRejected with every message; the live rules stay as they were
     */
    public RuleSetVersion publish(RuleSet ruleSet, String author, String comment) {
        requireComment(comment, "A new rule-set version needs a comment saying what changed and why");
        DecisionRules rules = validation.validate(ruleSet);
        RuleSetVersion version = repository.store(ruleSet, author, comment.trim(), true);
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

    /** The version serving decisions now, and a notice when it stands in for a refused one. */
    public LiveRules.Live live() {
        return live.current();
    }

    public List<RuleSetVersion> versions() {
        return repository.all();
    }

    public RuleSet files(long id) {
        repository.find(id).orElseThrow(() -> new IllegalArgumentException("There is no rule-set version " + id));
        return repository.files(id);
    }

    /** A change of the live rules says why, in at most {@value #MAX_COMMENT} characters. */
    public static String requireComment(String comment, String missing) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException(missing);
        }
        if (comment.trim().length() > MAX_COMMENT) {
            throw new IllegalArgumentException("The comment is longer than " + MAX_COMMENT + " characters");
        }
        return comment.trim();
    }
}
