package com.tiered.rulebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.RuleMessage;
import com.tiered.evaluation.domain.RuleSetRejected;
import com.tiered.rulebook.application.RuleSetValidation;
import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.rulebook.infrastructure.drools.DroolsRuleCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A rule set is used only when it compiles, is safe, does not run away and passes its scenarios. */
class RuleSetValidationTest {
    private final RuleSetValidation validation = new RuleSetValidation(new DroolsRuleCompiler());

    @Test
    void theShippedRulesAreValid() {
        DecisionRules rules = validation.validate(RuleFilesOnDisk.shipped());
        assertEquals(RuleFilesOnDisk.shipped().version(), rules.version());
    }

    @Test
    void aSyntaxErrorIsReportedWithItsFileAndLine() {
        RuleSet broken = edit(
                "tiering.drl",
                drl -> drl.replace(
                        "insert(new FinalTier($sid, $domain, $b.getTier(),",
                        "insert(new FinalTier($sid, $domain $b.getTier(),"));
        RuleSetRejected refused = assertThrows(RuleSetRejected.class, () -> validation.validate(broken));
        RuleMessage first = refused.messages().get(0);
        assertEquals("tiering.drl", first.file());
        assertEquals(
                lineOf("tiering.drl", "insert(new FinalTier($sid, $domain, $b.getTier(),"),
                first.line(),
                refused.getMessage());
    }

    @Test
    void aBadCellOfADecisionTableIsReportedAtItsRowAndCell() {
        RuleSet broken = edit(
                "screening-percentile-bands.drl.csv",
                table ->
                        table.replace("Percentile band: intervention,10,25,", "Percentile band: intervention,10,2x5,"));
        RuleSetRejected refused = assertThrows(RuleSetRejected.class, () -> validation.validate(broken));
        RuleMessage first = refused.messages().get(0);
        assertEquals("screening-percentile-bands.drl.csv", first.file());
        // Row 12 of the file holds the intervention band (the header rows come first).
        assertEquals(12, first.line(), refused.getMessage());
        assertEquals("A12", first.cell());
    }

    @Test
    void ruleFilesThatReachTheSystemAreRefusedWithTheLineAndReason() {
        RuleSet unsafe = edit(
                "tiering.drl",
                drl -> drl.replace(
                        "    int raised = Math.min($b.getTier() + 1, 3);",
                        "    int raised = Math.min($b.getTier() + 1, 3);\n    System.exit(1);"));
        RuleSetRejected refused = assertThrows(RuleSetRejected.class, () -> validation.validate(unsafe));
        assertTrue(
                refused.messages().stream()
                        .anyMatch(m -> m.file().equals("tiering.drl")
                                && m.line() == lineOf("tiering.drl", "int raised = Math.min($b.getTier() + 1, 3);") + 1
                                && m.text().startsWith("rules may not use System")),
                refused.getMessage());
    }

    @Test
    void importsOutsideTheFactModelAreRefused() {
        RuleSet unsafe = edit(
                "cadence.drl",
                drl -> drl.replace(
                        "import com.tiered.evaluation.domain.fact.*;",
                        "import com.tiered.evaluation.domain.fact.*;\nimport java.io.File;"));
        RuleSetRejected refused = assertThrows(RuleSetRejected.class, () -> validation.validate(unsafe));
        assertTrue(
                refused.getMessage().contains("cadence.drl:8:1: rules may not import java.io.File"),
                refused.getMessage());
    }

    @Test
    void aRuleSetThatLoopsIsStoppedAndReported() {
        RuleSet looping = add(
                "looping.drl",
                """
                package tiered.rules;
                import com.tiered.evaluation.domain.fact.*;
                rule "Flags without end"
                when
                    $s : Student()
                then
                    insert(new Flag($s.getId(), "READING", "LOOP", "x", "x"));
                    update($s);
                end
                """);
        RuleSetRejected refused = assertThrows(RuleSetRejected.class, () -> validation.validate(looping));
        assertTrue(refused.getMessage().contains("re-activates itself without end"), refused.getMessage());
    }

    @Test
    void aChangeThatBreaksAScenarioIsRefusedWithExpectedAgainstActual() {
        RuleSet changed = edit("screening-percentile-bands.drl.csv", table -> table.replace(
                        "Percentile band: intervention,10,25,", "Percentile band: intervention,10,30,")
                .replace("Percentile band: on watch,25,40,", "Percentile band: on watch,30,40,"));
        RuleSetRejected refused = assertThrows(RuleSetRejected.class, () -> validation.validate(changed));
        assertTrue(
                refused.messages().stream()
                        .anyMatch(m -> m.file().equals("scenarios/screening.csv")
                                && m.text().contains("Percentile 25 is on watch")
                                && m.text().contains("expected [READING:1:SCREEN_ON_WATCH]")),
                refused.getMessage());
    }

    @Test
    void aChangedFileIsANewVersion() {
        RuleSet changed = edit("cadence.drl", drl -> drl + "\n// a comment\n");
        assertNotEquals(RuleFilesOnDisk.shipped().version(), changed.version());
    }

    private static RuleSet edit(String path, UnaryOperator<String> change) {
        List<RuleFile> files = new ArrayList<>();
        for (RuleFile f : RuleFilesOnDisk.shipped().files()) {
            files.add(f.path().equals(path) ? new RuleFile(path, change.apply(f.content())) : f);
        }
        return new RuleSet(files);
    }

    /** The line (from 1) of a shipped file that holds {@code text}. */
    private static int lineOf(String path, String text) {
        RuleFile file = RuleFilesOnDisk.shipped().files().stream()
                .filter(f -> f.path().equals(path))
                .findFirst()
                .orElseThrow();
        List<String> lines = file.content().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(path + " has no line with " + text);
    }

    private static RuleSet add(String path, String content) {
        List<RuleFile> files = new ArrayList<>(RuleFilesOnDisk.shipped().files());
        files.add(new RuleFile(path, content));
        return new RuleSet(files);
    }
}
