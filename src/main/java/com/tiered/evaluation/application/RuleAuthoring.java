package com.tiered.evaluation.application;

import com.tiered.audit.application.AccessRecorder;
import com.tiered.audit.domain.AccessAction;
import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.RuleDraft;
import com.tiered.evaluation.domain.RuleDraftRepository;
import com.tiered.evaluation.domain.RuleMessage;
import com.tiered.evaluation.domain.RuleSetDiff;
import com.tiered.evaluation.domain.RuleSetRejected;
import com.tiered.evaluation.domain.RuleSetVersion;
import com.tiered.evaluation.domain.TableWorkbook;
import com.tiered.identity.application.CurrentStaff;
import com.tiered.identity.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What rule authors do: open the shared draft, save its files (refused when another author saved the same file
 * since), check it, preview its effect, make it live (a district evaluation follows) or discard it; and make an
 * earlier version live again. Only rule authors and administrators may; going live and rolling back are in the
 * access log with their comment.
 */
@RequestScoped
public class RuleAuthoring {
    @Inject
    private RuleDraftRepository drafts;

    @Inject
    private RuleSetService versions;

    @Inject
    private RuleSetValidation validation;

    @Inject
    private WhatIfPreview previews;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private LiveRules live;

    @Inject
    private CurrentStaff staff;

    @Inject
    private AccessRecorder access;

    @Inject
    private TableWorkbook workbooks;

    /** A result of the check: no messages means the draft compiles, is safe and passes every scenario. */
    public record Check(List<RuleMessage> messages, DecisionRules rules) {
        public boolean passed() {
            return messages.isEmpty();
        }
    }

    public boolean mayAuthor() {
        return staff.is(Role.RULE_AUTHOR) || staff.is(Role.ADMIN);
    }

    public Optional<RuleDraft> draft() {
        requireAuthor();
        return drafts.open();
    }

    /** The open draft, or a new one copied from the live version. */
    public RuleDraft openDraft() {
        requireAuthor();
        return drafts.open()
                .orElseGet(() -> drafts.start(
                        live.current().version().id(),
                        versions.files(live.current().version().id()),
                        staff.username()));
    }

    public RuleDraft.DraftFile save(String path, String content, int seenRevision) {
        requireAuthor();
        RuleDraft draft = drafts.open().orElseThrow(() -> new IllegalStateException("There is no open draft"));
        return drafts.save(draft.id(), path, content.replace("\r\n", "\n"), seenRevision, staff.username());
    }

    /** A table of the draft as an Excel workbook. */
    public byte[] workbook(String path) {
        RuleDraft.DraftFile file =
                openDraft().file(path).orElseThrow(() -> new IllegalArgumentException("The draft has no file " + path));
        return workbooks.write(
                path.replaceAll(".*/", "").replace(".drl.csv", "").replace(".csv", ""),
                RuleSetDiff.Tables.parse(file.content()));
    }

    /** Replaces a table of the draft with the first sheet of an uploaded workbook (same revision rule as a save). */
    public RuleDraft.DraftFile importWorkbook(String path, java.io.InputStream xlsx, int seenRevision) {
        return save(path, RuleSetDiff.Tables.write(workbooks.read(xlsx)), seenRevision);
    }

    public Check check() {
        RuleDraft draft = openDraft();
        try {
            return new Check(List.of(), validation.validate(draft.ruleSet()));
        } catch (RuleSetRejected e) {
            return new Check(e.messages(), null);
        }
    }

    /**
     * Starts a what-if preview of the draft against today's data.
     *
     * @throws RuleSetRejected when the draft does not pass the check (there is nothing sound to preview)
     */
    public WhatIfPreview.Job preview() {
        Check check = check();
        if (!check.passed()) {
            throw new RuleSetRejected("Fix the draft before previewing it", check.messages());
        }
        return previews.start(check.rules());
    }

    /** Makes the draft the live version and evaluates the district with it; answers the new version. */
    public RuleSetVersion publish(String comment) {
        RuleDraft draft = openDraft();
        RuleSetVersion version = versions.publish(draft.ruleSet(), staff.username(), comment);
        drafts.close(draft.id(), "PUBLISHED");
        access.record(
                AccessAction.CHANGED_RULES,
                null,
                "Version " + version.id() + " (" + version.version() + ") live: " + comment);
        evaluations.startDistrict(LocalDate.now(), staff.username());
        return version;
    }

    public void discard() {
        requireAuthor();
        drafts.open().ifPresent(d -> drafts.close(d.id(), "DISCARDED"));
    }

    /** Makes an earlier version live again, with a comment, and evaluates the district with it. */
    public RuleSetVersion rollBack(long versionId, String comment) {
        requireAuthor();
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("Say why the rules go back to version " + versionId);
        }
        RuleSetVersion version = versions.activate(versionId, staff.username());
        access.record(
                AccessAction.CHANGED_RULES,
                null,
                "Version " + versionId + " (" + version.version() + ") live again: " + comment.trim());
        evaluations.startDistrict(LocalDate.now(), staff.username());
        return version;
    }

    private void requireAuthor() {
        if (!mayAuthor()) {
            throw new IllegalStateException(
                    "Changing the rules needs the rule-author permission; an administrator" + " grants it");
        }
    }
}
