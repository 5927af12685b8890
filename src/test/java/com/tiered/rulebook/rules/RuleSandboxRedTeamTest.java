package com.tiered.rulebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.RuleMessage;
import com.tiered.evaluation.domain.RuleSetRejected;
import com.tiered.rulebook.application.RuleSetValidation;
import com.tiered.rulebook.domain.RuleCompiler;
import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.rulebook.infrastructure.drools.DroolsRuleCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * The red-team suite of the rule sandbox: every file in {@code src/test/resources/redteam/} is a hostile rule file
 * (DRL or decision table) that tries, with one technique, to reach beyond student data, dates and arithmetic. Its
 * effect, when it gets through, is a harmless marker file {@code /tmp/tiered-redteam/<name>.marker} (or a leak of
 * {@code /etc/passwd}, an environment variable or a canary system property into the validation messages, or a
 * run that does not end).
 *
 * <p>Each file is added to the shipped rule set and validated as an upload would be. The rule set must be refused
 * ({@link RuleSetRejected}) with a message naming the hostile file at a line, no message may carry a secret, and no
 * marker may exist afterwards (also a moment later, for payloads that start threads or timers). Many payloads are
 * written so that they pass the old regex denylist: see README.md in the folder for what the denylist did with
 * each.
 */
class RuleSandboxRedTeamTest {
    static final String FOLDER = "redteam";
    static final Path MARKERS = Path.of("/tmp/tiered-redteam");
    static final int AT_LEAST = 70;
    static final String CANARY_PROPERTY = "tiered.redteam.canary";
    private static final Duration BUDGET = Duration.ofSeconds(60);
    private static final long LATE_MARKER_WAIT_MILLIS = 100;

    private static String canary;

    @BeforeAll
    static void plantTheCanary() {
        canary = "canary-" + UUID.randomUUID();
        System.setProperty(CANARY_PROPERTY, canary);
    }

    @AfterAll
    static void removeTheCanary() {
        System.clearProperty(CANARY_PROPERTY);
    }

