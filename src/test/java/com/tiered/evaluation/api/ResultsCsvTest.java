package com.tiered.evaluation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tiered.evaluation.domain.DomainDecision;
import com.tiered.evaluation.domain.FlagDecision;
import com.tiered.evaluation.domain.StudentDecisions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The results file keeps its contract, and a student id a spreadsheet would run arrives as text. */
class ResultsCsvTest {

    @Test
    void aStudentIdThatIsAFormulaArrivesAsTextWhileTheRestKeepsItsForm() {
        FlagDecision screen = new FlagDecision("SCREEN_URGENT", "rule", "why");
        FlagDecision refer = new FlagDecision("REFER_FOR_EVALUATION", "rule", "why");
        List<StudentDecisions> decisions = List.of(
                new StudentDecisions(
                        "=HYPERLINK(\"http://evil.example\",\"x\")",
                        List.of(new DomainDecision("READING", 3, "r", "e", List.of(screen))),
                        List.of(refer),
                        List.of()),
                new StudentDecisions(
                        "stu-1",
                        List.of(
                                new DomainDecision("MATH", null, "r", "e", List.of()),
                                new DomainDecision("READING", 1, "r", "e", List.of(screen, refer))),
                        List.of(),
                        List.of()));
        assertEquals(
                """
                student_sourced_id,domain,tier,flags
                "'=HYPERLINK(""http://evil.example"",""x"")",READING,3,SCREEN_URGENT
                "'=HYPERLINK(""http://evil.example"",""x"")",-,,REFER_FOR_EVALUATION
                stu-1,MATH,,
                stu-1,READING,1,REFER_FOR_EVALUATION;SCREEN_URGENT
                """,
                ResultsCsv.of(decisions));
    }
}
