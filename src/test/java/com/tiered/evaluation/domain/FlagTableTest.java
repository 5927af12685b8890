package com.tiered.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleFilePath;
import com.tiered.rulebook.domain.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The flags table: how each flag reads, and every bad row refused at its line and cell, saying why. */
class FlagTableTest {
    private static final String HEADER = "code,label,tone,needs_attention,order\n";

    /** What the pages showed before the table, when the labels, tones and "needs attention" were written in Java. */
    private static final Map<String, String[]> BEFORE_THE_TABLE = Map.ofEntries(
            Map.entry("PM_OVERDUE", new String[] {"Monitoring overdue", "alert", "yes"}),
            Map.entry("PM_NOT_STARTED", new String[] {"Monitoring not started", "alert", "yes"}),
            Map.entry("PM_NO_GOAL", new String[] {"No goal", "info", "no"}),
            Map.entry("PM_FOUR_BELOW", new String[] {"4 points below aim", "alert", "yes"}),
            Map.entry("PM_FOUR_ABOVE", new String[] {"4 points above aim", "good", "no"}),
            Map.entry("PM_TREND_BELOW", new String[] {"Trend below aim", "alert", "yes"}),
            Map.entry("PM_TREND_AT_OR_ABOVE", new String[] {"Trend on track", "good", "no"}),
            Map.entry("TIER_INTENSIFY", new String[] {"Intensify", "alert", "no"}),
            Map.entry("REFER_FOR_EVALUATION", new String[] {"Consider referral", "alert", "no"}),
            Map.entry("CONSIDER_LANGUAGE_PROFICIENCY", new String[] {"Consider language proficiency", "info", "no"}),
            Map.entry("IEP_TEAM_REVIEW", new String[] {"IEP team review", "alert", "no"}),
            Map.entry("EVALUATION_OVERDUE", new String[] {"Evaluation overdue", "alert", "no"}),
            Map.entry("EVALUATION_DUE_SOON", new String[] {"Evaluation due soon", "info", "no"}),
            Map.entry("IEP_REVIEW_OVERDUE", new String[] {"IEP review overdue", "alert", "no"}),
            Map.entry("IEP_REVIEW_DUE_SOON", new String[] {"IEP review due soon", "info", "no"}),
            Map.entry("REEVALUATION_OVERDUE", new String[] {"Reevaluation overdue", "alert", "no"}),
            Map.entry("REEVALUATION_DUE_SOON", new String[] {"Reevaluation due soon", "info", "no"}),
            Map.entry("PLAN504_REVIEW_OVERDUE", new String[] {"504 review overdue", "alert", "no"}),
            Map.entry("PLAN504_REVIEW_DUE_SOON", new String[] {"504 review due soon", "info", "no"}),
            Map.entry("SCREENING_UNSCORED", new String[] {"Screening unscored", "info", "no"}),
            Map.entry("SCREEN_URGENT", new String[] {"Screening: urgent", "info", "no"}),
            Map.entry("SCREEN_INTERVENTION", new String[] {"Screening: intervention", "info", "no"}),
            Map.entry("SCREEN_ON_WATCH", new String[] {"Screening: on watch", "info", "no"}));

    @Test
    void theShippedTableSaysWhatThePagesSaidBeforeIt() {
        FlagTable shipped = FlagTable.shipped();
        BEFORE_THE_TABLE.forEach((code, was) -> {
            assertEquals(was[0], shipped.label(code), code);
            assertEquals(was[1], shipped.tone(code), code);
            assertEquals(was[2].equals("yes"), shipped.needsAttention(code), code);
        });
        assertEquals(
                BEFORE_THE_TABLE.keySet(),
                Set.copyOf(shipped.flags().stream().map(FlagTable.Flag::code).toList()));
        // The flag filter listed the codes in alphabetical order; the shipped order keeps it.
        List<String> codes = new ArrayList<>(BEFORE_THE_TABLE.keySet());
        assertEquals(codes.stream().sorted().toList(), shipped.sorted(codes));
    }

    @Test
    void aCodeTheTableDoesNotDescribeReadsAsItselfInTheNeutralToneAskingForNothingAndComesLast() {
        FlagTable table = table("B_FLAG,Bee,alert,yes,20\nA_FLAG,Ay,good,no,10\n");
        assertEquals("Bee", table.label("B_FLAG"));
        assertEquals("alert", table.tone("B_FLAG"));
        assertTrue(table.needsAttention("B_FLAG"));
        assertEquals("DISTRICT_OWN_OVERDUE", table.label("DISTRICT_OWN_OVERDUE"));
        assertEquals("info", table.tone("DISTRICT_OWN_OVERDUE"));
        assertFalse(table.needsAttention("DISTRICT_OWN_OVERDUE"));
        assertEquals(
                List.of("A_FLAG", "B_FLAG", "AA_UNKNOWN", "ZZ_UNKNOWN"),
                table.sorted(List.of("ZZ_UNKNOWN", "B_FLAG", "AA_UNKNOWN", "A_FLAG")));
        assertEquals(Set.of("B_FLAG"), table.needingAttention());
    }

