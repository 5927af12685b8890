package com.tiered.evaluation.domain.fact;

import java.time.LocalDate;

/** The screening window that counts for a student's domain: that of the latest result, within its school year. */
public final class CurrentWindow {
    private final String studentId;
    private final String domain;
    private final String window;
    private final LocalDate schoolYearStart;
    private final LocalDate schoolYearEnd;
    private final Screening latest;

    public CurrentWindow(Screening latest, LocalDate schoolYearStart, LocalDate schoolYearEnd) {
        this(latest, latest.getStudentId(), latest.getDomain(), latest.getWindow(), schoolYearStart, schoolYearEnd);
    }

    /** As rule sets written before the window kept its latest result call it: {@link #getLatest()} is then null. */
    public CurrentWindow(
            String studentId, String domain, String window, LocalDate schoolYearStart, LocalDate schoolYearEnd) {
        this(null, studentId, domain, window, schoolYearStart, schoolYearEnd);
    }

    private CurrentWindow(
            Screening latest,
            String studentId,
            String domain,
            String window,
            LocalDate schoolYearStart,
            LocalDate schoolYearEnd) {
        this.latest = latest;
        this.studentId = studentId;
        this.domain = domain;
        this.window = window;
        this.schoolYearStart = schoolYearStart;
        this.schoolYearEnd = schoolYearEnd;
    }

    public String getStudentId() {
        return studentId;
    }

    public String getDomain() {
        return domain;
    }

    /** The latest result, whose window this is. */
    public Screening getLatest() {
        return latest;
    }

    public String getWindow() {
        return window;
    }

    public LocalDate getSchoolYearStart() {
        return schoolYearStart;
    }

    public LocalDate getSchoolYearEnd() {
        return schoolYearEnd;
    }

    public boolean includes(Screening screening) {
        LocalDate on = screening.getAdministeredOn();
        return screening.getWindow().equals(window) && !on.isBefore(schoolYearStart) && !on.isAfter(schoolYearEnd);
    }
}
