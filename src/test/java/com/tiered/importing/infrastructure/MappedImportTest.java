package com.tiered.importing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.importing.domain.ContractColumns;
import com.tiered.importing.domain.DatePattern;
import com.tiered.importing.domain.FileRefused;
import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.ImportLimits;
import com.tiered.importing.domain.ImportReport;
import com.tiered.importing.domain.ImportReport.RowError;
import com.tiered.importing.domain.MappingProfile;
import com.tiered.importing.domain.PreviewRow;
import com.tiered.importing.domain.VendorSample;
import com.tiered.shared.infrastructure.MemoryDatabases;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A vendor's screening export — its columns in another order and under other names, dates as MM/DD/YYYY, windows as
 * words — imported through a profile: the good rows are stored as a contract file's would be, the bad ones are
 * rejected by the contract's own checks with the vendor's line and column.
 */
class MappedImportTest {
    private static final String HEADER = "Test Date,Student ID,Subject,Assessment,Scaled Score,PR,Window,Teacher\n";
    private static final String VENDOR_FILE = HEADER
            + "01/13/2026,S1,Reading,Star Reading,764,22,Winter,Ames\n"
            + "09/02/2025,S2,reading,Star Reading,610,,Fall,Ames\n"
            + "2026-01-13,S1,Reading,Star Reading,700,30,Winter,Ames\n"
            + "01/14/2026,S1,Reading,Star Reading,700,30,Autumn,Ames\n"
            + "01/14/2026,S9,Reading,Star Reading,700,30,Winter,Ames\n"
            + "01/15/2026,S2,Math,Star Math,abc,30,Winter,Ames\n";

    private DataSource db;
    private JdbcMappedFiles files;

    @BeforeEach
    void database() {
        db = MemoryDatabases.fresh("mapped");
        String students = "sourced_id,given_name,family_name,grade,school_id,school_name\n"
                + "S1,Ana,Silva,03,sch-1,Maple\nS2,Bo,Li,05,sch-1,Maple\n";
        new JdbcDistrictFiles(db).importCsv(ImportKind.STUDENTS, bytes(students));
        files = new JdbcMappedFiles(db, ImportLimits.DEFAULTS);
    }

    static MappingProfile star() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("student_sourced_id", "Student ID");
        columns.put("domain", "Subject");
        columns.put("measure", "Assessment");
        columns.put("window", "Window");
        columns.put("administered_on", "Test Date");
        columns.put("score", "Scaled Score");
        columns.put("percentile", "PR");
        return MappingProfile.draft(
                "star-2026",
                ImportKind.SCREENING,
                columns,
                Map.of(
                        "window", Map.of("Fall", "FALL", "Winter", "WINTER"),
                        "domain", Map.of("Reading", "READING"),
                        "measure", Map.of("Star Reading", "STAR_READING")),
                DatePattern.US,
                List.of(HEADER.trim().split(",")));
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private ImportReport importVendorFile() {
        try (var file = files.open(star(), bytes(VENDOR_FILE))) {
            return file.importRows().report();
        }
    }

    @Test
    void theVendorsRowsAreStoredAsTheContractsWouldBe() throws SQLException {
        ImportReport report = importVendorFile();
        assertEquals(6, report.rowsRead());
        assertEquals(2, report.rowsImported(), report.errors().toString());
        assertEquals(4, report.rowsRejected());
        assertEquals(
                List.of(
                        "S1 READING STAR_READING WINTER 2026-01-13 764.0 22",
                        "S2 READING STAR_READING FALL 2025-09-02 610.0 null"),
                stored());

        ImportReport again = importVendorFile();
        assertEquals(2, again.rowsUnchanged(), "importing the same file twice changes nothing the second time");
        assertEquals(0, again.rowsImported());
    }

    @Test
    void badRowsAreRejectedWithTheVendorsLineColumnAndTheReason() {
        List<RowError> errors = importVendorFile().errors();
        assertEquals(
                Set.of(
                        "4 Test Date administered_on '2026-01-13' is not a date (MM/DD/YYYY)",
                        "5 Window window 'Autumn' is not FALL, WINTER or SPRING",
                        "6 Student ID unknown student 'S9': import the students first",
                        "7 Subject domain 'Math' is not an identifier (capital letters A-Z, digits and _)",
                        "7 Assessment measure 'Star Math' is not an identifier (capital letters A-Z, digits and _)",
                        "7 Scaled Score score 'abc' is not a number"),
                new HashSet<>(errors.stream()
                        .map(e -> e.line() + " " + e.column() + " " + e.message())
                        .toList()));
    }

    @Test
    void aVendorFileWithoutAMappedRequiredColumnIsRefusedWhole() throws SQLException {
        String withoutScore = "Test Date,Student ID,Subject,Assessment,PR,Window\n"
                + "01/13/2026,S1,Reading,Star Reading,22,Winter\n";
        FileRefused refused = assertThrows(FileRefused.class, () -> files.open(star(), bytes(withoutScore)));
        assertTrue(refused.getMessage().contains("lacks the required column scaled score"), refused.getMessage());
        assertEquals(List.of(), stored());
    }

    @Test
    void thePreviewShowsTheFirstRowsAsTheyWouldImportWithTheImportsErrors() {
        VendorSample sample = files.sample(bytes(VENDOR_FILE), 5);
        assertEquals(List.of(HEADER.trim().split(",")), sample.header());
        assertEquals(5, sample.rows().size());
        List<PreviewRow> preview = files.preview(star(), sample);
        assertEquals(
                Map.of(
                        "student_sourced_id", "S1",
                        "domain", "READING",
                        "measure", "STAR_READING",
                        "window", "WINTER",
                        "administered_on", "2026-01-13",
                        "score", "764",
                        "percentile", "22"),
                preview.get(0).values());
        assertEquals(List.of(), preview.get(0).errors());
        assertEquals(List.of(), preview.get(1).errors());
        List<String> rejected = new ArrayList<>();
        preview.subList(2, 5).forEach(p -> p.errors().forEach(e -> rejected.add(e.line() + " " + e.column())));
        assertEquals(List.of("4 Test Date", "5 Window", "6 Student ID"), rejected);
    }

    @Test
    void theColumnsAProfileMapsAreTheContractFilesColumns() {
        for (ContractColumns contract : ContractColumns.values()) {
            FileKind kind = FileKinds.of(contract.kind());
            assertEquals(kind.required(), Set.copyOf(contract.required()), contract + " required");
            assertEquals(kind.known(), Set.copyOf(contract.fields()), contract + " columns");
        }
    }

    private List<String> stored() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                ResultSet rs = c.createStatement()
                        .executeQuery("select s.sourced_id, r.domain, r.measure, r.screening_window,"
                                + " r.administered_on, r.score, r.percentile from screening_result r"
                                + " join student s on s.id = r.student_id order by s.sourced_id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " "
                        + rs.getDate(5) + " " + rs.getDouble(6) + " " + rs.getObject(7));
            }
        }
        return rows;
    }
}
