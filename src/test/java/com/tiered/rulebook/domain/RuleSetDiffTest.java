package com.tiered.rulebook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetDiffTest {
    private static final String BANDS = "RuleSet,tiered.rules\nPRIORITY,1000\n,\nRuleTable Percentile bands\n"
            + "NAME,ACTION,ACTION\n,,\n,int from = $param;,int below = $param;\nBand,From percentile,Below percentile\n"
            + "urgent,1,10\nintervention,10,25\non watch,25,40\n";

    @Test
    void aDecisionTableChangeReadsAsTheCellsThatChangedWithTheirColumn() {
        String changed =
                BANDS.replace("intervention,10,25", "intervention,10,30").replace("on watch,25,40", "on watch,30,40");
        List<RuleSetDiff.FileChange> diff = RuleSetDiff.between(
                new RuleSet(List.of(new RuleFile("b.drl.csv", BANDS))),
                new RuleSet(List.of(new RuleFile("b.drl.csv", changed))));
        assertEquals(1, diff.size());
        assertEquals(
                List.of(
                        new RuleSetDiff.CellChange(10, "Below percentile", "25", "30"),
                        new RuleSetDiff.CellChange(11, "From percentile", "25", "30")),
                diff.get(0).cells());
    }

    @Test
    void aDrlChangeReadsAsTheLinesRemovedAndAdded() {
        String before = "rule \"A\"\nwhen\n  X()\nthen\nend\n";
        String after = "rule \"A\"\nwhen\n  X( y > 2 )\nthen\nend\n";
        List<RuleSetDiff.FileChange> diff = RuleSetDiff.between(
                new RuleSet(List.of(new RuleFile("a.drl", before))),
                new RuleSet(List.of(new RuleFile("a.drl", after))));
        assertEquals(
                List.of(
                        new RuleSetDiff.LineChange('-', 3, "  X()"),
                        new RuleSetDiff.LineChange('+', 3, "  X( y > 2 )")),
                diff.get(0).lines());
    }

    @Test
    void removedAndAddedFilesAreNamedInTheOrderOfTheirPaths() {
        List<RuleSetDiff.FileChange> diff = RuleSetDiff.between(
                new RuleSet(List.of(new RuleFile("a.drl", "x"))), new RuleSet(List.of(new RuleFile("b.drl", "y"))));
        assertEquals(
                List.of("REMOVED", "ADDED"),
                diff.stream().map(RuleSetDiff.FileChange::status).toList());
    }

    @Test
    void everyShippedTableWrittenBackFromTheGridIsByteForByteTheSameFile() {
        for (RuleFile f : com.tiered.rulebook.rules.RuleFilesOnDisk.shipped().files()) {
            if (f.path().endsWith(".csv")) {
                assertEquals(f.content(), RuleSetDiff.Tables.write(RuleSetDiff.Tables.parse(f.content())), f.path());
            }
        }
    }

    @Test
    void aTableWrittenBackFromItsCellsIsTheSameFile() {
        assertEquals(BANDS, RuleSetDiff.Tables.write(RuleSetDiff.Tables.parse(BANDS)));
    }
}
