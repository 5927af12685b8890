package com.tiered.rulebook.application;

import com.tiered.audit.application.AccessRecorder;
import com.tiered.audit.domain.AccessAction;
import com.tiered.evaluation.application.EvaluationService;
import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.RuleMessage;
import com.tiered.evaluation.domain.RuleSetRejected;
import com.tiered.evaluation.domain.StudentLabel;
import com.tiered.identity.application.CurrentStaff;
import com.tiered.identity.domain.Role;
import com.tiered.rulebook.domain.DecisionChange;
import com.tiered.rulebook.domain.DraftFileChanged;
import com.tiered.rulebook.domain.RuleDraft;
import com.tiered.rulebook.domain.RuleDraftRepository;
import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleFilePath;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.rulebook.domain.RuleSetDiff;
import com.tiered.rulebook.domain.RuleSetVersion;
import com.tiered.rulebook.domain.TableWorkbook;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What rule authors do: open the shared draft, save its files (refused when another author saved the same file
 * since), check it, preview its effect, make it live (a district evaluation follows) or discard it; and make an
 * earlier version live again. Only rule authors and administrators may; an administrator may also upload a whole rule
 * set or make a version live again outside the draft. Every way of going live checks the rules the same way and is in
 * the access log with its comment.
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

    /**
     * Saves one file of the draft (opened from the live version when there is none).
     *
     * @throws IllegalArgumentException when the path is not a rule file's ({@link RuleFilePath})
     * @throws com.tiered.shared.domain.TooLarge when the file is larger than {@link RuleFile#MAX_BYTES}
     * @throws DraftFileChanged when another author saved it since {@code seenRevision}
     */
    public RuleDraft.DraftFile save(String path, String content, int seenRevision) {
        requireAuthor();
        RuleFile file = RuleFile.saved(path, content == null ? "" : content.replace("\r\n", "\n"));
        RuleDraft draft = openDraft();
        return drafts.save(draft.id(), file.path(), file.content(), seenRevision, staff.username());
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
        requireAuthor(); // before the upload is parsed, not only when it is saved
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
     * Starts a what-if preview of the draft against the data as of a date (data dated after it is left out).
     *
     * @throws RuleSetRejected when the draft does not pass the check (there is nothing sound to preview)
     */
    public WhatIfPreview.Job preview(LocalDate asOf) {
        Check check = check();
        if (!check.passed()) {
            throw new RuleSetRejected("Fix the draft before previewing it", check.messages());
        }
        return previews.start(check.rules(), asOf);
    }
    /**
     * A preview as the current author may read it: every change for those who see the district; for the others,
     * the changes in their schools by name and the rest as counts. Reading a finished preview is in the access log
     * once per author.
     *
     * @throws IllegalArgumentException when there is no such preview
     */
    public PreviewReading previewReading(long id) {
        requireAuthor();
        WhatIfPreview.Job job =
                previews.find(id).orElseThrow(() -> new IllegalArgumentException("There is no preview " + id));
        java.util.Set<Long> scope = staff.schoolScope();
        List<DecisionChange> shown = new java.util.ArrayList<>();
        java.util.Map<String, StudentLabel> students = new java.util.HashMap<>();
        java.util.Set<String> elsewhere = new java.util.HashSet<>();
        int changesElsewhere = 0;
        if (job.finished()) {
            for (DecisionChange c : job.changes()) {
                StudentLabel label = job.students().get(c.studentId());
                if (scope == null || (label != null && scope.contains(label.schoolId()))) {
                    shown.add(c);
                    if (label != null) {
                        students.put(c.studentId(), label);
                    }
                } else {
                    changesElsewhere++;
                    elsewhere.add(c.studentId());
                }
            }
            if (job.firstReadBy(staff.username())) {
                access.record(
                        AccessAction.VIEWED_PREVIEW,
                        null,
                        "What-if preview " + id + " as of " + job.asOf() + ": " + shown.size() + " change(s) shown, "
                                + changesElsewhere + " counted in other schools");
            }
        }
        return new PreviewReading(
                id,
                job.asOf(),
                job.done(),
                job.total(),
                job.finished(),
                job.cancelled(),
                job.failure(),
                List.copyOf(shown),
                java.util.Map.copyOf(students),
                changesElsewhere,
                elsewhere.size());
    }

    /** Makes the draft the live version and evaluates the district with it; answers the new version. */
    public RuleSetVersion publish(String comment) {
        RuleDraft draft = openDraft();
        RuleSetVersion version = versions.publish(draft.ruleSet(), staff.username(), comment);
        drafts.close(draft.id(), "PUBLISHED");
        access.record(
                AccessAction.CHANGED_RULES,
                null,
                "Version " + version.id() + " (" + version.version() + ") live: " + comment.trim());
        evaluations.startDistrict(LocalDate.now(), staff.username());
        return version;
    }

    /**
     * An administrator's upload of a whole rule set (not through the draft): the same check, a comment and the
     * access log, as the draft's going live. The caller evaluates the district with it.
     *
     * @throws RuleSetRejected with every message; the live rules stay
     */
    public RuleSetVersion upload(RuleSet ruleSet, String comment) {
        requireAdmin();
        String why = RuleSetService.requireComment(
                comment, "A new rule-set version needs a comment saying what changed and why (?comment=)");
        RuleSetVersion version = versions.publish(ruleSet, staff.username(), why);
        access.record(
                AccessAction.CHANGED_RULES,
                null,
                "Version " + version.id() + " (" + version.version() + ") uploaded and live: " + why);
        return version;
    }

    /**
     * An administrator makes an earlier version live again, checked again first, with a comment in the access log.
     * The caller evaluates the district with it.
     */
    public RuleSetVersion activate(long versionId, String comment) {
        requireAdmin();
        return liveAgain(versionId, comment);
    }

    public void discard() {
        requireAuthor();
        drafts.open().ifPresent(d -> drafts.close(d.id(), "DISCARDED"));
    }

    /** Makes an earlier version live again, with a comment, and evaluates the district with it. */
    public RuleSetVersion rollBack(long versionId, String comment) {
        requireAuthor();
        RuleSetVersion version = liveAgain(versionId, comment);
        evaluations.startDistrict(LocalDate.now(), staff.username());
        return version;
    }

    private RuleSetVersion liveAgain(long versionId, String comment) {
        String why = RuleSetService.requireComment(comment, "Say why the rules go back to version " + versionId);
        RuleSetVersion version = versions.activate(versionId, staff.username());
        access.record(
                AccessAction.CHANGED_RULES,
                null,
                "Version " + versionId + " (" + version.version() + ") live again: " + why);
        return version;
    }

    private void requireAdmin() {
        if (!staff.is(Role.ADMIN)) {
            throw new IllegalStateException("Only an administrator may make rules live without the draft");
        }
    }

    private void requireAuthor() {
        if (!mayAuthor()) {
            throw new IllegalStateException(
                    "Changing the rules needs the rule-author permission; an administrator" + " grants it");
        }
    }
}
