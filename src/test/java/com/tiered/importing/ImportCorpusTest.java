package com.tiered.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.importing.domain.FileRefused;
import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.ImportReport;
import com.tiered.importing.infrastructure.JdbcDistrictFiles;
import com.tiered.shared.infrastructure.MemoryDatabases;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus of broken files (src/test/resources/imports/broken): each file NN-what.KIND.csv is imported into a
 * fresh database holding two students, and must give exactly the report in NN-what.KIND.expected.json — the counts,
 * every rejected line and column, every warning — or be refused whole with the expected message. The table then
 * holds exactly the rows the report says were imported.
 */
class ImportCorpusTest {
    private static final Map<String, String> TABLES = Map.of(
            "students",
            "student",
            "screening",
            "screening_result",
            "progress",
            "progress_point",
            "goals",
            "goal",
            "special-education",
            "special_education_plan",
            "referrals",
            "referral");

    @TestFactory
    Stream<DynamicTest> everyBrokenFileGetsItsExactReport() throws IOException, URISyntaxException {
        Path dir = Path.of(ImportCorpusTest.class.getResource("/imports/broken").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertTrue(files.size() >= 50, "the corpus has at least 50 files: " + files.size());
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws Exception {
        String name = file.getFileName().toString();
        String kind = name.substring(name.indexOf('.') + 1, name.length() - ".csv".length());
        JsonObject expected = Json.createReader(
                        Files.newBufferedReader(file.resolveSibling(name.replace(".csv", ".expected.json"))))
                .readObject();
        DataSource db = freshDatabase();
        JdbcDistrictFiles files = new JdbcDistrictFiles(db);
        int before = count(db, TABLES.get(kind));
        byte[] content = Files.readAllBytes(file);
        if (expected.containsKey("refused")) {
            FileRefused refused = assertThrows(
                    FileRefused.class,
                    () -> files.importCsv(ImportKind.ofUrlName(kind), new ByteArrayInputStream(content)));
            assertTrue(refused.getMessage().contains(expected.getString("refused")), refused.getMessage());
            assertEquals(before, count(db, TABLES.get(kind)), "a refused file writes nothing");
            return;
        }
        ImportReport report = files.importCsv(ImportKind.ofUrlName(kind), new ByteArrayInputStream(content))
                .report();
        assertEquals(expected.getInt("rowsRead"), report.rowsRead(), "rows read");
        assertEquals(expected.getInt("rowsImported"), report.rowsImported(), "rows imported");
        assertEquals(expected.getInt("rowsUnchanged"), report.rowsUnchanged(), "rows unchanged");
        assertEquals(expected.getInt("rowsRejected"), report.rowsRejected(), "rows rejected: " + report.errors());
        JsonArray errors = expected.getJsonArray("errors");
        assertEquals(errors.size(), report.errors().size(), "errors: " + report.errors());
        for (int i = 0; i < errors.size(); i++) {
            ImportReport.RowError error = report.errors().get(i);
            assertEquals(errors.getJsonArray(i).getInt(0), error.line(), "line of " + error);
            assertEquals(errors.getJsonArray(i).getString(1), error.column(), "column of " + error);
            assertFalse(error.message().isBlank(), "a reason");
        }
        JsonArray warnings = expected.getJsonArray("warnings");
        assertEquals(warnings.size(), report.warnings().size(), "warnings: " + report.warnings());
        for (int i = 0; i < warnings.size(); i++) {
            assertEquals(warnings.getInt(i), report.warnings().get(i).line());
        }
        assertEquals(
                before + report.rowsImported(),
                count(db, TABLES.get(kind)),
                "the table holds what the report says was imported");
    }

    /** A new in-memory database with the schema, a school and the students S1 and S2. */
    private static DataSource freshDatabase() {
        DataSource h2 = MemoryDatabases.fresh("corpus");
        String students = "sourced_id,given_name,family_name,grade,school_id,school_name\n"
                + "S1,Ana,Silva,03,sch-1,Maple\nS2,Bo,Li,05,sch-1,Maple\n";
        ImportReport fixture = new JdbcDistrictFiles(h2)
                .importCsv(ImportKind.STUDENTS, new ByteArrayInputStream(students.getBytes(StandardCharsets.UTF_8)))
                .report();
        assertEquals(2, fixture.rowsImported());
        return h2;
    }

    private static int count(DataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
