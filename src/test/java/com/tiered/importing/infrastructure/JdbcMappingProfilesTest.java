package com.tiered.importing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tiered.importing.domain.DatePattern;
import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.MappingProfile;
import com.tiered.shared.infrastructure.MemoryDatabases;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Saving under a name makes the next version; every version is kept as it was saved. */
class JdbcMappingProfilesTest {
    private final JdbcMappingProfiles profiles = new JdbcMappingProfiles(MemoryDatabases.fresh("profiles"));
    private final Instant monday = Instant.parse("2026-01-12T08:00:00Z");

    @Test
    void aSaveUnderAnExistingNameIsTheNextVersionAndTheNewestServes() {
        MappingProfile first = profiles.save(MappedImportTest.star(), "coordinator", monday);
        assertEquals(1, first.version());
        MappingProfile changed = MappingProfile.draft(
                "star-2026",
                ImportKind.SCREENING,
                MappedImportTest.star().columns(),
                Map.of("window", Map.of("Fall", "FALL", "Winter", "WINTER", "Spring", "SPRING")),
                DatePattern.US_SHORT,
                MappedImportTest.star().header());
        MappingProfile second = profiles.save(changed, "admin", monday.plusSeconds(60));
        assertEquals(2, second.version());

        MappingProfile newest = profiles.newest("star-2026").orElseThrow();
        assertEquals(2, newest.version());
        assertEquals("admin", newest.savedBy());
        assertEquals(DatePattern.US_SHORT, newest.dateFormat());
        assertEquals(3, newest.values().get("window").size());

        MappingProfile v1 = profiles.version("star-2026", 1).orElseThrow();
        assertEquals(DatePattern.US, v1.dateFormat());
        assertEquals("coordinator", v1.savedBy());
        assertEquals(monday, v1.savedAt());
        assertEquals(MappedImportTest.star().values(), v1.values());
        assertTrue(profiles.version("star-2026", 3).isEmpty());
        assertTrue(profiles.newest("dibels").isEmpty());
    }

    @Test
    void aProfileComesBackAsItWasSavedWithItsWholeHeader() {
        profiles.save(MappedImportTest.star(), "coordinator", monday);
        MappingProfile back = profiles.newest("star-2026").orElseThrow();
        assertEquals(MappedImportTest.star().columns(), back.columns());
        assertEquals(
                List.copyOf(MappedImportTest.star().columns().keySet()),
                List.copyOf(back.columns().keySet()),
                "in the contract's order");
        assertEquals(MappedImportTest.star().header(), back.header(), "Teacher too, which nothing fills");
        assertEquals(ImportKind.SCREENING, back.kind());
    }

    @Test
    void theNewestOfEachProfileIsListedByName() {
        profiles.save(MappedImportTest.star(), "coordinator", monday);
        profiles.save(MappedImportTest.star(), "coordinator", monday.plusSeconds(1));
        MappingProfile progress = MappingProfile.draft(
                "aimsweb-probes",
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
        profiles.save(progress, "admin", monday);
        assertEquals(
                List.of("aimsweb-probes 1", "star-2026 2"),
                profiles.newestOfEach().stream()
                        .map(p -> p.name() + " " + p.version())
                        .toList());
    }

    @Test
    void ofProfilesSavedAtTheSameTimeTheOneSavedLastWins() {
        // MariaDB gets whole seconds from Connector/J: two saves within one second carry the same time.
        profiles.save(MappedImportTest.star(), "coordinator", monday);
        MappingProfile copy = MappingProfile.draft(
                "star-copy",
                ImportKind.SCREENING,
                MappedImportTest.star().columns(),
                MappedImportTest.star().values(),
                MappedImportTest.star().dateFormat(),
                MappedImportTest.star().header());
        profiles.save(copy, "admin", monday);
        assertEquals(Optional.of("star-copy"), profiles.savedLast(List.of("star-2026", "star-copy")));
        profiles.save(MappedImportTest.star(), "coordinator", monday);
        assertEquals(Optional.of("star-2026"), profiles.savedLast(List.of("star-2026", "star-copy")));
    }
}
