package com.tiered.importing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A profile is hostile input: every problem is found and said in a sentence. */
class ProfileCheckTest {
    private static final MappingProfile STAR = MappingProfileTest.star(DatePattern.US);

    private static MappingProfile with(
            String name, Map<String, String> columns, Map<String, Map<String, String>> values, List<String> header) {
        return MappingProfile.draft(name, ImportKind.SCREENING, columns, values, DatePattern.US, header);
    }

    private static List<String> problems(MappingProfile profile) {
        return ProfileCheck.problems(profile);
    }

    private static void assertOneProblem(MappingProfile profile, String expected) {
        List<String> problems = problems(profile);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(expected), problems.get(0));
    }

    @Test
    void aCompleteProfilePasses() {
        assertEquals(List.of(), problems(STAR));
    }

    @Test
    void everyRequiredColumnOfTheKindMustBeMapped() {
        Map<String, String> columns = new LinkedHashMap<>(STAR.columns());
        columns.remove("window");
        columns.put("score", " ");
        assertOneProblem(
                with("star", columns, Map.of(), STAR.header()),
                "A screening profile maps every required column; window, score are not mapped");
        columns = new LinkedHashMap<>(STAR.columns());
        columns.remove("percentile");
        assertEquals(List.of(), problems(with("star", columns, Map.of(), STAR.header())), "percentile is optional");
    }

    @Test
    void anUnknownContractColumnIsNamedWithTheColumnsThereAre() {
        Map<String, String> columns = new LinkedHashMap<>(STAR.columns());
        columns.put("grade", "Teacher");
        assertOneProblem(
                with("star", columns, Map.of(), STAR.header()),
                "'grade' is not a column of a screening file; its columns are student_sourced_id, domain");
    }

    @Test
    void oneVendorColumnCannotFillTwoContractColumns() {
        Map<String, String> columns = new LinkedHashMap<>(STAR.columns());
        columns.put("percentile", "scaled score");
        assertOneProblem(
                with("star", columns, Map.of(), STAR.header()),
                "The vendor column 'scaled score' is mapped twice, to score and to percentile");
    }

    @Test
    void aMappedColumnMustBeInTheVendorsHeader() {
        Map<String, String> columns = new LinkedHashMap<>(STAR.columns());
        columns.put("percentile", "Percentile Rank");
        assertOneProblem(
                with("star", columns, Map.of(), STAR.header()),
                "'Percentile Rank' (for percentile) is not in the vendor's header");
    }

    @Test
    void namesAreShortLowerCaseAndSafeInAnAddress() {
        assertOneProblem(with("", STAR.columns(), Map.of(), STAR.header()), "A profile needs a name");
        for (String bad : new String[] {"Star 2026", "../star", "star/2026", "-star", "x".repeat(65)}) {
            assertOneProblem(with(bad, STAR.columns(), Map.of(), STAR.header()), "is not a profile name");
        }
        assertEquals(List.of(), problems(with("star_reading-2026.v2", STAR.columns(), Map.of(), STAR.header())));
    }

    @Test
    void studentsAndOneRosterAreNotMapped() {
        MappingProfile students = MappingProfile.draft(
                "roster", ImportKind.STUDENTS, Map.of("sourced_id", "ID"), Map.of(), DatePattern.ISO, List.of());
        assertOneProblem(
                students,
                "A profile maps a file of one of the kinds screening, progress, goals,"
                        + " special-education, referrals, not students");
    }

    @Test
    void sizesAreBoundedAndControlCharactersRefused() {
        List<String> wide = new ArrayList<>(STAR.header());
        IntStream.range(0, ProfileCheck.MAX_HEADER_COLUMNS).forEach(i -> wide.add("extra " + i));
        assertOneProblem(with("star", STAR.columns(), Map.of(), wide), "a profile takes at most 500");

        Map<String, String> columns = new LinkedHashMap<>(STAR.columns());
        columns.put("percentile", "P".repeat(201));
        assertTrue(problems(with("star", columns, Map.of(), List.of())).get(0).contains("longer than 200"));
        columns.put("percentile", "PR\u0000");
        assertTrue(problems(with("star", columns, Map.of(), List.of())).get(0).contains("control character"));

        Map<String, String> many = new LinkedHashMap<>();
        IntStream.range(0, ProfileCheck.MAX_VALUE_MAPPINGS + 1).forEach(i -> many.put("v" + i, "FALL"));
        assertOneProblem(with("star", STAR.columns(), Map.of("window", many), STAR.header()), "at most 1000");
    }

    @Test
    void valueMappingsAreCheckedOnceNotInEveryRow() {
        assertOneProblem(
                with("star", STAR.columns(), Map.of("window", Map.of("Fall", "AUTUMN")), STAR.header()),
                "window: 'Fall' becomes 'AUTUMN', which is not FALL, WINTER or SPRING");
        assertOneProblem(
                with("star", STAR.columns(), Map.of("measure", Map.of("Star Reading", "Star Reading")), STAR.header()),
                "measure: 'Star Reading' becomes 'Star Reading', which is not an identifier");
        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("Fall", "FALL");
        twice.put("FALL ", "FALL");
        assertOneProblem(
                with("star", STAR.columns(), Map.of("window", twice), STAR.header()),
                "The vendor value 'FALL' of window is mapped twice");
        Map<String, String> columns = new LinkedHashMap<>(STAR.columns());
        columns.remove("percentile");
        assertOneProblem(
                with("star", columns, Map.of("percentile", Map.of("N/A", "")), STAR.header()),
                "Values are mapped for 'percentile', which the profile does not map");
        assertEquals(
                List.of(),
                problems(with("star", STAR.columns(), Map.of("percentile", Map.of("N/A", "")), STAR.header())),
                "a vendor's word for nothing may become empty");
    }

    @Test
    void requireThrowsEveryProblemAtOnce() {
        Map<String, String> columns = new LinkedHashMap<>(STAR.columns());
        columns.remove("score");
        ProfileRefused refused = assertThrows(
                ProfileRefused.class, () -> ProfileCheck.require(with("Bad Name", columns, Map.of(), STAR.header())));
        assertEquals(2, refused.problems().size(), refused.problems().toString());
        assertTrue(refused.getMessage().startsWith("The mapping profile was refused: "));
    }
}
