package com.tiered.evaluation.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tiered.evaluation.application.RuleSetValidation;
import com.tiered.evaluation.domain.RuleFile;
import com.tiered.evaluation.domain.RuleMessage;
import com.tiered.evaluation.domain.RuleSet;
import com.tiered.evaluation.domain.RuleSetRejected;
import com.tiered.evaluation.infrastructure.drools.DroolsRuleCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The attacks on the rule sandbox, as tests: each file of src/test/resources/redteam/ is a hostile rule file or
 * decision table (one technique each, its first line says which) whose payload would write a marker file under
 * /tmp/tiered-redteam. Added to the shipped rules, each must be refused by the check with its file and a line,
 * before anything runs: afterwards no marker exists and no secret reached a message. Against the denylist this
 * replaced, most of them compiled and ran (README.md beside the files).
 */
class RuleSandboxRedTeamTest {
    private static final Path ATTACKS = Path.of("src/test/resources/redteam");
    private static final Path MARKERS = Path.of("/tmp/tiered-redteam");

    static Stream<Path> attacks() throws IOException {
        try (Stream<Path> files = Files.list(ATTACKS)) {
            return files
                    .filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".drl.csv"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void theSuiteHoldsEveryTechnique() throws IOException {
        assertTrue(
                attacks().count() >= 70,
                "the red-team folder lost files: " + attacks().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void eachAttackIsRefusedWithItsFileAndLineAndNothingRuns(Path attack) throws Exception {
        String name = attack.getFileName().toString();
        String path = "redteam-" + name;
        Path marker = MARKERS.resolve(name.replaceAll("\\.drl(\\.csv)?$", "") + ".marker");
        Files.createDirectories(MARKERS);
        Files.deleteIfExists(marker);
        List<RuleFile> files = new ArrayList<>(RuleFilesOnDisk.shipped().files());
        files.add(new RuleFile(path, Files.readString(attack, StandardCharsets.UTF_8)));
        RuleSet hostile = new RuleSet(files);

        List<RuleMessage> messages = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try {
                new RuleSetValidation(new DroolsRuleCompiler()).validate(hostile);
                return null;
            } catch (RuleSetRejected refused) {
                return refused.messages();
            } catch (Throwable other) {
                fail(name + " was not refused cleanly: " + other);
                return null;
            }
        });

        assertTrue(messages != null, name + " was accepted");
        assertTrue(
                messages.stream().anyMatch(m -> m.file().equals(path) && m.line() > 0),
                name + " was not refused at a line of its own file: " + messages);
        String said = messages.toString();
        assertFalse(said.contains("root:x:0:0"), name + " leaked /etc/passwd: " + said);
        String home = System.getenv("HOME");
        assertFalse(home != null && home.length() > 3 && said.contains(home), name + " leaked the environment");
        Thread.sleep(50);
        assertFalse(Files.exists(marker), name + " ran: " + marker + " was written");
    }
}
