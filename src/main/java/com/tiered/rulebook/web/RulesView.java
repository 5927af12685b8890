package com.tiered.rulebook.web;

import com.tiered.evaluation.domain.RuleSetRejected;
import com.tiered.rulebook.application.LiveRules;
import com.tiered.rulebook.application.RuleAuthoring;
import com.tiered.rulebook.application.RuleSetService;
import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.rulebook.domain.RuleSetDiff;
import com.tiered.rulebook.domain.RuleSetVersion;
import com.tiered.shared.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Rules area: the live version and its history (who, when, why, which files changed), each file readable, the
 * difference between any two versions, and making an earlier version live again.
 */
@Named
@ViewScoped
public class RulesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient RuleSetService versions;

    @Inject
    private transient RuleAuthoring authoring;

    private List<RuleSetVersion> history;
    private RuleSetVersion live;
    private String notice;
    private final Map<Long, String> changedFiles = new HashMap<>();
    /** Each version's files, read once per page: the history, the file list and the diff all need them. */
    private final Map<Long, RuleSet> files = new HashMap<>();

    private Long shownVersion;
    private String shownPath;
    private Long from;
    private Long to;
    private List<RuleSetDiff.FileChange> diff;
    private Long rollBackTo;
    private String comment;

    @PostConstruct
    void init() {
        history = versions.versions();
        LiveRules.Live serving = versions.live();
        live = serving.version();
        notice = serving.notice();
        shownVersion = live.id();
        if (history.size() >= 2) {
            from = history.get(1).id();
            to = history.get(0).id();
        }
    }

    /** The version serving decisions (not always the one marked active: see {@link #getNotice()}). */
    public RuleSetVersion getLive() {
        return live;
    }

    /** Why another version than the one marked active serves (it was refused at start-up), or null. */
    public String getNotice() {
        return notice;
    }

    /** The files a version changed against the one before it, by name. */
    public String changed(RuleSetVersion v) {
        return changedFiles.computeIfAbsent(v.id(), id -> {
            int i = history.indexOf(v);
            if (i == history.size() - 1) {
                return "first version";
            }
            List<RuleSetDiff.FileChange> d =
                    RuleSetDiff.between(ruleSet(history.get(i + 1).id()), ruleSet(id));
            return d.isEmpty()
                    ? "no file changed"
                    : d.stream()
                            .map(c -> c.path()
                                    + (c.status().equals("CHANGED")
                                            ? ""
                                            : " (" + c.status().toLowerCase() + ")"))
                            .collect(Collectors.joining(", "));
        });
    }

    public List<RuleFile> getFiles() {
        return shownVersion == null ? List.of() : ruleSet(shownVersion).files();
    }

    public String getShownContent() {
        return getFiles().stream()
                .filter(f -> f.path().equals(shownPath))
                .map(RuleFile::content)
                .findFirst()
                .orElse(null);
    }

    public void show(String path) {
        shownPath = path;
    }

    public void compare() {
        if (from == null || to == null) {
            return;
        }
        diff = RuleSetDiff.between(ruleSet(from), ruleSet(to));
    }

    private RuleSet ruleSet(long version) {
        return files.computeIfAbsent(version, versions::files);
    }

    public String rollBack() {
        try {
            RuleSetVersion v = authoring.rollBack(rollBackTo, comment);
            PageMessages.keepOverRedirect();
            PageMessages.info("Version " + v.id() + " is live again. The district is being" + " evaluated with it.");
            return "/rules?faces-redirect=true";
        } catch (RuleSetRejected e) {
            PageMessages.error("Version " + rollBackTo + " no longer passes the check: " + e.messages());
        } catch (RuntimeException e) {
            PageMessages.error(e.getMessage());
        }
        return null;
    }

    public boolean isAuthor() {
        return authoring.mayAuthor();
    }

    public List<RuleSetVersion> getHistory() {
        return history;
    }

    public Long getShownVersion() {
        return shownVersion;
    }

    public void setShownVersion(Long shownVersion) {
        this.shownVersion = shownVersion;
    }

    public String getShownPath() {
        return shownPath;
    }

    public Long getFrom() {
        return from;
    }

    public void setFrom(Long from) {
        this.from = from;
    }

    public Long getTo() {
        return to;
    }

    public void setTo(Long to) {
        this.to = to;
    }

    public List<RuleSetDiff.FileChange> getDiff() {
        return diff;
    }

    public Long getRollBackTo() {
        return rollBackTo;
    }

    public void setRollBackTo(Long rollBackTo) {
        this.rollBackTo = rollBackTo;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
