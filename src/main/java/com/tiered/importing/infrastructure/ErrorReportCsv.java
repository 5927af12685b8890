package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.ImportReport;
import com.tiered.shared.web.SpreadsheetSafeCsv;
import java.util.ArrayList;
import java.util.List;

/**
 * The errors and warnings of an import as a CSV a person can open: line,column,kind,message. The messages quote the
 * file's own values, so it is written by {@link SpreadsheetSafeCsv}: a value a spreadsheet would run is text.
 */
final class ErrorReportCsv {
    private ErrorReportCsv() {}

    static String of(ImportReport report) {
        List<List<Object>> rows = new ArrayList<>();
        report.errors().forEach(e -> rows.add(List.of(e.line(), text(e.column()), "error", text(e.message()))));
        report.warnings().forEach(w -> rows.add(List.of(w.line(), "", "warning", text(w.message()))));
        return SpreadsheetSafeCsv.text(List.of("line", "column", "kind", "message"), rows);
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
