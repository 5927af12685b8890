package com.tiered.overview.web;

import com.tiered.audit.application.AccessRecorder;
import com.tiered.audit.domain.AccessAction;
import com.tiered.evaluation.application.StudentDecisionsQuery;
import com.tiered.evaluation.domain.EvaluationRepository.StudentEvaluation;
import com.tiered.intervention.application.InterventionPlanService;
import com.tiered.intervention.application.PlanSummary;
import com.tiered.student.application.NotInScope;
import com.tiered.student.application.StudentDirectory;
import com.tiered.student.application.StudentRecord;
import com.tiered.student.web.StudentOnPage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The student page: what is stored about the student and what the rules decided, with why. */
@Named
@ViewScoped
public class StudentView implements StudentOnPage, Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient StudentDirectory directory;

    @Inject
    private transient StudentDecisionsQuery decisions;

    @Inject
    private transient AccessRecorder access;

    @Inject
    private transient InterventionPlanService plans;

    private String id;
    private StudentRecord record;
    private StudentEvaluation evaluation;
    private List<ProgressChart> charts = List.of();
    private List<PlanSummary> interventionPlans = List.of();

    /** Called on the page's viewAction: loads the student or answers 404. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            record = id == null ? null : directory.record(id).orElse(null);
        } catch (NotInScope e) {
            faces.getExternalContext().responseSendError(403, e.getMessage());
            faces.responseComplete();
            return;
        }
        if (record == null) {
            faces.getExternalContext().responseSendError(404, "No student " + id);
            faces.responseComplete();
            return;
        }
        access.record(AccessAction.VIEWED_STUDENT, id, "Student page");
        readDecisionsAndPlans();
    }

    /** Reads the student again after a change made on the page (points, goal, plan), decisions included. */
    @Override
    public void reload() {
        record = directory.record(id).orElse(record);
        readDecisionsAndPlans();
    }

    private void readDecisionsAndPlans() {
        evaluation = decisions.latestFor(id).orElse(null);
        interventionPlans = plans.plansOf(id);
        charts = ProgressChart.of(record, markers());
    }

    /** Where an intervention plan began or ended, for the charts. */
    private List<ProgressChart.Marker> markers() {
        List<ProgressChart.Marker> markers = new ArrayList<>();
        for (PlanSummary p : interventionPlans) {
            if (p.startedOn() != null) {
                markers.add(new ProgressChart.Marker(
                        p.terms().domain(),
                        p.startedOn(),
                        "Started " + p.terms().intervention()));
            }
            if (p.endedOn() != null && p.startedOn() != null) {
                markers.add(new ProgressChart.Marker(
                        p.terms().domain(), p.endedOn(), "Ended " + p.terms().intervention()));
            }
        }
        return markers;
    }

    /** The domains the student has any data or decision in, for the forms' choices. */
    public List<String> getDomains() {
        java.util.TreeSet<String> domains = new java.util.TreeSet<>();
        if (record != null) {
            record.screenings().forEach(x -> domains.add(x.domain()));
            record.progress().forEach(x -> domains.add(x.domain()));
            record.goals().forEach(x -> domains.add(x.domain()));
        }
        if (evaluation != null) {
            evaluation.decisions().domains().forEach(d -> domains.add(d.domain()));
        }
        return List.copyOf(domains);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    @Override
    public StudentRecord getRecord() {
        return record;
    }

    public List<ProgressChart> getCharts() {
        return charts;
    }

    public StudentEvaluation getEvaluation() {
        return evaluation;
    }
}