    /** The hostile files, by name, from the test class path (target/test-classes/redteam). */
    static List<String> hostileFiles() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".drl") || name.endsWith(".drl.csv"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theRedTeamFolderHoldsAtLeastSeventyHostileFiles() {
        List<String> files = hostileFiles();
        assertTrue(files.size() >= AT_LEAST, "only " + files.size() + " hostile files in " + folder());
        assertTrue(files.stream().anyMatch(f -> f.endsWith(".drl.csv")), "no decision table among the hostile files");
    }

    @Test
    void theShippedRulesAloneStillValidate() {
        DecisionRules rules = new RuleSetValidation(new DroolsRuleCompiler()).validate(RuleFilesOnDisk.shipped());
        assertEquals(RuleFilesOnDisk.shipped().version(), rules.version());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void aHostileRuleFileIsRefusedAndLeavesNoTrace(String name) throws Exception {
        // A rule set holds its files at the top level (RuleFilePath): the attack sits beside the shipped files.
        String path = FOLDER + "-" + name;
        String base = name.replaceFirst("\\.drl(\\.csv)?$", "");
        Files.createDirectories(MARKERS);
        deleteMarkers(base);
        RuleSet ruleSet = shippedPlus(path, Files.readString(folder().resolve(name), StandardCharsets.UTF_8));

        AtomicBoolean markerAfterCompile = new AtomicBoolean();
        RuleCompiler compiler = new DroolsRuleCompiler();
        RuleCompiler watched = set -> {
            try {
                return compiler.compile(set);
            } finally {
                markerAfterCompile.set(markerExists(base));
            }
        };
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        List<String> problems = new ArrayList<>();
        try {
            assertTimeoutPreemptively(BUDGET, () -> {
                try {
                    new RuleSetValidation(watched).validate(ruleSet);
                } catch (Throwable t) {
                    thrown.set(t);
                }
            });
        } catch (AssertionFailedError timeout) {
            problems.add("validation did not end within " + BUDGET.toSeconds() + " s");
        }
        boolean markerRightAfter = markerExists(base);
        Thread.sleep(LATE_MARKER_WAIT_MILLIS);
        boolean markerLater = markerExists(base);

        Throwable outcome = thrown.get();
        if (outcome == null && problems.isEmpty()) {
            problems.add("not refused: the rule set validated");
        } else if (outcome != null && !(outcome instanceof RuleSetRejected)) {
            problems.add("not refused: validation threw " + outcome.getClass().getName());
        } else if (outcome instanceof RuleSetRejected refused) {
            boolean named = refused.messages().stream().anyMatch(m -> m.file().equals(path) && m.line() > 0);
            if (!named) {
                problems.add("refused, but no message names " + path + " at a line > 0 (messages: "
                        + summary(refused.messages()) + ")");
            }
        }
        if (outcome != null) {
            problems.addAll(leaks(outcome));
        }
        if (markerAfterCompile.get()) {
            problems.add("marker written at COMPILE time (before any scenario ran)");
        } else if (markerRightAfter) {
            problems.add("marker written while the scenarios ran");
        } else if (markerLater) {
            problems.add("marker written after validation returned (a thread or timer outlived it)");
        }
        if (!problems.isEmpty()) {
            fail(path + ": " + String.join("; ", problems));
        }
    }

    private static RuleSet shippedPlus(String path, String content) {
        List<RuleFile> files = new ArrayList<>(RuleFilesOnDisk.shipped().files());
        files.add(new RuleFile(path, content));
        return new RuleSet(files);
    }

    /** Secrets that must never appear in what validation says: /etc/passwd, environment values, the canary. */
    private static List<String> leaks(Throwable outcome) {
        List<String> texts = new ArrayList<>();
        texts.add(String.valueOf(outcome.getMessage()));
        if (outcome instanceof RuleSetRejected refused) {
            refused.messages().forEach(m -> texts.add(m.text()));
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        for (String line : passwdLines()) {
            secrets.put("the /etc/passwd line of " + line.substring(0, Math.max(0, line.indexOf(':'))), line);
        }
        secrets.put("the canary system property " + CANARY_PROPERTY, canary);
        System.getenv().forEach((key, value) -> {
            if (value.length() >= 8) {
                secrets.put("the environment variable " + key, value);
            }
        });
        List<String> found = new ArrayList<>();
        secrets.forEach((what, value) -> {
            if (texts.stream().anyMatch(t -> t.contains(value))) {
                found.add("a message leaks " + what);
            }
        });
        return found.stream().limit(3).toList();
    }

    private static List<String> passwdLines() {
        Path passwd = Path.of("/etc/passwd");
        if (!Files.isReadable(passwd)) {
            return List.of();
        }
        try {
            return Files.readAllLines(passwd, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.length() >= 8)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String summary(List<RuleMessage> messages) {
        String files = messages.stream()
                .map(m -> m.file() + ":" + m.line())
                .distinct()
                .limit(4)
                .collect(Collectors.joining(", "));
        return messages.size() + ", at " + files + (messages.size() > 4 ? ", ..." : "");
    }

    private static boolean markerExists(String base) {
        try (Stream<Path> files = Files.list(MARKERS)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith(base + ".marker"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteMarkers(String base) throws IOException {
        try (Stream<Path> files = Files.list(MARKERS)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(base + ".marker"))
                    .toList()) {
                deleteTree(p);
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (Stream<Path> children = Files.list(p)) {
                for (Path child : children.toList()) {
                    deleteTree(child);
                }
            }
        }
        Files.deleteIfExists(p);
    }

    private static Path folder() {
        URL url = RuleSandboxRedTeamTest.class.getResource("/" + FOLDER);
        if (url == null || !"file".equals(url.getProtocol())) {
            return Path.of("src/test/resources", FOLDER);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
