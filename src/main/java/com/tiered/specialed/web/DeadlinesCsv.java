package com.tiered.specialed.web;

import com.tiered.evaluation.domain.FlaggedStudent;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.shared.web.SpreadsheetSafeCsv;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The legal timelines of the deadlines page as CSV, the columns the page shows, through {@link SpreadsheetSafeCsv}. */
final class DeadlinesCsv {
    private DeadlinesCsv() {}

    static void write(OutputStream out, List<FlaggedStudent> deadlines) {
        SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(
                new OutputStreamWriter(out, StandardCharsets.UTF_8),
                "studentSourcedId",
                "name",
                "school",
                "deadline",
                "domain",
                "why");
        for (FlaggedStudent d : deadlines) {
            csv.row(
                    d.sourcedId(),
                    d.name(),
                    d.school(),
                    d.code(),
                    StudentDecisions.STUDENT_LEVEL.equals(d.domain()) ? "" : d.domain(),
                    d.explanation());
        }
        csv.flush();
    }
}
