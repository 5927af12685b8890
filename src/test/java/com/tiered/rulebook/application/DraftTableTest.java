package com.tiered.rulebook.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The draft editor's grid: what it shows of a table, and what a save writes back. */
class DraftTableTest {
    private static final String DOSAGE =
            """
            RuleSet,tiered.rules
            Import,com.tiered.evaluation.domain.fact.PlanDosage
            Notes,"By final tier, section 7."
            ,
            RuleTable Plan dosage
            NAME,ACTION,ACTION
            ,,
            ,int tier = $param;,"insert(new PlanDosage(tier, $param));"
            Dosage,Final tier,Sessions per week
            Plan dosage: tier 2,2,3
            Plan dosage: tier 3,3
            """;

    @Test
    void aDecisionTableShowsItsLabelsAndRowsUnderTheRuleCode() {
        DraftTable table = DraftTable.parse(DOSAGE);
        assertEquals(List.of("Dosage", "Final tier", "Sessions per week"), table.labels());
        assertEquals(
                List.of(List.of("Plan dosage: tier 2", "2", "3"), List.of("Plan dosage: tier 3", "3", "")),
                table.rows(),
                "a short row gets a cell for every label");
        assertEquals(
                """
                RuleSet,tiered.rules
                Import,com.tiered.evaluation.domain.fact.PlanDosage
                Notes,"By final tier, section 7."
                ,
                RuleTable Plan dosage
                NAME,ACTION,ACTION
                ,,
                ,int tier = $param;,"insert(new PlanDosage(tier, $param));"
                """,
                table.technicalText());
    }

    @Test
    void aScenarioTableHasItsLabelsOnTheFirstRowAndNoRuleCode() {
        DraftTable table = DraftTable.parse("scenario,as_of,expect\nTier 2,2026-02-16,READING:2:\n");
        assertEquals(List.of("scenario", "as_of", "expect"), table.labels());
        assertEquals(List.of(List.of("Tier 2", "2026-02-16", "READING:2:")), table.rows());
        assertEquals("", table.technicalText());
    }

    @Test
    void savingTheRowsAsShownWritesTheSameFile() {
        DraftTable table = DraftTable.parse(DOSAGE);
        List<List<String>> rows = new ArrayList<>(table.rows());
        rows.set(1, List.of("Plan dosage: tier 3", "3", "5"));
        assertEquals(DOSAGE.replace("tier 3,3\n", "tier 3,3,5\n"), table.write(rows));
    }

    @Test
    void anAddedRowHasACellPerLabelAndIsLeftOutWhileBlank() {
        DraftTable table = DraftTable.parse(DOSAGE);
        assertEquals(List.of("", "", ""), table.emptyRow());
        List<List<String>> rows = new ArrayList<>(table.rows());
        rows.add(table.emptyRow());
        rows.add(List.of(" ", "", ""));
        assertEquals(DOSAGE.replace("tier 3,3\n", "tier 3,3,\n"), table.write(rows));
        rows.set(2, List.of("Plan dosage: tier 1", "1", "1"));
        assertEquals(DOSAGE.replace("tier 3,3\n", "tier 3,3,\nPlan dosage: tier 1,1,1\n"), table.write(rows));
    }

    @Test
    void theTableSurvivesTheViewBeingSerialized() throws Exception {
        DraftTable table = DraftTable.parse(DOSAGE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(table);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(table, in.readObject());
        }
    }
}
