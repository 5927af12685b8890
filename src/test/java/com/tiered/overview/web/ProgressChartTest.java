package com.tiered.overview.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tiered.student.application.StudentRecord;
import com.tiered.student.application.StudentRow;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PrimeFaces writes a chart's configuration as it is into a script element of the page: text a user typed (a plan's
 * intervention names the line where it started) must not end that element, nor the script statement.
 */
class ProgressChartTest {
    private static final LocalDate BASELINE = LocalDate.of(2026, 1, 5);
    private static final String HOSTILE =
            "</script><script>window.__xss=1</script> <!-- & <img src=x onerror=\"window.__xss=1\"> \u2028\u2029";

    @Test
    void anInterventionsTextStaysInsideTheChartsScriptAndReadsBackTheSame() {
        StudentRecord record = new StudentRecord(
                new StudentRow("stu-1", "Ada Lovelace", "03", "Maple Grove", false, false),
                List.of(),
                List.of(new StudentRecord.ProgressLine("READING", "ORF", BASELINE.plusWeeks(1), 40)),
                List.of(new StudentRecord.GoalLine("READING", "ORF", 30, BASELINE, 90, BASELINE.plusWeeks(30))),
                List.of(),
                List.of());
        ProgressChart chart = ProgressChart.of(
                        record,
                        List.of(new ProgressChart.Marker("READING", BASELINE.plusWeeks(2), "Started " + HOSTILE)))
                .get(0);

        for (String unsafe : new String[] {"<", ">", "&", "\u2028", "\u2029"}) {
            assertFalse(chart.json().contains(unsafe), "no " + unsafe + " in " + chart.json());
        }
        JsonObject config = Json.createReader(new StringReader(chart.json())).readObject();
        assertEquals(
                "Started " + HOSTILE + " (" + BASELINE.plusWeeks(2) + ")",
                config.getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(2)
                        .getString("label"));
    }
}
