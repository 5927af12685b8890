package com.tiered.importing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.importing.domain.DatePattern;
import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.MappingProfile;
import com.tiered.importing.domain.ProfileRefused;
import com.tiered.shared.domain.TooLarge;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A profile's file: what the export writes an upload takes back; anything else is refused, saying why. */
class ProfileFileTest {
    private static final MappingProfile PROBES = MappingProfile.draft(
                    "aimsweb-probes",
                    ImportKind.PROGRESS,
                    Map.of(
                            "student_sourced_id", "Student ID",
                            "domain", "Area",
                            "measure", "Probe",
                            "administered_on", "Date",
                            "score", "WRC"),
                    Map.of("domain", Map.of("Reading", "READING")),
                    DatePattern.US_SHORT,
                    List.of("Student ID", "Area", "Probe", "Date", "WRC", "Errors"))
            .saved(3, "coordinator", Instant.parse("2026-01-12T08:00:00Z"));

    private static MappingProfile read(String json) {
        return ProfileFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String refusal(String json) {
        return assertThrows(ProfileRefused.class, () -> read(json)).getMessage();
    }

    @Test
    void aFileNestedThirtyThousandDeepIsRefusedByNameNotLeftToTheJsonLibrary() {
        // An attack within the 64 KiB cap: the JSON library stopped it at 1,000 levels with a bare RuntimeException,
        // which no handler turned into a 400.
        String deep = "[".repeat(30_000) + "]".repeat(30_000);
        String message = refusal("{\"name\":\"p\",\"kind\":\"screening\",\"columns\":" + deep + "}");
        assertEquals(
                "The mapping profile was refused: The mapping profile file nests deeper than a profile does (8 levels"
                        + " at most)",
                message);
    }

    @Test
    void anExportedProfileReadsBackAsTheSameMappingWithoutItsVersion() {
        String file = ProfileFile.text(PROBES);
        assertTrue(file.contains("\"version\": 3") || file.contains("\"version\":3"), file);
        MappingProfile back = read(file);
        assertEquals(PROBES.name(), back.name());
        assertEquals(PROBES.kind(), back.kind());
        assertEquals(PROBES.columns(), back.columns());
        assertEquals(PROBES.values(), back.values());
        assertEquals(PROBES.dateFormat(), back.dateFormat());
        assertEquals(PROBES.header(), back.header());
        assertEquals(0, back.version(), "the server numbers the versions");
    }

    @Test
    void aProfileWithoutDateFormatOrHeaderReadsIsoDatesAndIsRecognisedByItsColumns() {
        MappingProfile minimal =
                read("{\"name\":\"p\",\"kind\":\"progress\",\"columns\":{\"student_sourced_id\":\"ID\","
                        + "\"domain\":\"Area\",\"measure\":\"Probe\",\"administered_on\":\"Date\",\"score\":\"WRC\"}}");
        assertEquals(DatePattern.ISO, minimal.dateFormat());
        assertEquals(List.of("ID", "Area", "Probe", "Date", "WRC"), minimal.header());
    }

    @Test
    void unknownMembersWrongTypesAndUnknownKindsAreEachNamed() {
        String message = refusal("{\"name\":\"p\",\"kind\":\"vendors\",\"columns\":[],\"script\":\"x\","
                + "\"dateFormat\":\"DD/MM/YY\",\"header\":\"ID\"}");
        assertTrue(message.contains("members a profile does not: script"), message);
        assertTrue(message.contains("There is no import of kind 'vendors'"), message);
        assertTrue(message.contains("columns must be an object"), message);
        assertTrue(
                message.contains("dateFormat 'DD/MM/YY' is not one of YYYY-MM-DD, MM/DD/YYYY, M/D/YYYY, DD.MM.YYYY"),
                message);
        assertTrue(message.contains("header must be a list"), message);
        assertTrue(refusal("{\"kind\":\"progress\",\"columns\":{\"score\":1}}").contains("'score' must be text"));
        assertTrue(refusal("{\"kind\":\"progress\",\"columns\":{}}").contains("The file has no name"));
    }

    @Test
    void aFileThatIsNotAJsonObjectOrRepeatsAKeyIsRefused() {
        assertTrue(refusal("name,kind\n").contains("not valid JSON"));
        assertTrue(refusal("[1, 2]").contains("is a JSON object"));
        assertTrue(refusal("{\"name\":\"a\",\"name\":\"b\",\"kind\":\"progress\",\"columns\":{}}")
                .contains("not valid JSON"));
    }

    @Test
    void aFileLargerThan64KiBIsRefusedBeforeItIsParsed() {
        String huge = "{\"name\":\"" + "x".repeat(ProfileFile.MAX_BYTES) + "\"}";
        TooLarge tooLarge = assertThrows(TooLarge.class, () -> read(huge));
        assertTrue(tooLarge.getMessage().contains("at most 64 KiB"), tooLarge.getMessage());
    }
}
