package com.tiered.intervention.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tiered.intervention.domain.PlanTerms;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan form shows a plan's terms and gives the same terms back; an empty number is named. */
class PlanFormTest {
    private static final PlanTerms TERMS = PlanTerms.builder()
            .domain("MATH")
            .tier(3)
            .intervention("Number sense tutoring")
            .sessionsPerWeek(5)
            .minutesPerSession(45)
            .interventionist("Lee Park")
            .progressMeasure("MCOMP")
            .monitoringIntervalDays(7)
            .goal(25.0, LocalDate.of(2027, 3, 1))
            .reviewOn(LocalDate.of(2027, 2, 1))
            .accommodations(List.of("Calculator", "Breaks"))
            .iepCoordinated(true)
            .build();

    @Test
    void aPlanOpenedInTheFormSavesUnchanged() {
        PlanForm form = PlanForm.of(TERMS);
        assertEquals("Calculator\nBreaks", form.getAccommodations());
        assertEquals(TERMS, form.terms());
    }

    @Test
    void accommodationsAreOnePerLineWithBlankLinesDropped() {
        PlanForm form = PlanForm.of(TERMS);
        form.setAccommodations("  Calculator \r\n\r\nBreaks\n");
        assertEquals(List.of("Calculator", "Breaks"), form.terms().accommodations());
    }

    @Test
    void anEmptyNumberFieldIsNamed() {
        PlanForm form = PlanForm.of(TERMS);
        form.setMinutesPerSession(null);
        assertEquals(
                "Minutes per session is required",
                assertThrows(IllegalArgumentException.class, form::terms).getMessage());
    }
}
