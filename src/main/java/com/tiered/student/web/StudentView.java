package com.tiered.student.web;

import com.tiered.evaluation.application.StudentDecisionsQuery;
import com.tiered.evaluation.domain.EvaluationRepository.StudentEvaluation;
import com.tiered.student.application.NotInScope;
import com.tiered.student.application.StudentDirectory;
import com.tiered.student.application.StudentRecord;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/** The student page: what is stored about the student and what the rules decided, with why. */
@Named
@RequestScoped
public class StudentView {
    @Inject
    private StudentDirectory directory;
    @Inject
    private StudentDecisionsQuery decisions;
    @Inject
    private FacesContext faces;

    private String id;
    private StudentRecord record;
    private StudentEvaluation evaluation;
    private List<ProgressChart> charts = List.of();

    /** Called on the page's viewAction: loads the student or answers 404. */
    public void load() throws IOException {
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
        evaluation = decisions.latestFor(id).orElse(null);
        charts = ProgressChart.of(record);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

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
