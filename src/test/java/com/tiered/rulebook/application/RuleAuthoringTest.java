package com.tiered.rulebook.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.audit.application.AccessRecorder;
import com.tiered.audit.application.MemoryAccessLog;
import com.tiered.evaluation.application.EvaluationService;
import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.DomainDecision;
import com.tiered.evaluation.domain.EvaluationRun;
import com.tiered.evaluation.domain.FactSource;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.evaluation.domain.StudentLabel;
import com.tiered.evaluation.domain.fact.GrowthNorm;
import com.tiered.identity.application.CurrentStaff;
import com.tiered.identity.application.SignedIn;
import com.tiered.identity.domain.Role;
import com.tiered.rulebook.domain.RuleDraft;
import com.tiered.rulebook.domain.RuleDraftRepository;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.rulebook.domain.RuleSetVersion;
import com.tiered.shared.application.Wiring;
import com.tiered.student.application.DistrictInMemory;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who may change the rules: rule authors and administrators through the draft; administrators alone outside it
 * (upload, activate). A rule author who sees some schools reads a preview's changes elsewhere as counts.
 */
class RuleAuthoringTest {
    private static final String NEEDS_AUTHOR =
            "Changing the rules needs the rule-author permission; an administrator grants it";
    private static final String NEEDS_ADMIN = "Only an administrator may make rules live without the draft";
    private static final RuleSetVersion LIVE = new RuleSetVersion(1, "v1", "system", Instant.now(), "shipped", true);

    private final DistrictInMemory district = new DistrictInMemory();
    private final Drafts drafts = new Drafts();
    private final Versions versions = new Versions();
    private final Evaluations evaluations = new Evaluations();
    private final LiveRules live = new LiveRules();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final WhatIfPreview previews = new WhatIfPreview(new Facts(), live, executor);
    private final MemoryAccessLog log = new MemoryAccessLog();

