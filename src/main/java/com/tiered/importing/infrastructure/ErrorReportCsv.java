package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.ImportReport;

/** The errors and warnings of an import as a CSV a person can open: line,column,kind,message. */
final class ErrorReportCsv {
    private ErrorReportCsv() {}

    static String of(ImportReport report) {
        StringBuilder csv = new StringBuilder("line,column,kind,message\n");
        report.errors().forEach(e -> csv.append(e.line())
                .append(',')
                .append(quote(e.column()))
                .append(",error,")
                .append(quote(e.message()))
                .append('\n'));
        report.warnings().forEach(w -> csv.append(w.line())
                .append(",,warning,")
                .append(quote(w.message()))
                .append('\n'));
        return csv.toString();
    }

    private static String quote(String text) {
        return '"' + (text == null ? "" : text.replace("\"", "\"\"")) + '"';
    }
}
