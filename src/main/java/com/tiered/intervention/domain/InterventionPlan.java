package com.tiered.intervention.domain;

import com.tiered.shared.domain.TextListConverter;
import com.tiered.student.domain.Student;
import com.tiered.student.domain.StudentRecordEntry;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An intervention plan for a student in a domain. It begins as a draft (accepted from the rules' recommendation or
 * written by staff), becomes active when the intervention starts, and is closed with a reason. Only a draft may be
 * revised; every step is kept in its history. The version guards against two people changing it at once.
 */
@Entity
@Table(name = "intervention_plan")
public class InterventionPlan extends StudentRecordEntry {
    @Column(nullable = false)
    private String domain;

    private int tier;

    @Column(nullable = false)
    private String intervention;

    @Column(name = "sessions_per_week")
    private int sessionsPerWeek;

    @Column(name = "minutes_per_session")
    private int minutesPerSession;

    @Column(nullable = false)
    private String interventionist;

    @Column(name = "progress_measure", nullable = false)
    private String progressMeasure;

    @Column(name = "monitoring_interval_days")
    private int monitoringIntervalDays;

    @Column(name = "goal_score")
    private Double goalScore;

    @Column(name = "goal_date")
    private LocalDate goalDate;

    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    @Convert(converter = TextListConverter.class)
    @Column(nullable = false)
    private List<String> accommodations;

    @Column(name = "iep_coordinated")
    private boolean iepCoordinated;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    private CloseReason closeReason;

    @Column(name = "recommended_by_rule")
    private String recommendedByRule;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Version
    private int version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("happenedAt")
    private List<PlanEvent> history = new ArrayList<>();

    protected InterventionPlan() {}

    /** A new draft; {@code recommendedByRule} names the rule when it was accepted from a recommendation. */
    public InterventionPlan(Student student, PlanTerms terms, String recommendedByRule, String by, Instant at) {
        super(student);
        apply(terms);
        this.status = PlanStatus.DRAFT;
        this.recommendedByRule = recommendedByRule;
        record(
                by,
                at,
                recommendedByRule == null
                        ? "Written"
                        : "Accepted the recommended plan (rule \"" + recommendedByRule + "\")");
    }

    /** Changes the terms of a draft; an active plan is changed by closing it (intensified) and writing a new one. */
    public void revise(PlanTerms terms, String by, Instant at) {
        requireStatus(PlanStatus.DRAFT, "revised");
        if (!terms.domain().equals(domain)) {
            throw new IllegalArgumentException("a plan stays in its domain (" + domain + ")");
        }
        apply(terms);
        record(by, at, "Revised");
    }

    public void activate(LocalDate on, String by, Instant at) {
        requireStatus(PlanStatus.DRAFT, "started");
        status = PlanStatus.ACTIVE;
        startedOn = Objects.requireNonNull(on, "start date");
        record(by, at, "Started on " + on);
    }

    public void close(CloseReason reason, String note, LocalDate on, String by, Instant at) {
        Objects.requireNonNull(reason, "a reason to close the plan");
        if (status == PlanStatus.CLOSED) {
            throw new IllegalStateException("The plan is already closed");
        }
        status = PlanStatus.CLOSED;
        closeReason = reason;
        endedOn = on;
        record(by, at, "Closed: " + reason.getLabel() + (note == null || note.isBlank() ? "" : " — " + note.trim()));
    }

    private void requireStatus(PlanStatus required, String action) {
        if (status != required) {
            throw new IllegalStateException("Only a " + required.name().toLowerCase() + " plan can be " + action
                    + "; this one is " + status.name().toLowerCase());
        }
    }

    private void apply(PlanTerms t) {
        domain = t.domain();
        tier = t.tier();
        intervention = t.intervention();
        sessionsPerWeek = t.sessionsPerWeek();
        minutesPerSession = t.minutesPerSession();
        interventionist = t.interventionist();
        progressMeasure = t.progressMeasure();
        monitoringIntervalDays = t.monitoringIntervalDays();
        goalScore = t.goalScore();
        goalDate = t.goalDate();
        reviewOn = t.reviewOn();
        accommodations = t.accommodations();
        iepCoordinated = t.iepCoordinated();
    }

    private void record(String by, Instant at, String note) {
        history.add(new PlanEvent(this, at, by, status, note));
    }

    public PlanTerms terms() {
        return PlanTerms.builder()
                .domain(domain)
                .tier(tier)
                .intervention(intervention)
                .sessionsPerWeek(sessionsPerWeek)
                .minutesPerSession(minutesPerSession)
                .interventionist(interventionist)
                .progressMeasure(progressMeasure)
                .monitoringIntervalDays(monitoringIntervalDays)
                .goal(goalScore, goalDate)
                .reviewOn(reviewOn)
                .accommodations(accommodations)
                .iepCoordinated(iepCoordinated)
                .build();
    }

    public PlanStatus getStatus() {
        return status;
    }

    public CloseReason getCloseReason() {
        return closeReason;
    }

    public String getRecommendedByRule() {
        return recommendedByRule;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public int getVersion() {
        return version;
    }

    public List<PlanEvent> getHistory() {
        return List.copyOf(history);
    }
}
