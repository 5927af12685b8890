package com.tiered.rulebook.infrastructure.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.RuleMessage;
import com.tiered.evaluation.domain.RuleSetRejected;
import com.tiered.evaluation.domain.fact.GrowthNorm;
import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.rulebook.rules.RuleFilesOnDisk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table whose columns each name a value of the fact it inserts ({@code PercentileBand} over {@code from}) needs no
 * code: it inserts what the same table written in Drools' own form inserts, and a column the fact has no value for
 * is refused at its cell.
 */
class FactColumnsTest {
    private static final String HEADER = "RuleSet,tiered.rules\n"
            + "Import,com.tiered.evaluation.domain.fact.GrowthNorm\n"
            + "PRIORITY,1000\n"
            + ",\n"
            + "RuleTable Growth norms\n"
            + "NAME,ACTION,ACTION,ACTION,ACTION,ACTION\n";
    private static final String TITLES = "Norm,Measure,From grade,To grade,Weekly gain,Benchmark\n";
    private static final String ROW = "ORF grade 3,ORF,03,03,1.0,110\n";
    private static final List<String> GRADES =
            List.of("KG", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12");

    @Test
    void theShippedGrowthNormsAreTheNormsTheirDroolsFormInserted() throws IOException {
        RuleFile shipped = RuleFilesOnDisk.shipped().ruleFiles().stream()
                .filter(f -> f.path().equals("growth-norms.drl.csv"))
                .findFirst()
                .orElseThrow();
        RuleFile droolsForm = new RuleFile(
                "growth-norms.drl.csv",
                Files.readString(Path.of("src/test/resources/rulesets/before-progress-series/growth-norms.drl.csv")));
        assertTrue(droolsForm.content().contains("insert(new GrowthNorm("), "the earlier table is written in code");
        List<String> now = norms(compile(shipped));
        assertEquals(10, now.size());
        assertEquals(norms(compile(droolsForm)), now);
    }

    @Test
    void aTableInDroolsOwnFormIsLeftAsItIs() throws IOException {
        String table = Files.readString(
                Path.of("src/test/resources/rulesets/before-progress-series/screening-risk-levels.drl.csv"));
        assertSame(table, FactColumns.forDrools(table));
    }

    @Test
    void theColumnsGiveTheFactsValuesInAnyOrder() {
        String table = HEADER
                + ",GrowthNorm,GrowthNorm,GrowthNorm,GrowthNorm,GrowthNorm\n"
                + ",measure,toGrade,fromGrade,endOfYearBenchmark,typicalWeeklyGain\n"
                + TITLES
                + "Norm,MAZE,08,06,140,0.5\n";
        assertEquals(List.of("MAZE 06-08 0.5/week to 140.0"), norms(compile(new RuleFile("g.drl.csv", table))));
    }

    @Test
    void aColumnTheFactHasNoValueForIsRefusedAtItsCell() {
        RuleMessage refused = refusal(",GrowthNorm,GrowthNorm,GrowthNorm,GrowthNorm,GrowthNorm\n"
                + ",measure,fromGrade,toGrade,weeklyGain,endOfYearBenchmark\n");
        assertEquals(8, refused.line(), "the code row");
        assertEquals("B8", refused.cell());
        assertEquals(
                "the columns give measure, fromGrade, toGrade, weeklyGain, endOfYearBenchmark, but a GrowthNorm is"
                        + " made of measure, fromGrade, toGrade, typicalWeeklyGain, endOfYearBenchmark",
                refused.text());
    }

    @Test
    void aNameThatIsNoFactIsRefusedAtItsCell() {
        RuleMessage refused = refusal(",GrowthNorms,GrowthNorms,GrowthNorms,GrowthNorms,GrowthNorms\n"
                + ",measure,fromGrade,toGrade,typicalWeeklyGain,endOfYearBenchmark\n");
        assertEquals("B7", refused.cell());
        assertEquals("GrowthNorms is not a fact of the fact model", refused.text());
    }

    @Test
    void aTableInsertsOneFact() {
        RuleMessage refused = refusal(",GrowthNorm,GrowthNorm,GrowthNorm,GrowthNorm,PlanDosage\n"
                + ",measure,fromGrade,toGrade,typicalWeeklyGain,tier\n");
        assertEquals("F7", refused.cell());
        assertTrue(refused.text().startsWith("the columns of a table insert one fact"), refused.text());
    }

    @Test
    void aValueThatMayBeLeftEmptyIsNotTheLastColumnWhoseCellInsertsTheFact() {
        String table = "RuleSet,tiered.rules\n"
                + "Import,com.tiered.evaluation.domain.fact.RiskLevel\n"
                + "PRIORITY,1000\n"
                + ",\n"
                + "RuleTable Risk levels\n"
                + "NAME,ACTION,ACTION,ACTION,ACTION\n"
                + ",RiskLevel,RiskLevel,RiskLevel,RiskLevel\n"
                + ",risk,severity,tier,flag\n"
                + "Level,Risk,Severity,Tier,Flag\n"
                + "Urgent,URGENT,4,3,SCREEN_URGENT\n";
        RuleSetRejected e = assertThrows(RuleSetRejected.class, () -> compile(new RuleFile("levels.drl.csv", table)));
        RuleMessage refused = e.messages().get(0);
        assertEquals("E8", refused.cell());
        assertTrue(refused.text().startsWith("RiskLevel's flag may be left empty"), refused.text());
    }

    @Test
    void anEmptyCellOfAValueEveryRowGivesIsRefusedAtItsCell() {
        RuleMessage middle = emptyCell("ORF grade 4,ORF,04,04,,125\n");
        assertEquals(11, middle.line());
        assertEquals("E11", middle.cell());
        assertEquals(
                "Weekly gain is empty; each row gives every value of its GrowthNorm, except a value the fact allows"
                        + " to be missing",
                middle.text());
        // The last cell holds the insert: left empty in Drools' own form, the row would silently insert nothing.
        assertEquals("F11", emptyCell("ORF grade 4,ORF,04,04,0.85,\n").cell());
    }

    private static RuleMessage emptyCell(String row) {
        String table = HEADER
                + ",GrowthNorm,GrowthNorm,GrowthNorm,GrowthNorm,GrowthNorm\n"
                + ",measure,fromGrade,toGrade,typicalWeeklyGain,endOfYearBenchmark\n"
                + TITLES
                + ROW
                + row;
        RuleSetRejected e = assertThrows(RuleSetRejected.class, () -> compile(new RuleFile("g.drl.csv", table)));
        assertEquals(1, e.messages().size(), e.getMessage());
        return e.messages().get(0);
    }

    private static RuleMessage refusal(String objectAndCodeRows) {
        String table = HEADER + objectAndCodeRows + TITLES + ROW;
        RuleSetRejected e = assertThrows(RuleSetRejected.class, () -> compile(new RuleFile("g.drl.csv", table)));
        assertEquals(1, e.messages().size(), e.getMessage());
        assertEquals("g.drl.csv", e.messages().get(0).file());
        return e.messages().get(0);
    }

    private static DecisionRules compile(RuleFile table) {
        return new DroolsRuleCompiler().compile(new RuleSet(List.of(table)));
    }

    private static List<String> norms(DecisionRules rules) {
        return rules.growthNorms().stream().map(FactColumnsTest::norm).sorted().toList();
    }

    /** "MAZE 06-08 0.5/week to 140.0": the measure, the grades it fits, the gain and the benchmark. */
    private static String norm(GrowthNorm n) {
        List<String> grades =
                GRADES.stream().filter(g -> n.fits(n.getMeasure(), g)).toList();
        return n.getMeasure() + " " + grades.get(0) + "-" + grades.get(grades.size() - 1) + " "
                + n.getTypicalWeeklyGain() + "/week to " + n.getEndOfYearBenchmark();
    }
}
