package com.tiered.rulebook.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tiered.evaluation.domain.StudentLabel;
import com.tiered.rulebook.domain.DecisionChange;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The preview's table per school: tiers up, tiers down, and students changing, counted once each. */
class SchoolChangesTest {
    private static final Map<String, StudentLabel> STUDENTS = Map.of(
            "s1", new StudentLabel("Ada L", "Maple", 1),
            "s2", new StudentLabel("Ben K", "Maple", 1),
            "s3", new StudentLabel("Cy D", "Birch", 2));

    private static DecisionChange change(String student, String domain, Integer before, Integer after) {
        return new DecisionChange(student, domain, before, after, List.of(), List.of(), null, null, "", "");
    }

    private static PreviewReading reading(boolean finished, List<DecisionChange> changes) {
        return new PreviewReading(7, LocalDate.of(2026, 2, 1), 3, 3, finished, false, null, changes, STUDENTS, 0, 0);
    }

    @Test
    void eachSchoolIsOneLineInNameOrder() {
        List<SchoolChanges> lines = SchoolChanges.of(reading(
                true,
                List.of(
                        change("s1", "READING", 1, 2),
                        change("s1", "MATH", 3, 2),
                        change("s2", "READING", 2, 3),
                        change("s3", "MATH", 2, 2),
                        change("s3", "-", null, null))));
        assertEquals(List.of(new SchoolChanges("Birch", 0, 0, 1), new SchoolChanges("Maple", 2, 1, 2)), lines);
    }

    @Test
    void nothingIsCountedBeforeThePreviewHasFinished() {
        assertEquals(List.of(), SchoolChanges.of(reading(false, List.of(change("s1", "READING", 1, 2)))));
        assertEquals(List.of(), SchoolChanges.of(null));
    }
}
