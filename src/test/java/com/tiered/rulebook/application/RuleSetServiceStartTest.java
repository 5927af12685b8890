package com.tiered.rulebook.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.rulebook.domain.RuleSetRepository;
import com.tiered.rulebook.domain.RuleSetVersion;
import com.tiered.rulebook.infrastructure.drools.DroolsRuleCompiler;
import com.tiered.rulebook.rules.RuleFilesOnDisk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * At start-up a stored version marked live that is refused does not stop the application: it stays marked, the
 * newest earlier version that passes serves, else the shipped rules, and the live rules say why.
 */
class RuleSetServiceStartTest {
    private static final RuleSetValidation VALIDATION = new RuleSetValidation(new DroolsRuleCompiler());
    private static final RuleSet SHIPPED = RuleFilesOnDisk.shipped();

    private final InMemoryVersions repository = new InMemoryVersions();
    private final LiveRules live = new LiveRules();
    private final RuleSetService service = new RuleSetService(repository, VALIDATION, live, () -> SHIPPED);

    @Test
    void aValidActiveVersionServesWithoutANotice() {
        repository.store(SHIPPED, "system", "shipped", false);
        RuleSetVersion reviewed = repository.store(reviewed(), "admin", "reviewed", true);
        service.start();
        assertEquals(reviewed.id(), live.current().version().id());
        assertTrue(live.notice().isEmpty());
    }

    @Test
    void anUnsafeActiveVersionIsNotUsedAndTheNewestEarlierVersionThatPassesServesInstead() {
        repository.store(SHIPPED, "system", "shipped", false);
        RuleSetVersion reviewed = repository.store(reviewed(), "admin", "reviewed", false);
        RuleSetVersion unsafe = repository.store(unsafe(), "admin", "exits", true);
        repository.store(reviewed(), "admin", "a later version, rolled back from", false);
        repository.activate(unsafe.id());

        service.start();

        assertEquals(reviewed.id(), live.current().version().id(), "the newest version before the refused one");
        assertEquals(reviewed().version(), live.current().rules().version());
        String notice = live.notice().orElseThrow();
        assertTrue(notice.startsWith("Version " + unsafe.id() + " was refused at start-up: "), notice);
        assertTrue(notice.contains("tiering.drl") && notice.contains("rules may not use System"), notice);
        assertTrue(notice.endsWith("version " + reviewed.id() + " (" + reviewed.version() + ") is live instead"));
        assertEquals(unsafe.id(), repository.active().orElseThrow().id(), "the stored active flag is unchanged");
    }

    @Test
    void whenNoEarlierVersionPassesTheShippedRulesServeStoredAsANewVersionThatIsNotMarkedActive() {
        repository.store(unsafe(), "admin", "exits", false);
        RuleSetVersion refused = repository.store(broken(), "admin", "does not compile", true);

        service.start();

        RuleSetVersion serving = live.current().version();
        assertEquals(SHIPPED.version(), serving.version());
        assertEquals(3, serving.id(), "stored once, as a new version");
        assertFalse(serving.active());
        assertEquals(refused.id(), repository.active().orElseThrow().id());
        assertTrue(live.notice().orElseThrow().contains("Version " + refused.id() + " was refused"));
    }

    @Test
    void aStoredVersionWithTheShippedFilesIsUsedRatherThanStoringThemAgain() {
        RuleSetVersion first = repository.store(SHIPPED, "system", "shipped", false);
        repository.store(unsafe(), "admin", "exits", true);
        service.start();
        assertEquals(first.id(), live.current().version().id());
        assertEquals(2, repository.all().size());
    }

    @Test
    void aStoredVersionWhosePlanScenariosAreWrittenByPositionStillServes() throws IOException {
        repository.store(SHIPPED, "system", "shipped", false);
        RuleSetVersion stored = repository.store(
                edit(
                        "scenarios/plans.csv",
                        Files.readString(Path.of("src/test/resources/scenarios/plans-positional.csv"))),
                "admin",
                "stored before plans were written key=value",
                true);
        service.start();
        assertEquals(stored.id(), live.current().version().id());
        assertTrue(live.notice().isEmpty(), live.notice().orElse(""));
    }

    private static RuleSet reviewed() {
        return edit(
                "cadence.drl",
                SHIPPED.files().stream()
                                .filter(f -> f.path().equals("cadence.drl"))
                                .findFirst()
                                .orElseThrow()
                                .content()
                        + "\n// reviewed by the MTSS team\n");
    }

    /** A consequence that would end the server: the safety check refuses it. */
    private static RuleSet unsafe() {
        String tiering = SHIPPED.files().stream()
                .filter(f -> f.path().equals("tiering.drl"))
                .findFirst()
                .orElseThrow()
                .content();
        return edit(
                "tiering.drl",
                tiering.replace(
                        "    int raised = Math.min($b.getTier() + 1, 3);",
                        "    int raised = Math.min($b.getTier() + 1, 3);\n    System.exit(1);"));
    }

    private static RuleSet broken() {
        return edit("tiering.drl", "rule \"Unfinished\" when then");
    }

    private static RuleSet edit(String path, String content) {
        List<RuleFile> files = new ArrayList<>();
        for (RuleFile f : SHIPPED.files()) {
            files.add(f.path().equals(path) ? new RuleFile(path, content) : f);
        }
        return new RuleSet(files);
    }

    /** Versions in memory, numbered from 1 as the database numbers them. */
    private static final class InMemoryVersions implements RuleSetRepository {
        private final Map<Long, RuleSetVersion> versions = new LinkedHashMap<>();
        private final Map<Long, RuleSet> files = new LinkedHashMap<>();

        @Override
        public RuleSetVersion store(RuleSet ruleSet, String author, String comment, boolean active) {
            long id = versions.size() + 1L;
            versions.put(id, new RuleSetVersion(id, ruleSet.version(), author, Instant.now(), comment, false));
            files.put(id, ruleSet);
            if (active) {
                activate(id);
            }
            return versions.get(id);
        }

        @Override
        public Optional<RuleSetVersion> active() {
            return versions.values().stream().filter(RuleSetVersion::active).findFirst();
        }

        @Override
        public Optional<RuleSetVersion> find(long id) {
            return Optional.ofNullable(versions.get(id));
        }

        @Override
        public RuleSet files(long id) {
            return files.get(id);
        }

        @Override
        public List<RuleSetVersion> all() {
            return List.copyOf(versions.values());
        }

        @Override
        public void activate(long id) {
            versions.replaceAll(
                    (k, v) -> new RuleSetVersion(v.id(), v.version(), v.author(), v.createdAt(), v.comment(), k == id));
        }
    }
}
