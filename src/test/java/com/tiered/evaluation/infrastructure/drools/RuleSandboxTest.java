package com.tiered.evaluation.infrastructure.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tiered.evaluation.domain.RuleSetRejected;
import com.tiered.evaluation.rules.RuleFilesOnDisk;
import org.junit.jupiter.api.Test;

class RuleSandboxTest {
    @Test
    void theShippedRulesKeepToTheRuleLanguage() {
        try {
            new DroolsRuleCompiler().compile(RuleFilesOnDisk.shipped());
        } catch (RuleSetRejected e) {
            assertEquals("", e.getMessage());
        }
    }
}
