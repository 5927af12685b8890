package com.tiered.evaluation.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tiered.evaluation.api.ResultsCsv;
import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.PlanRecommendation;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.rulebook.infrastructure.drools.DroolsRuleCompiler;
import com.tiered.rulebook.rules.RuleFilesOnDisk;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Drools rules and a plain Java reading of the spec agree on random districts crowded with boundary cases. */
class DifferentialTest {
    private static final DecisionRules RULES = new DroolsRuleCompiler().compile(RuleFilesOnDisk.shipped());

    @ParameterizedTest(name = "random district {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theRulesAndTheSpecAgree(long seed) {
        LocalDate asOf = LocalDate.of(2026, 1, 1).plusDays(seed * 23);
        List<StudentFacts> district = new RandomDistrict(seed, asOf).students(1500);
        List<StudentDecisions> drools = RULES.decide(asOf, district);
        List<StudentDecisions> spec = new SpecEvaluator().decide(asOf, district);
        assertEquals(ResultsCsv.of(spec), ResultsCsv.of(drools));
        assertEquals(plans(spec), plans(drools));
    }

    /** The plan fields the spec fixes (the intervention and the library's measure are the library's choice). */
    private static String plans(List<StudentDecisions> decisions) {
        return decisions.stream()
                .flatMap(s -> s.plans().stream().map(p -> s.studentId() + " " + describe(p)))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(PlanRecommendation p) {
        return p.domain() + " " + p.tier() + " " + p.sessionsPerWeek() + "x" + p.minutesPerSession() + " every "
                + p.monitoringIntervalDays() + " review " + p.reviewOn() + " " + p.accommodations() + " iep="
                + p.iepCoordinated();
    }
}
