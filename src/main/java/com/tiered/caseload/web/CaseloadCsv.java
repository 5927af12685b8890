package com.tiered.caseload.web;

import com.tiered.caseload.domain.CaseloadEntry;
import com.tiered.evaluation.domain.FlagTable;
import com.tiered.evaluation.domain.RulesInUse;
import com.tiered.shared.web.SpreadsheetSafeCsv;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Writes the caseload table as CSV, one student a line, flags in words as the page shows them (the live rules' flags
 * table); through {@link SpreadsheetSafeCsv}, so a name a spreadsheet would run as a formula arrives as text.
 */
@ApplicationScoped
public class CaseloadCsv {
    @Inject
    private RulesInUse live;

    public CaseloadCsv() {}

    /** Outside the container (tests): the labels of these live rules. */
    public CaseloadCsv(RulesInUse live) {
        this.live = live;
    }

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
        FlagTable labels = live.flags();
        source.accept(e -> print(csv, labels, e));
        csv.flush();
    }

    private static void print(SpreadsheetSafeCsv csv, FlagTable labels, CaseloadEntry e) {
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
