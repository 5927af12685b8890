package com.tiered.rulebook.application;

import com.tiered.rulebook.domain.DecisionChange;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What a preview changes in one school the reader sees: tiers up, tiers down, and how many students change at all. */
public record SchoolChanges(String school, int tierUp, int tierDown, int studentsChanging) implements Serializable {

    /** One line per school of the changes the reader may see, by school name; none until the preview has finished. */
    public static List<SchoolChanges> of(PreviewReading preview) {
        if (preview == null || !preview.finished()) {
            return List.of();
        }
        Map<String, Tally> bySchool = new TreeMap<>();
        for (DecisionChange c : preview.changes()) {
            bySchool.computeIfAbsent(preview.school(c.studentId()), k -> new Tally())
                    .add(c);
        }
        List<SchoolChanges> lines = new ArrayList<>();
        bySchool.forEach((school, t) -> lines.add(new SchoolChanges(school, t.up, t.down, t.students.size())));
        return lines;
    }

    private static final class Tally {
        private int up;
        private int down;
        private final Set<String> students = new HashSet<>();

        void add(DecisionChange c) {
            up += c.direction() > 0 ? 1 : 0;
            down += c.direction() < 0 ? 1 : 0;
            students.add(c.studentId());
        }
    }
}
