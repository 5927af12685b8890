package com.tiered.rulebook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.shared.domain.TooLarge;
import org.junit.jupiter.api.Test;

/** One rule for where a file sits in a rule set, whichever way it comes in. */
class RuleFilePathTest {

    @Test
    void theFilesOfTheShippedRulesHaveRuleFilePaths() {
        for (String path : new String[] {
            "tiering.drl", "screening-cut-scores.drl.csv", "scenarios/plans.csv", "growth_norms.v2.drl.csv"
        }) {
            assertNull(RuleFilePath.problem(path), path);
            assertEquals(path, new RuleFile(path, "").path());
        }
    }

    @Test
    void aPathOutsideTheRuleSetIsRefusedSayingWhy() {
        assertTrue(RuleFilePath.problem("../x.drl").contains("no '..'"));
        assertTrue(RuleFilePath.problem("scenarios/../../x.csv").contains("no '..'"));
        assertTrue(RuleFilePath.problem("/etc/x.drl").contains("leading '/'"));
        assertTrue(RuleFilePath.problem("a\\b.drl").contains("no '\\'"));
    }

    @Test
    void otherFoldersOtherKindsAndOddNamesAreRefused() {
        for (String path : new String[] {
            "a/b/c.drl",
            "rules/tiering.drl",
            "scenarios/deeper/x.csv",
            "x.sh",
            "x.csv",
            "README.md",
            "scenarios/x.drl",
            ".drl",
            "-x.drl",
            "tiering.drl ",
            "tier ing.drl",
            "tiering.drl\n",
            "tiéring.drl",
            ""
        }) {
            String problem = RuleFilePath.problem(path);
            assertTrue(problem != null && !problem.isBlank(), "refused: " + path);
            assertThrows(IllegalArgumentException.class, () -> new RuleFile(path, ""), path);
        }
        assertThrows(IllegalArgumentException.class, () -> new RuleFile(null, ""));
    }

    @Test
    void aNameLongerThanAHundredCharactersIsRefused() {
        String ok = "a".repeat(96) + ".drl";
        assertNull(RuleFilePath.problem(ok));
        assertTrue(RuleFilePath.problem("a" + ok).contains("longer than 100"));
    }

    @Test
    void aSavedFileLargerThan256KibIsRefusedSayingTheLimit() {
        RuleFile.saved("big.drl", "x".repeat(RuleFile.MAX_BYTES));
        TooLarge refused =
                assertThrows(TooLarge.class, () -> RuleFile.saved("big.drl", "x".repeat(RuleFile.MAX_BYTES + 1)));
        assertTrue(refused.getMessage().contains("256 KiB"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RuleFile.saved("x.sh", "echo"));
    }
}
