package com.tiered.evaluation.api;

import com.tiered.evaluation.domain.DomainDecision;
import com.tiered.evaluation.domain.FlagDecision;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.shared.web.SpreadsheetSafeCsv;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The results file of an evaluation: {@code student_sourced_id,domain,tier,flags}, one row per student and reported
 * domain, sorted by student then domain; {@code tier} empty when null, flags sorted and ;-separated, domain "-" for
 * the student-level flags. Written by {@link SpreadsheetSafeCsv}: a student id a spreadsheet would run as a formula
 * comes with a single quote before it.
 */
public final class ResultsCsv {
    public static final String HEADER = "student_sourced_id,domain,tier,flags";

    private ResultsCsv() {}

    public static String of(List<StudentDecisions> decisions) {
        StringWriter out = new StringWriter();
        SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(out, HEADER.split(","));
        decisions.stream()
                .sorted(Comparator.comparing(StudentDecisions::studentId))
                .forEach(student -> {
                    for (DomainDecision domain : student.domains()) {
                        csv.row(student.studentId(), domain.domain(), domain.tier(), codes(domain.flags()));
                    }
                    if (!student.flags().isEmpty()) {
                        csv.row(student.studentId(), StudentDecisions.STUDENT_LEVEL, null, codes(student.flags()));
                    }
                });
        csv.flush();
        return out.toString();
    }

    private static String codes(List<FlagDecision> flags) {
        return flags.stream().map(FlagDecision::code).sorted().collect(Collectors.joining(";"));
    }
}
