package com.tiered.shared.web;

import java.io.Flushable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way Tiered writes a CSV that a person may open in a spreadsheet — the caseload, deadlines and results
 * exports and the import error report. RFC 4180 quoting (Commons CSV, so a comma, a quote, a CR or an LF in a value
 * is quoted), records ended by LF.
 *
 * <p>Text that a spreadsheet would run as a formula is neutralised as OWASP recommends ("CSV Injection"): a text cell
 * whose first character, after any spaces, is {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR (or the
 * full-width {@code ＝ ＋ － ＠}) is written with a single quote before it, so {@code =HYPERLINK(…)} arrives as the
 * text {@code '=HYPERLINK(…)}. Two things are left as they are, on purpose:
 *
 * <ul>
 *   <li>a cell given as a {@link Number} (a tier, a line number, a score): its text is only digits, a sign, a point
 *       and an exponent, which no spreadsheet runs, and a negative number stays a number a spreadsheet can add up.
 *       Text that merely looks like a number (a student id {@code -12}) is text and gets the quote;
 *   <li>a lone {@code -}, the "none" that the results file writes as the domain of student-level flags: one character
 *       cannot be a formula.
 * </ul>
 *
 * A program that reads the file back and wants the stored value strips one leading {@code '} from a text cell.
 */
public final class SpreadsheetSafeCsv implements Flushable {
    private static final String FORMULA_START = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

    private final CSVPrinter printer;

    private SpreadsheetSafeCsv(Writer out) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV written to {@code out}, beginning with the header row (written as it is: the names are ours). */
    public static SpreadsheetSafeCsv to(Writer out, String... header) {
        SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out);
        csv.print(List.of(header));
        return csv;
    }

    /** The whole file as text: the header, then each row. */
    public static String text(List<String> header, Iterable<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        SpreadsheetSafeCsv csv = to(out, header.toArray(String[]::new));
        rows.forEach(csv::row);
        return out.toString();
    }

    /** One record; {@code null} is an empty cell, a {@link Number} is written as it is, anything else as safe text. */
    public void row(Object... cells) {
        row(Arrays.asList(cells));
    }

    /** One record; see {@link #row(Object...)}. */
    public void row(List<?> cells) {
        print(cells.stream().map(SpreadsheetSafeCsv::cell).toList());
    }

    /** The text a value is written as: a number as it is, text neutralised when a spreadsheet would run it. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return neutralised(value.toString());
    }

    static String neutralised(String text) {
        if (text.equals("-")) {
            return text;
        }
        int first = 0;
        while (first < text.length() && text.charAt(first) == ' ') {
            first++;
        }
        if (first < text.length() && FORMULA_START.indexOf(text.charAt(first)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private void print(List<String> values) {
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
