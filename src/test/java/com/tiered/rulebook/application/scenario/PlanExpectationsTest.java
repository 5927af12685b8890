package com.tiered.rulebook.application.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.rulebook.infrastructure.drools.DroolsRuleCompiler;
import com.tiered.rulebook.rules.RuleFilesOnDisk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The expect_plans column is written key=value; the positional form that rule sets stored before it still reads
 * the same, and a plan that cannot be read fails its row with the file, line, column, key and reason.
 */
class PlanExpectationsTest {
    private static final Path POSITIONAL = Path.of("src/test/resources/scenarios/plans-positional.csv");

    @Test
    void theShippedPlanScenariosExpectWhatTheirPositionalFormExpected() throws IOException {
        List<ScenarioRow> keyValue = new ScenarioTableReader().read(shippedPlans());
        List<ScenarioRow> positional = new ScenarioTableReader().read(positionalPlans());
        assertEquals(keyValue.size(), positional.size());
        assertEquals(7, keyValue.size(), "the plan scenarios of rules/scenarios/plans.csv");
        for (int i = 0; i < keyValue.size(); i++) {
            Scenario now = (Scenario) keyValue.get(i);
            Scenario before = (Scenario) positional.get(i);
            assertEquals(before.name(), now.name());
            assertEquals(before.expectedPlans(), now.expectedPlans(), now.name());
        }
    }

    @Test
    void aStoredTableInThePositionalFormStillPassesAgainstTheShippedRules() throws IOException {
        RuleSet stored = withPlans(positionalPlans());
        List<ScenarioOutcome> outcomes = new ScenarioRunner().run(stored, new DroolsRuleCompiler().compile(stored));
        assertEquals(83, outcomes.size(), "every scenario row of the shipped rules");
        outcomes.forEach(o -> assertTrue(o.passed(), o.toString()));
    }

    @Test
    void bothFormsReadToOneTextInAnyOrderOfPlansAndKeys() {
        String keyValue =
                PlanExpectations.read("measure=MCAP monitor=7 domain=MATH tier=3 dosage=5x45 review=2026-03-30"
                        + " | domain=READING tier=2 dosage=3x30 monitor=14 review=2026-04-13 measure=ORF iep=yes"
                        + " acc=Extended time + Breaks");
        String positional = PlanExpectations.read(
                "READING:2:3x30:14:2026-04-13:ORF:iep:Extended time+Breaks | MATH:3:5x45:7:2026-03-30:MCAP:-:");
        assertEquals(
                "domain=MATH tier=3 dosage=5x45 monitor=7 review=2026-03-30 measure=MCAP iep=no"
                        + " | domain=READING tier=2 dosage=3x30 monitor=14 review=2026-04-13 measure=ORF iep=yes"
                        + " acc=Extended time+Breaks",
                keyValue);
        assertEquals(keyValue, positional);
        assertEquals("none", PlanExpectations.read("none"));
    }

    @Test
    void aPlanThatCannotBeReadFailsItsRowNamingTheFileLineColumnKeyAndReason() {
        String plan = "domain=READING tier=2 dosage=3x30 monitor=14 review=2026-04-13 measure=ORF";
        List<String> reasons = problems(
                plan.replace("tier=2", "tiers=2"),
                plan.replace("tier=2", "tier=two"),
                plan.replace("dosage=3x30 ", ""),
                plan.replace("dosage=3x30", "dosage=3 x 30"),
                plan.replace("review=2026-04-13", "review=13/04/2026"),
                plan + " iep=maybe",
                plan + " tier=3",
                "none | " + plan,
                "READING:2:3x30");
        assertEquals(
                List.of(
                        "FAIL scenarios/bad.csv:2 row 2: the row cannot be read: column expect_plans: unknown key"
                                + " \"tiers\" in '" + plan.replace("tier=2", "tiers=2")
                                + "'; the keys are domain, tier, dosage, monitor, review, measure, iep, acc",
                        "FAIL scenarios/bad.csv:3 row 3: the row cannot be read: column expect_plans: key \"tier\""
                                + " must be a whole number, not \"two\"",
                        "FAIL scenarios/bad.csv:4 row 4: the row cannot be read: column expect_plans: '"
                                + plan.replace("dosage=3x30 ", "")
                                + "' has no dosage=; a plan states domain, tier, dosage, monitor, review, measure,"
                                + " iep, acc (iep and acc may be left out)",
                        "FAIL scenarios/bad.csv:5 row 5: the row cannot be read: column expect_plans: key"
                                + " \"dosage\" must be sessions x minutes a week, as in 3x30, not \"3 x 30\"",
                        "FAIL scenarios/bad.csv:6 row 6: the row cannot be read: column expect_plans: key"
                                + " \"review\" must be a date such as 2026-04-13, not \"13/04/2026\"",
                        "FAIL scenarios/bad.csv:7 row 7: the row cannot be read: column expect_plans: key \"iep\""
                                + " must be yes or no, not \"maybe\"",
                        "FAIL scenarios/bad.csv:8 row 8: the row cannot be read: column expect_plans: key \"tier\""
                                + " is given twice in '" + plan + " tier=3'",
                        "FAIL scenarios/bad.csv:9 row 9: the row cannot be read: column expect_plans: \"none\""
                                + " stands alone; a cell lists plans or says none",
                        "FAIL scenarios/bad.csv:10 row 10: the row cannot be read: column expect_plans:"
                                + " 'READING:2:3x30' must read domain=… tier=… dosage=… monitor=… review=…"
                                + " measure=… (iep=… acc=…)"),
                reasons);
    }

    /** One row per expectation, each with nothing but the as-of date and the plans it expects. */
    private static List<String> problems(String... expectations) {
        StringBuilder table = new StringBuilder("as_of,expect_plans\n");
        for (String e : expectations) {
            table.append("2026-02-16,\"").append(e).append("\"\n");
        }
        List<String> reasons = new ArrayList<>();
        for (ScenarioRow row : new ScenarioTableReader().read(new RuleFile("scenarios/bad.csv", table.toString()))) {
            reasons.add(row instanceof ScenarioRow.Unreadable u ? u.outcome().toString() : row.toString());
        }
        return reasons;
    }

    private static RuleFile shippedPlans() {
        return RuleFilesOnDisk.shipped().scenarioFiles().stream()
                .filter(f -> f.path().equals("scenarios/plans.csv"))
                .findFirst()
                .orElseThrow();
    }

    private static RuleFile positionalPlans() throws IOException {
        return new RuleFile("scenarios/plans.csv", Files.readString(POSITIONAL));
    }

    private static RuleSet withPlans(RuleFile plans) {
        List<RuleFile> files = new ArrayList<>();
        for (RuleFile f : RuleFilesOnDisk.shipped().files()) {
            files.add(f.path().equals(plans.path()) ? plans : f);
        }
        return new RuleSet(files);
    }
}
