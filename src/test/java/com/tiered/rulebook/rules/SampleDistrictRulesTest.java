package com.tiered.rulebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.tiered.evaluation.api.ResultsCsv;
import com.tiered.evaluation.domain.DecisionRules;
import com.tiered.evaluation.domain.PlanRecommendation;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.rulebook.infrastructure.drools.DroolsRuleCompiler;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The shipped rules decide the shared sample district exactly as its expected results say. */
class SampleDistrictRulesTest {

    @Test
    void shippedRulesReproduceTheSampleDistrictsExpectedTiersAndFlags() {
        DecisionRules rules = new DroolsRuleCompiler().compile(RuleFilesOnDisk.shipped());
        List<StudentDecisions> decisions = rules.decide(SampleDistrict.asOf(), SampleDistrict.facts());
        String expected = SampleDistrict.text("expected.csv").replace("\r", "").trim();
        assertEquals(expected, ResultsCsv.of(decisions).trim());
    }

    @Test
    void shippedRulesRecommendTheSampleDistrictsExpectedPlans() {
        DecisionRules rules = new DroolsRuleCompiler().compile(RuleFilesOnDisk.shipped());
        List<StudentDecisions> decisions = rules.decide(SampleDistrict.asOf(), SampleDistrict.facts());
        JsonObject expected = Json.createReader(new StringReader(SampleDistrict.text("expected_plans.json")))
                .readObject();
        Map<String, PlanRecommendation> actual = new TreeMap<>();
        for (StudentDecisions student : decisions) {
            for (PlanRecommendation plan : student.plans()) {
                actual.put(student.studentId() + "|" + plan.domain(), plan);
            }
        }
        assertEquals(new TreeSet<>(expected.keySet()), actual.keySet());
        expected.forEach((key, value) -> {
            JsonObject want = value.asJsonObject();
            PlanRecommendation plan = actual.get(key);
            assertEquals(want.getInt("tier"), plan.tier(), key);
            assertEquals(want.getInt("sessionsPerWeek"), plan.sessionsPerWeek(), key);
            assertEquals(want.getInt("minutesPerSession"), plan.minutesPerSession(), key);
            assertEquals(want.getInt("monitoringIntervalDays"), plan.monitoringIntervalDays(), key);
            assertEquals(want.getString("reviewOn"), plan.reviewOn().toString(), key);
            assertEquals(
                    want.getJsonArray("accommodations").getValuesAs(JsonString::getString), plan.accommodations(), key);
            assertEquals(want.getBoolean("iepCoordinated"), plan.iepCoordinated(), key);
            if (!want.isNull("progressMeasure")) {
                assertEquals(want.getString("progressMeasure"), plan.progressMeasure(), key);
            } else {
                assertNotNull(plan.intervention(), key + " has an intervention from the library");
            }
        });
    }
}
