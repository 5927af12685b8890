package com.tiered.intervention.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** One step in a plan's history: who did what, when, and the status it left the plan in. */
@Entity
@Table(name = "intervention_plan_event")
public class PlanEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private InterventionPlan plan;

    @Column(name = "happened_at", nullable = false)
    private LocalDateTime happenedAt;

    @Column(nullable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Column(nullable = false)
    private String note;

    protected PlanEvent() {}

    PlanEvent(InterventionPlan plan, Instant happenedAt, String username, PlanStatus status, String note) {
        this.plan = plan;
        // LocalDateTime, not Instant: the persistence provider of Payara stores an Instant as serialized bytes.
        this.happenedAt = LocalDateTime.ofInstant(happenedAt, ZoneId.systemDefault());
        this.username = username;
        this.status = status;
        this.note = note.length() > 1000 ? note.substring(0, 1000) : note;
    }

    public LocalDateTime getHappenedAt() {
        return happenedAt;
    }

    public String getUsername() {
        return username;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }
}
