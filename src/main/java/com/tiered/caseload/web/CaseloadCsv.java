package com.tiered.caseload.web;

import com.tiered.caseload.domain.CaseloadEntry;
import com.tiered.shared.web.FlagLabels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the caseload table as CSV, one student a line, flags in words as the page shows them. */
@ApplicationScoped
public class CaseloadCsv {
    @Inject
    private FlagLabels labels;

    /** Writes the header, then every entry {@code source} hands over. */
    public void write(OutputStream out, Consumer<Consumer<CaseloadEntry>> source) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(
                    writer,
                    CSVFormat.DEFAULT
                            .builder()
                            .setHeader(
                                    "studentSourcedId",
                                    "name",
                                    "grade",
                                    "school",
                                    "tiers",
                                    "flags",
                                    "needsAttention",
                                    "lastProgressPoint",
                                    "nextReview")
                            .build());
            source.accept(e -> print(csv, e));
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void print(CSVPrinter csv, CaseloadEntry e) {
        try {
            csv.printRecord(
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
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
