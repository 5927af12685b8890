package com.tiered.intervention.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Terms put together by name are the same terms, checked the same way. */
class PlanTermsTest {
    private static final LocalDate REVIEW = LocalDate.of(2027, 1, 18);

    private static PlanTerms.Builder phonics() {
        return PlanTerms.builder()
                .domain("READING")
                .tier(2)
                .intervention("Phonics small group")
                .sessionsPerWeek(3)
                .minutesPerSession(30)
                .interventionist("Sam Rivera")
                .progressMeasure("ORF")
                .monitoringIntervalDays(14)
                .reviewOn(REVIEW);
    }

    @Test
    void eachTermLandsWhereItsNameSays() {
        PlanTerms terms = phonics()
                .goal(40.0, REVIEW.minusDays(7))
                .accommodations(List.of("Extended time"))
                .iepCoordinated(true)
                .build();
        assertEquals(
                new PlanTerms(
                        "READING",
                        2,
                        "Phonics small group",
                        3,
                        30,
                        "Sam Rivera",
                        "ORF",
                        14,
                        40.0,
                        REVIEW.minusDays(7),
                        REVIEW,
                        List.of("Extended time"),
                        true),
                terms);
    }

    @Test
    void termsLeftOutAreNoGoalNoAccommodationsAndNotCoordinated() {
        PlanTerms terms = phonics().build();
        assertEquals(null, terms.goalScore());
        assertEquals(null, terms.goalDate());
        assertEquals(List.of(), terms.accommodations());
        assertEquals(false, terms.iepCoordinated());
    }

    @Test
    void theBuilderRefusesWhatTheConstructorRefuses() {
        assertEquals(
                "a goal needs both a score and a date",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> phonics().goal(40.0, null).build())
                        .getMessage());
        assertEquals(
                "minutes per session must be between 5 and 180, not 200",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> phonics().minutesPerSession(200).build())
                        .getMessage());
        assertEquals(
                "tier must be 1, 2 or 3, not 0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> PlanTerms.builder().domain("READING").build())
                        .getMessage());
    }
}
