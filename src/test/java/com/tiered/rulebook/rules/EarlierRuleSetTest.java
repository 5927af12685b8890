package com.tiered.rulebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.DomainDecision;
import com.tiered.evaluation.domain.FlagDecision;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.evaluation.reference.RandomDistrict;
import com.tiered.rulebook.infrastructure.drools.DroolsRuleCompiler;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A district's stored rule sets are compiled again at every start, so the fact model may grow but must not break
 * them. The rule set shipped before the progress rules read a {@code ProgressSeries} (it compares every point with
 * every other) still compiles and decides what the shipped rules decide: tiers with their rules and explanations,
 * flags with their rules, plans whole. (A flag's explanation is left out: when a rule raises the same flag for two
 * results, whose evidence is kept depends on the order of firing, which any change to the rules may alter.) When
 * the shipped rules are changed to decide differently on purpose, compare the earlier set with itself run twice, or
 * keep only its compiling and deciding without error. The earlier set is stored as a district had it and brought up
 * to date by the schema migrations (V7 takes the loop out of the plan rule, which the rule sandbox now refuses).
 */
class EarlierRuleSetTest {
    private static final Path BEFORE_SERIES = Path.of("src/test/resources/rulesets/before-progress-series");

    @Test
    void theRulesShippedBeforeTheProgressSeriesStillCompileAndDecideTheSame() {
        DecisionRules earlier =
                new DroolsRuleCompiler().compile(StoredBeforeUpgrade.upgraded(RuleFilesOnDisk.in(BEFORE_SERIES)));
        DecisionRules shipped = new DroolsRuleCompiler().compile(RuleFilesOnDisk.shipped());
        LocalDate asOf = LocalDate.of(2026, 3, 2);
        List<StudentFacts> district = new RandomDistrict(11, asOf).students(2000);

        List<StudentDecisions> before = earlier.decide(asOf, district);
        List<StudentDecisions> now = shipped.decide(asOf, district);

        assertEquals(2000, before.size());
        assertEquals(before.size(), now.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(
                    withoutFlagEvidence(before.get(i)),
                    withoutFlagEvidence(now.get(i)),
                    "student " + district.get(i).studentId());
        }
    }

    private static StudentDecisions withoutFlagEvidence(StudentDecisions s) {
        return new StudentDecisions(
                s.studentId(),
                s.domains().stream()
                        .map(d -> new DomainDecision(
                                d.domain(), d.tier(), d.tierRule(), d.tierExplanation(), rulesOf(d.flags())))
                        .toList(),
                rulesOf(s.flags()),
                s.plans());
    }

    private static List<FlagDecision> rulesOf(List<FlagDecision> flags) {
        return flags.stream()
                .map(f -> new FlagDecision(f.code(), f.rule(), null))
                .toList();
    }
}
