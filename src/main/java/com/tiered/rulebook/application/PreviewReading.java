package com.tiered.rulebook.application;

import com.tiered.evaluation.domain.StudentLabel;
import com.tiered.rulebook.domain.DecisionChange;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A what-if preview as one reader may see it: the changes of the students in the reader's schools with their names,
 * and of the rest of the district only how many (a rule author who sees one school must not read another's
 * students by name). Readers who see the whole district see every change.
 */
public record PreviewReading(
        long id,
        LocalDate asOf,
        int done,
        int total,
        boolean finished,
        boolean cancelled,
        String failure,
        List<DecisionChange> changes,
        Map<String, StudentLabel> students,
        int changesElsewhere,
        int studentsElsewhere) {

    /** Every change, shown or only counted. */
    public int allChanges() {
        return changes.size() + changesElsewhere;
    }

    public String name(String studentId) {
        StudentLabel label = students.get(studentId);
        return label == null ? studentId : label.name();
    }

    public String school(String studentId) {
        StudentLabel label = students.get(studentId);
        return label == null ? "" : label.school();
    }
}
