package com.tiered.evaluation.api;

import com.tiered.evaluation.domain.DomainDecision;
import com.tiered.evaluation.domain.FlagDecision;
import com.tiered.evaluation.domain.StudentDecisions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The results file of an evaluation: {@code student_sourced_id,domain,tier,flags}, one row per student and reported
 * domain, sorted by student then domain; {@code tier} empty when null, flags sorted and ;-separated, domain "-" for
 * the student-level flags.
 */
public final class ResultsCsv {
    public static final String HEADER = "student_sourced_id,domain,tier,flags";

    private ResultsCsv() {}

    public static String of(List<StudentDecisions> decisions) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        decisions.stream()
                .sorted(Comparator.comparing(StudentDecisions::studentId))
                .forEach(student -> {
                    for (DomainDecision domain : student.domains()) {
                        row(csv, student.studentId(), domain.domain(), domain.tier(), domain.flags());
                    }
                    if (!student.flags().isEmpty()) {
                        row(csv, student.studentId(), "-", null, student.flags());
                    }
                });
        return csv.toString();
    }

    private static void row(StringBuilder csv, String student, String domain, Integer tier, List<FlagDecision> flags) {
        csv.append(quote(student))
                .append(',')
                .append(quote(domain))
                .append(',')
                .append(tier == null ? "" : tier.toString())
                .append(',')
                .append(quote(flags.stream().map(FlagDecision::code).sorted().collect(Collectors.joining(";"))))
                .append('\n');
    }

    private static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
