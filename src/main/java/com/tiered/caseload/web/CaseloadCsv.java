package com.tiered.caseload.web;

import com.tiered.caseload.domain.CaseloadEntry;
import com.tiered.shared.web.FlagLabels;
import com.tiered.shared.web.SpreadsheetSafeCsv;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Writes the caseload table as CSV, one student a line, flags in words as the page shows them; through
 * {@link SpreadsheetSafeCsv}, so a name a spreadsheet would run as a formula arrives as text.
 */
@ApplicationScoped
public class CaseloadCsv {
    @Inject
    private FlagLabels labels;

    /** Writes the header, then every entry {@code source} hands over. */
    public void write(OutputStream out, Consumer<Consumer<CaseloadEntry>> source) {
        SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(
                new OutputStreamWriter(out, StandardCharsets.UTF_8),
                "studentSourcedId",
                "name",
                "grade",
                "school",
                "tiers",
                "flags",
                "needsAttention",
                "lastProgressPoint",
                "nextReview");
        source.accept(e -> print(csv, e));
        csv.flush();
    }

    private void print(SpreadsheetSafeCsv csv, CaseloadEntry e) {
        csv.row(
                e.sourcedId(),
                e.name(),
                e.grade(),
                e.school(),
                e.tiers().stream().map(t -> t.domain() + " " + t.tier()).collect(Collectors.joining("; ")),
                e.flags().stream()
                        .map(f -> (f.domain() == null ? "" : f.domain() + " ") + labels.label(f.code()))
                        .collect(Collectors.joining("; ")),
                e.attention() > 0 ? "yes" : "",
                e.lastPoint(),
                e.nextReview());
    }
}