    @Test
    void notesEmptyLinesAndColumnsInAnotherOrderAreRead() {
        List<RuleMessage> problems = new ArrayList<>();
        FlagTable table = FlagTable.read(
                "order,code,needs_attention,tone,label\n# a note,,,,\n\n5,NEW_FLAG,yes,good,\"Reads, with a comma\"\n",
                problems);
        assertEquals(List.of(), problems);
        assertEquals("Reads, with a comma", table.label("NEW_FLAG"));
        assertEquals("good", table.tone("NEW_FLAG"));
        assertTrue(table.needsAttention("NEW_FLAG"));
    }

    @Test
    void eachBadCellIsReportedAtItsLineAndCellNamingTheColumnAndWhy() {
        List<RuleMessage> problems = new ArrayList<>();
        FlagTable table = FlagTable.read(
                HEADER
                        + "GOOD,Fine,info,no,1\n"
                        + "bad code,Label,info,no,2\n"
                        + "EMPTY_LABEL,,info,no,3\n"
                        + "RED,Red,red,no,4\n"
                        + "MAYBE,Maybe,info,maybe,5\n"
                        + "FIRST,First,info,no,six\n"
                        + "GOOD,Again,info,no,7\n"
                        + "SHORT,Short\n",
                problems);
        assertEquals(
                List.of(
                        "ERROR flags.csv:3 (cell A3): code must be the flag's code as the rules raise it (a letter,"
                                + " then letters, digits and _; at most 64), not 'bad code'",
                        "ERROR flags.csv:4 (cell B4): label must be the words a page shows for the flag, 1 to 100"
                                + " characters",
                        "ERROR flags.csv:5 (cell C5): tone must be alert, good, info, not 'red'",
                        "ERROR flags.csv:6 (cell D6): needs_attention must be yes or no, not 'maybe'",
                        "ERROR flags.csv:7 (cell E7): order must be a whole number, not 'six'",
                        "ERROR flags.csv:8 (cell A8): code: GOOD is described twice (first on line 2)",
                        "ERROR flags.csv:9: the row has 2 cells, the first row names 5 columns"),
                problems.stream().map(RuleMessage::toString).toList());
        assertEquals("Fine", table.label("GOOD"), "the rows that could be read are kept");
    }

    @Test
    void theFirstRowMustNameTheColumns() {
        List<RuleMessage> problems = new ArrayList<>();
        FlagTable.read("code,label,colour,needs_attention,order\nX,X,info,no,1\n", problems);
        assertEquals(1, problems.size());
        assertEquals(1, problems.get(0).line());
        assertTrue(problems.get(0).text().startsWith("the first row must name the columns"), problems.toString());

        problems.clear();
        FlagTable.read("", problems);
        assertEquals(
                "ERROR flags.csv:1: the table is empty; its first row names the columns"
                        + " code,label,tone,needs_attention,order",
                problems.get(0).toString());

        problems.clear();
        FlagTable.read(HEADER + "X,\"never closed,info,no,1\n", problems);
        assertTrue(problems.get(0).text().startsWith("the table cannot be read as CSV"), problems.toString());
    }

    @Test
    void aTableOfMoreThanFiveHundredFlagsIsRefusedAtTheFirstRowPastTheLimit() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i <= FlagTable.MAX_FLAGS; i++) {
            csv.append("F")
                    .append(i)
                    .append(",Flag ")
                    .append(i)
                    .append(",info,no,")
                    .append(i)
                    .append('\n');
        }
        List<RuleMessage> problems = new ArrayList<>();
        FlagTable.read(csv.toString(), problems);
        assertEquals(
                List.of("ERROR flags.csv:" + (FlagTable.MAX_FLAGS + 2) + ": the table describes more than 500 flags"),
                problems.stream().map(RuleMessage::toString).toList());
    }

    @Test
    void aRuleSetHoldsItsFlagsTableAtTheTopAndIsDescribedByTheShippedOneWithout() {
        assertNull(RuleFilePath.problem("flags.csv"));
        assertTrue(new RuleFile("flags.csv", "").isFlagTable());
        assertTrue(RuleFilePath.problem("scenarios/flags.csv") == null);
        assertFalse(new RuleFile("scenarios/flags.csv", "").isFlagTable());
        assertTrue(RuleFilePath.problem("flags2.csv") != null);

        List<RuleMessage> problems = new ArrayList<>();
        RuleSet without = new RuleSet(List.of(new RuleFile("a.drl", "")));
        assertEquals("Monitoring overdue", without.flagTable(problems).label("PM_OVERDUE"));
        RuleSet with = new RuleSet(List.of(new RuleFile("a.drl", ""), new RuleFile("flags.csv", HEADER)));
        assertEquals("PM_OVERDUE", with.flagTable(problems).label("PM_OVERDUE"));
        assertEquals(List.of(), problems);
    }

    private static FlagTable table(String rows) {
        List<RuleMessage> problems = new ArrayList<>();
        FlagTable table = FlagTable.read(HEADER + rows, problems);
        assertEquals(List.of(), problems);
        return table;
    }
}
