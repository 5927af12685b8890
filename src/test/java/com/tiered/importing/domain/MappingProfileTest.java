package com.tiered.importing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A vendor's row becomes a contract row: columns by the vendor's names, its words and its dates. */
class MappingProfileTest {
    static final List<String> STAR_HEADER =
            List.of("Test Date", "Student ID", "Subject", "Assessment", "Scaled Score", "PR", "Window", "Teacher");

    static MappingProfile star(DatePattern dates) {
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
                dates,
                STAR_HEADER);
    }

    private static Map<String, String> vendorRow(String date, String window) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("Test Date", date);
        row.put("Student ID", " stu-00001 ");
        row.put("Subject", "Reading");
        row.put("Assessment", "Star Reading");
        row.put("Scaled Score", "764");
        row.put("PR", "22");
        row.put("Window", window);
        row.put("Teacher", "Ms. Ames");
        return row;
    }

    @Test
    void eachContractColumnIsFilledFromTheVendorsColumnWhateverItsNameOrPlace() {
        MappingProfile.Translation t = star(DatePattern.US).translate(vendorRow("01/13/2026", "Winter")::get);
        assertEquals(
                Map.of(
                        "student_sourced_id", "stu-00001",
                        "domain", "READING",
                        "measure", "STAR_READING",
                        "window", "WINTER",
                        "administered_on", "2026-01-13",
                        "score", "764",
                        "percentile", "22"),
                t.values());
        assertTrue(t.problems().isEmpty(), t.problems().toString());
    }

    @Test
    void vendorValuesAreMatchedIgnoringCaseAndSpacesAndOthersPassAsTheyAre() {
        MappingProfile profile = star(DatePattern.US);
        assertEquals(
                "FALL",
                profile.translate(vendorRow("09/02/2025", " FALL ")::get)
                        .values()
                        .get("window"));
        assertEquals(
                "FALL",
                profile.translate(vendorRow("09/02/2025", "fall")::get).values().get("window"));
        assertEquals(
                "Autumn",
                profile.translate(vendorRow("09/02/2025", "Autumn")::get)
                        .values()
                        .get("window"),
                "an unmapped word reaches the contract's check, which rejects it with its own message");
    }

    @Test
    void aDateNotInTheProfilesFormatIsAProblemOfItsColumnNamingTheFormat() {
        MappingProfile.Translation t = star(DatePattern.US).translate(vendorRow("2026-01-13", "Winter")::get);
        assertEquals(
                Map.of("administered_on", "administered_on '2026-01-13' is not a date (MM/DD/YYYY)"), t.problems());
        MappingProfile.Translation impossible = star(DatePattern.US).translate(vendorRow("02/30/2026", "Winter")::get);
        assertTrue(impossible.problems().containsKey("administered_on"), "February 30 is no date");
    }

    @Test
    void isoDatesAreLeftToTheContractsOwnCheck() {
        MappingProfile.Translation t = star(DatePattern.ISO).translate(vendorRow("13/01/2026", "Winter")::get);
        assertEquals("13/01/2026", t.values().get("administered_on"));
        assertTrue(t.problems().isEmpty());
    }

    @Test
    void anEmptyOrMissingVendorCellStaysEmptySoTheContractSaysItIsRequired() {
        Map<String, String> row = vendorRow("", "Winter");
        row.remove("PR");
        MappingProfile.Translation t = star(DatePattern.US).translate(row::get);
        assertEquals("", t.values().get("administered_on"));
        assertEquals("", t.values().get("percentile"));
        assertTrue(t.problems().isEmpty(), "no date to read is not a date problem");
    }

    @Test
    void theDateFormatsOfTheAllowlistReadWhatTheyPromise() {
        LocalDate jan5 = LocalDate.of(2026, 1, 5);
        assertEquals(Optional.of(jan5), DatePattern.ISO.parse("2026-01-05"));
        assertEquals(Optional.of(jan5), DatePattern.US.parse("01/05/2026"));
        assertEquals(Optional.empty(), DatePattern.US.parse("1/5/2026"), "MM/DD/YYYY wants two digits");
        assertEquals(Optional.of(jan5), DatePattern.US_SHORT.parse("1/5/2026"));
        assertEquals(Optional.of(jan5), DatePattern.US_SHORT.parse("01/05/2026"));
        assertEquals(Optional.of(jan5), DatePattern.DOTTED.parse("05.01.2026"));
        assertEquals(Optional.empty(), DatePattern.DOTTED.parse("31.02.2026"));
        assertEquals(Optional.empty(), DatePattern.US.parse("13/01/2026"), "there is no month 13");
        assertEquals(Optional.of(DatePattern.US_SHORT), DatePattern.ofLabel("M/D/YYYY"));
        assertEquals(Optional.empty(), DatePattern.ofLabel("DD/MM/YY"));
    }

    @Test
    void aFileIsRecognisedByExactlyTheProfilesHeaderInAnyOrderAndCase() {
        MappingProfile profile = star(DatePattern.US);
        assertTrue(profile.fitsHeader(List.of(
                "teacher", "WINDOW", "PR", "Scaled Score", "Assessment", "Subject", "Student ID", " Test Date ")));
        assertFalse(profile.fitsHeader(STAR_HEADER.subList(0, 7)), "a column fewer");
        assertFalse(
                profile.fitsHeader(
                        java.util.stream.Stream.concat(STAR_HEADER.stream(), java.util.stream.Stream.of("Grade"))
                                .toList()),
                "a column more");
    }

    @Test
    void withoutAHeaderTheMappedColumnsRecogniseTheFiles() {
        MappingProfile profile = MappingProfile.draft(
                "p",
                ImportKind.PROGRESS,
                Map.of(
                        "student_sourced_id", "ID",
                        "domain", "Area",
                        "measure", "Probe",
                        "administered_on", "Date",
                        "score", "WRC"),
                Map.of(),
                DatePattern.ISO,
                List.of());
        assertTrue(profile.fitsHeader(List.of("Date", "WRC", "Probe", "Area", "ID")));
    }

    @Test
    void valueSuggestionsProposeWindowsForSeasonWordsAndIdentifiersForNames() {
        assertEquals(
                Map.of("Fall", "FALL", "BOY", "FALL", "moy", "WINTER", "Harvest", ""),
                ValueSuggestions.suggest(
                        ContractColumns.SCREENING, "window", List.of("Fall", "BOY", "moy", "WINTER", "Harvest")));
        assertEquals(
                Map.of("Star Reading", "STAR_READING", "aReading (CBM-R)", "AREADING_CBM_R"),
                ValueSuggestions.suggest(
                        ContractColumns.SCREENING, "measure", List.of("Star Reading", "ORF", "aReading (CBM-R)")));
        assertTrue(ValueSuggestions.suggest(ContractColumns.SCREENING, "score", List.of("12.5"))
                .isEmpty());
    }
}
