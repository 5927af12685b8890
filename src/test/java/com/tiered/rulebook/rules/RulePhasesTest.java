package com.tiered.rulebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.infrastructure.drools.FactColumns;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.junit.jupiter.api.Test;

/**
 * The phases of rules/README.md are the rules' salience ranges: every shipped rule has a salience in exactly one of
 * them, and a DRL rule's comment ({@code salience 880 // phase: screening}) names that phase, so neither the table
 * nor the comments can drift from the numbers that order the rules.
 */
class RulePhasesTest {
    private static final Pattern PHASE_ROW =
            Pattern.compile("^\\|\\s*([a-z][a-z ]*?)\\s*\\|\\s*(\\d+)(?:\\s*(?:to|-|–)\\s*(\\d+))?\\s*\\|");
    private static final Pattern COMMENTED_SALIENCE =
            Pattern.compile("(?m)^rule \"([^\"]+)\"\\s*\\n\\s*salience (-?\\d+)\\s*//\\s*phase:\\s*(.+?)\\s*$");

    record Phase(String name, int from, int to) {
        boolean holds(int salience) {
            return salience >= from && salience <= to;
        }
    }

    @Test
    void theReadmeNamesThePhasesInRangesThatDoNotOverlap() throws IOException {
        List<Phase> phases = phases();
        assertEquals(
                List.of(
                        "tables",
                        "screening",
                        "progress monitoring",
                        "tiering",
                        "cadence",
                        "referral and special education",
                        "plan deadlines",
                        "plan recommendation"),
                phases.stream().map(Phase::name).toList());
        for (int i = 1; i < phases.size(); i++) {
            assertTrue(
                    phases.get(i).to() < phases.get(i - 1).from(), phases.get(i) + " runs after " + phases.get(i - 1));
        }
    }

    @Test
    void everyShippedRuleHasASalienceInANamedPhase() throws Exception {
        List<Phase> phases = phases();
        Map<String, Integer> checked = new LinkedHashMap<>();
        for (RuleFile file : RuleFilesOnDisk.shipped().ruleFiles()) {
            for (Map.Entry<String, Integer> rule : saliences(file).entrySet()) {
                String where = file.path() + ": rule \"" + rule.getKey() + "\" salience " + rule.getValue();
                assertEquals(
                        1, phases.stream().filter(p -> p.holds(rule.getValue())).count(), where);
                checked.put(where, rule.getValue());
            }
        }
        assertTrue(checked.size() >= 60, "every rule of every file: " + checked.size());
    }

    @Test
    void everyDrlRuleNamesItsPhaseBesideItsSalience() throws Exception {
        List<Phase> phases = phases();
        for (RuleFile file : RuleFilesOnDisk.shipped().ruleFiles()) {
            if (!file.isDrl()) {
                continue;
            }
            Map<String, Integer> saliences = saliences(file);
            Matcher m = COMMENTED_SALIENCE.matcher(file.content());
            List<String> commented = new ArrayList<>();
            while (m.find()) {
                int salience = Integer.parseInt(m.group(2));
                String where = file.path() + ": rule \"" + m.group(1) + "\"";
                assertEquals(saliences.get(m.group(1)), salience, where);
                Phase phase = phases.stream()
                        .filter(p -> p.holds(salience))
                        .findFirst()
                        .orElseThrow();
                assertEquals(phase.name(), m.group(3), where + " salience " + salience);
                commented.add(m.group(1));
            }
            assertEquals(List.copyOf(saliences.keySet()), commented, file.path() + ": every rule, in order");
        }
    }

    @Test
    void everyTableSaysItsRowsAreOfTheTablesPhase() {
        for (RuleFile file : RuleFilesOnDisk.shipped().ruleFiles()) {
            if (file.isDecisionTable()) {
                assertTrue(file.content().contains("Phase: tables (salience 1000)"), file.path());
            }
        }
    }

    /** Each rule's salience as the engine reads it: its own, else its file's (a table's PRIORITY), else 0. */
    private static Map<String, Integer> saliences(RuleFile file) throws DroolsParserException {
        String drl = file.isDrl()
                ? file.content()
                : new SpreadsheetCompiler()
                        .compile(
                                new ByteArrayInputStream(
                                        FactColumns.forDrools(file.content()).getBytes(StandardCharsets.UTF_8)),
                                InputType.CSV);
        DrlParser parser = new DrlParser();
        PackageDescr pkg = parser.parse(false, drl);
        assertFalse(parser.hasErrors(), file.path() + ": " + parser.getErrors());
        Integer fileSalience = salience(pkg.getAttributes());
        Map<String, Integer> saliences = new LinkedHashMap<>();
        for (RuleDescr rule : pkg.getRules()) {
            Integer own = salience(rule.getAttributes().values());
            saliences.put(rule.getName(), own != null ? own : fileSalience != null ? fileSalience : 0);
        }
        return saliences;
    }

    private static Integer salience(Iterable<AttributeDescr> attributes) {
        for (AttributeDescr a : attributes) {
            if (a.getName().equals("salience")) {
                return Integer.valueOf(a.getValue().trim());
            }
        }
        return null;
    }

    private static List<Phase> phases() throws IOException {
        String readme = Files.readString(RuleFilesOnDisk.folder().resolve("README.md"));
        String section = readme.substring(readme.indexOf("## Phases"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        List<Phase> phases = new ArrayList<>();
        for (String line : section.lines().toList()) {
            Matcher m = PHASE_ROW.matcher(line);
            if (m.find()) {
                int a = Integer.parseInt(m.group(2));
                int b = m.group(3) == null ? a : Integer.parseInt(m.group(3));
                phases.add(new Phase(m.group(1), Math.min(a, b), Math.max(a, b)));
            }
        }
        return phases;
    }
}
