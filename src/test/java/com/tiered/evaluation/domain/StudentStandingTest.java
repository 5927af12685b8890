package com.tiered.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tiered.evaluation.domain.StudentStanding.Flag;
import com.tiered.evaluation.domain.StudentStanding.HeldTier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standing's two text columns: what the evaluation writes, the caseload and school pages read back. */
class StudentStandingTest {
    private static final LocalDate FEB = LocalDate.of(2026, 2, 16);
    private static final LocalDate OCT = LocalDate.of(2025, 10, 1);

    @Test
    void tiersAreWrittenAsTheStandingHasAlwaysHeldThemAndReadBackTheSame() {
        List<HeldTier> tiers = List.of(new HeldTier("READING", 3, FEB), new HeldTier("MATH", 2, OCT));

        String text = StudentStanding.encodeTiers(tiers, 1000);

        assertEquals("READING:3@2026-02-16;MATH:2@2025-10-01", text);
        assertEquals(tiers, StudentStanding.decodeTiers(text));
    }

    @Test
    void flagsOfTheStudentAsAWholeAreWrittenUnderTheStudentLevelDomainAndReadBackWithoutOne() {
        List<Flag> flags = List.of(
                new Flag("READING", "PM_OVERDUE"), new Flag(null, "REFER_FOR_EVALUATION"), new Flag("MATH", "X"));

        String text = StudentStanding.encodeFlags(flags, 2000);

        assertEquals("READING:PM_OVERDUE;-:REFER_FOR_EVALUATION;MATH:X", text);
        assertEquals(flags, StudentStanding.decodeFlags(text));
    }

    @Test
    void nothingIsAnEmptyTextAndAnEmptyOrMissingTextIsNothing() {
        assertEquals("", StudentStanding.encodeTiers(List.of(), 1000));
        assertEquals("", StudentStanding.encodeFlags(List.of(), 2000));
        assertEquals(List.of(), StudentStanding.decodeTiers(""));
        assertEquals(List.of(), StudentStanding.decodeTiers(null));
        assertEquals(List.of(), StudentStanding.decodeFlags(""));
        assertEquals(List.of(), StudentStanding.decodeFlags(null));
    }

    @Test
    void aDamagedEntryIsPassedOverAndTheRestStillReads() {
        assertEquals(
                List.of(new HeldTier("READING", 3, FEB), new HeldTier("MATH", 2, null)),
                StudentStanding.decodeTiers(
                        "READING:3@2026-02-16;garbage;:2@2026-02-16;WRITING:@2026-02-16;SCIENCE:x@2026-02-16;"
                                + "ART:2@not-a-date;MATH:2;MUSIC:;;"));
        assertEquals(
                List.of(new Flag("READING", "PM_OVERDUE"), new Flag("MATH", "A:B")),
                StudentStanding.decodeFlags("READING:PM_OVERDUE;no-colon;:CODE;MATH:;MATH:A:B;;"));
    }

    @Test
    void aTextCutShortByAnOlderTiered() {
        // Before the codec, a standing past its column's width was cut with an ellipsis mid-entry.
        assertEquals(
                List.of(new HeldTier("READING", 3, FEB)),
                StudentStanding.decodeTiers("READING:3@2026-02-16;MATH:2@2025-1…"));
    }

    @Test
    void onlyWholeEntriesThatFitTheColumnAreWritten() {
        List<HeldTier> tiers = List.of(new HeldTier("READING", 3, FEB), new HeldTier("MATH", 2, OCT));
        assertEquals("READING:3@2026-02-16", StudentStanding.encodeTiers(tiers, 30));
        assertEquals("", StudentStanding.encodeTiers(tiers, 10));
        List<Flag> flags = List.of(new Flag("READING", "PM_OVERDUE"), new Flag("READING", "PM_TREND_BELOW"));
        assertEquals("READING:PM_OVERDUE", StudentStanding.encodeFlags(flags, 25));
    }

    @Test
    void anEntryThatCouldNotBeReadBackIsLeftOutRatherThanBreakingItsNeighbours() {
        assertEquals(
                "READING:OK",
                StudentStanding.encodeFlags(
                        List.of(
                                new Flag("READING", "A;B"),
                                new Flag("READ:ING", "C"),
                                new Flag("MATH", "A:B"), // a search for ":B;" would find it
                                new Flag("READING", "OK")),
                        2000));
        assertEquals("READING;MATH", StudentStanding.encodeDomains(List.of("READING", "ART;S", "MATH", "A:B"), 100));
        assertEquals(
                "MATH:2@2025-10-01",
                StudentStanding.encodeTiers(
                        List.of(
                                new HeldTier("READ;ING", 3, FEB),
                                new HeldTier("READING", 2, null),
                                new HeldTier("MATH", 2, OCT)),
                        1000));
    }
}