    RuleAuthoringTest() {
        live.use(LIVE, rules(1));
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private RuleAuthoring authoringFor(CurrentStaff staff) {
        AccessRecorder access = log.recorderFor(staff);
        return Wiring.inject(new RuleAuthoring(), drafts, versions, evaluations, live, previews, staff, access);
    }

    private RuleAuthoring ruleAuthorAtMaple() {
        return authoringFor(SignedIn.as("specialist", Set.of(Role.SPECIALIST, Role.RULE_AUTHOR), district.maple));
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"RULE_AUTHOR", "ADMIN"})
    void aRuleAuthorOrAnAdministratorMayAuthor(Role role) {
        assertTrue(authoringFor(SignedIn.as("someone", Set.of(role))).mayAuthor());
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"SPECIALIST", "SPED_COORDINATOR", "PRINCIPAL"})
    void withoutThePermissionNoRoleMayAuthor(Role role) {
        assertFalse(authoringFor(SignedIn.as("someone", Set.of(role), district.maple))
                .mayAuthor());
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"SPECIALIST", "SPED_COORDINATOR", "PRINCIPAL"})
    void withoutThePermissionEveryStepOfTheDraftIsRefusedAndNothingIsTouched(Role role) {
        RuleAuthoring authoring = authoringFor(SignedIn.as("someone", Set.of(role), district.maple));
        List<Executable> steps = List.of(
                authoring::draft,
                authoring::openDraft,
                () -> authoring.save("rules/tiers.drl", "package x;", 0),
                () -> authoring.workbook("rules/cuts.csv"),
                () -> authoring.importWorkbook("rules/cuts.csv", new ByteArrayInputStream(new byte[0]), 0),
                authoring::check,
                () -> authoring.preview(LocalDate.now()),
                () -> authoring.previewReading(1),
                () -> authoring.publish("new cuts"),
                authoring::discard,
                () -> authoring.rollBack(1, "back"));
        for (Executable step : steps) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, step);
            assertEquals(NEEDS_AUTHOR, refused.getMessage());
        }
        assertEquals(List.of(), drafts.calls, "the draft was not read nor changed");
        assertEquals(List.of(), versions.calls, "no version went live");
        assertEquals(List.of(), evaluations.started);
        assertEquals(List.of(), log.lines());
    }

    @Test
    void aRuleAuthorOpensTheDraftFromTheLiveVersion() {
        RuleDraft draft = ruleAuthorAtMaple().openDraft();
        assertEquals(LIVE.id(), draft.basedOn());
        assertEquals(List.of("open", "start by specialist"), drafts.calls);
    }

    @Test
    void anAdministratorWithoutThePermissionMayAuthorToo() {
        authoringFor(SignedIn.as("admin", Set.of(Role.ADMIN))).discard();
        assertEquals(List.of("open"), drafts.calls);
    }

    @Test
    void aRuleAuthorRollsBackWithACommentThatIsLoggedAndTheDistrictIsEvaluated() {
        ruleAuthorAtMaple().rollBack(3, "the new cuts flag too many");
        assertEquals(List.of("activate 3 by specialist"), versions.calls);
        assertEquals(List.of("specialist"), evaluations.started);
        assertEquals(
                List.of("specialist CHANGED_RULES null: Version 3 (v3) live again: the new cuts flag too many"),
                log.lines());
    }

    @Test
    void aRuleAuthorWhoIsNoAdministratorIsRefusedUploadAndActivate() {
        RuleAuthoring authoring = ruleAuthorAtMaple();
        RuleSet rules = new RuleSet(List.of());
        assertEquals(
                NEEDS_ADMIN,
                assertThrows(IllegalStateException.class, () -> authoring.upload(rules, "new"))
                        .getMessage());
        assertEquals(
                NEEDS_ADMIN,
                assertThrows(IllegalStateException.class, () -> authoring.activate(3, "back"))
                        .getMessage());
        assertEquals(List.of(), versions.calls);
        assertEquals(List.of(), log.lines());
    }

    @Test
    void anAdministratorUploadsAndActivatesWithACommentInTheLog() {
        RuleAuthoring authoring = authoringFor(SignedIn.as("admin", Set.of(Role.ADMIN)));
        authoring.upload(new RuleSet(List.of()), "district policy 2027");
        authoring.activate(3, "back to last year's");
        assertEquals(List.of("publish by admin: district policy 2027", "activate 3 by admin"), versions.calls);
        assertEquals(
                List.of(
                        "admin CHANGED_RULES null: Version 2 (v2) uploaded and live: district policy 2027",
                        "admin CHANGED_RULES null: Version 3 (v3) live again: back to last year's"),
                log.lines());
    }

    @Test
    void anAuthorAtOneSchoolReadsThatSchoolsChangesByNameAndTheRestAsCounts() throws InterruptedException {
        long id = finishedPreview();
        PreviewReading reading = ruleAuthorAtMaple().previewReading(id);
        assertEquals(
                List.of("maple-1"),
                reading.changes().stream().map(c -> c.studentId()).toList());
        assertEquals(Set.of("maple-1"), reading.students().keySet());
        assertEquals(1, reading.changesElsewhere());
        assertEquals(1, reading.studentsElsewhere());
        assertEquals(
                List.of("specialist VIEWED_PREVIEW null: What-if preview " + id + " as of " + LocalDate.now()
                        + ": 1 change(s) shown, 1 counted in other schools"),
                log.lines());
    }

    @Test
    void anAuthorWhoSeesTheDistrictReadsEveryChangeByName() throws InterruptedException {
        long id = finishedPreview();
        PreviewReading reading = authoringFor(
                        SignedIn.as("coordinator", Set.of(Role.SPED_COORDINATOR, Role.RULE_AUTHOR)))
                .previewReading(id);
        assertEquals(
                List.of("maple-1", "oak-1"),
                reading.changes().stream().map(c -> c.studentId()).toList());
        assertEquals(0, reading.changesElsewhere());
    }

    @Test
    void theFirstReadOfAFinishedPreviewIsLoggedOncePerAuthor() throws InterruptedException {
        long id = finishedPreview();
        RuleAuthoring authoring = ruleAuthorAtMaple();
        authoring.previewReading(id);
        authoring.previewReading(id);
        assertEquals(1, log.lines().size());
    }

    /** A preview in which the draft moves both students, one at each school, from Tier 1 to Tier 2. */
    private long finishedPreview() throws InterruptedException {
        WhatIfPreview.Job job = previews.start(rules(2), LocalDate.now());
        for (int i = 0; i < 200 && !job.finished(); i++) {
            Thread.sleep(25);
        }
        assertTrue(job.finished(), "the preview finished");
        return job.id();
    }

    /** Rules that put both students in READING at one tier. */
    private static DecisionRules rules(int tier) {
        return new DecisionRules() {
            @Override
            public String version() {
                return "tier " + tier;
            }

            @Override
            public List<StudentDecisions> decide(LocalDate asOf, List<StudentFacts> students, BooleanSupplier stop) {
                return List.of("maple-1", "oak-1").stream()
                        .map(id -> new StudentDecisions(
                                id,
                                List.of(new DomainDecision("READING", tier, "cut", "below the cut", List.of())),
                                List.of(),
                                List.of()))
                        .toList();
            }

            @Override
            public List<GrowthNorm> growthNorms() {
                return List.of();
            }
        };
    }

    /** Two active students, one at Maple and one at Oak. */
    private static final class Facts implements FactSource {
        @Override
        public List<Long> activeStudentIds() {
            return List.of(1L, 2L);
        }

        @Override
        public List<StudentFacts> load(List<Long> studentIds, LocalDate asOf) {
            return List.of();
        }

        @Override
        public List<Long> idsOf(List<String> sourcedIds) {
            return List.of();
        }

        @Override
        public Map<String, StudentLabel> labels(Collection<String> sourcedIds) {
            return Map.of(
                    "maple-1", new StudentLabel("Lovelace, Ada", "Maple Elementary", DistrictInMemory.MAPLE_ID),
                    "oak-1", new StudentLabel("Turing, Alan", "Oak Middle", DistrictInMemory.OAK_ID));
        }
    }

    /** The shared draft, none open at first; remembers what was asked of it. */
    private static final class Drafts implements RuleDraftRepository {
        final List<String> calls = new ArrayList<>();
        private RuleDraft open;

        @Override
        public Optional<RuleDraft> open() {
            calls.add("open");
            return Optional.ofNullable(open);
        }

        @Override
        public RuleDraft start(long basedOn, RuleSet files, String by) {
            calls.add("start by " + by);
            open = new RuleDraft(1, basedOn, by, Instant.now(), List.of());
            return open;
        }

        @Override
        public RuleDraft.DraftFile save(long draftId, String path, String content, int seenRevision, String by) {
            calls.add("save " + path);
            return new RuleDraft.DraftFile(path, content, seenRevision + 1, by, Instant.now());
        }

        @Override
        public void close(long draftId, String status) {
            calls.add("close " + status);
        }
    }

    /** The stored versions: version {@code n} is "vn"; publishing makes version 2. */
    private static final class Versions extends RuleSetService {
        final List<String> calls = new ArrayList<>();

        @Override
        public RuleSetVersion publish(RuleSet ruleSet, String author, String comment) {
            calls.add("publish by " + author + ": " + comment);
            return new RuleSetVersion(2, "v2", author, Instant.now(), comment, true);
        }

        @Override
        public RuleSetVersion activate(long id, String author) {
            calls.add("activate " + id + " by " + author);
            return new RuleSetVersion(id, "v" + id, author, Instant.now(), "", true);
        }

        @Override
        public RuleSet files(long id) {
            return new RuleSet(List.of());
        }
    }

    /** The district evaluations started, by whom. */
    private static final class Evaluations extends EvaluationService {
        final List<String> started = new ArrayList<>();

        @Override
        public long startDistrict(LocalDate asOf, String startedBy) {
            started.add(startedBy);
            return 1;
        }

        @Override
        public EvaluationRun evaluateDistrict(LocalDate asOf, String startedBy) {
            throw new UnsupportedOperationException();
        }
    }
}
