package com.tiered.assessment.web;

import com.tiered.assessment.application.ProgressEntryService;
import com.tiered.assessment.domain.GoalProposal;
import com.tiered.assessment.domain.ProgressRecords.NewPoint;
import com.tiered.shared.web.PageMessages;
import com.tiered.student.web.StudentOnPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The student page's progress entry and goal assistant; a save refreshes the page's decisions and chart. */
@Named
@ViewScoped
public class StudentProgressView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient ProgressEntryService service;

    @Inject
    private StudentOnPage page;

    private String studentId;
    private String domain;
    private String measure;
    private LocalDate on = LocalDate.now();
    private Double score;
    private String goalDomain;
    private String goalMeasure;
    private boolean byRate;
    private Double target;
    private LocalDate goalDate;
    private GoalProposal proposal;

    public boolean isMayEnter() {
        return service.mayEnter();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public void savePoint() {
        try {
            if (score == null) {
                throw new IllegalArgumentException("Type the score");
            }
            service.enter(List.of(new NewPoint(studentId, domain, measure, on, score)));
            page.reload();
            PageMessages.info("The point was saved and the decisions refreshed.");
            score = null;
        } catch (RuntimeException e) {
            PageMessages.error(e.getMessage());
        }
    }

    public void propose() {
        try {
            proposal = service.propose(studentId, goalDomain, goalMeasure, byRate, target, goalDate);
        } catch (RuntimeException e) {
            proposal = null;
            PageMessages.error(e.getMessage());
        }
    }

    public void saveGoal() {
        try {
            service.setGoal(studentId, goalDomain, goalMeasure, proposal);
            page.reload();
            proposal = null;
            PageMessages.info("The goal was set and the decisions refreshed.");
        } catch (RuntimeException e) {
            PageMessages.error(e.getMessage());
        }
    }

    public String getNeededGain() {
        return proposal == null ? "" : String.format(Locale.ROOT, "%.2f", proposal.neededWeeklyGain());
    }

    public String getStudentId() {
        return studentId;
    }

    public void setStudentId(String studentId) {
        this.studentId = studentId;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public Double getScore() {
        return score;
    }

    public void setScore(Double score) {
        this.score = score;
    }

    public String getGoalDomain() {
        return goalDomain;
    }

    public void setGoalDomain(String goalDomain) {
        this.goalDomain = goalDomain;
    }

    public String getGoalMeasure() {
        return goalMeasure;
    }

    public void setGoalMeasure(String goalMeasure) {
        this.goalMeasure = goalMeasure;
    }

    public boolean isByRate() {
        return byRate;
    }

    public void setByRate(boolean byRate) {
        this.byRate = byRate;
    }

    public Double getTarget() {
        return target;
    }

    public void setTarget(Double target) {
        this.target = target;
    }

    public LocalDate getGoalDate() {
        return goalDate;
    }

    public void setGoalDate(LocalDate goalDate) {
        this.goalDate = goalDate;
    }

    public GoalProposal getProposal() {
        return proposal;
    }
}
