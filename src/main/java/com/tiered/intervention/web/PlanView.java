package com.tiered.intervention.web;

import com.tiered.intervention.application.InterventionPlanService;
import com.tiered.intervention.application.PlanSummary;
import com.tiered.intervention.domain.CloseReason;
import com.tiered.shared.web.PageMessages;
import com.tiered.student.application.StudentRecord;
import com.tiered.student.web.StudentOnPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The plans block of the student page: accept a recommended plan, write or revise a draft, start it, close it with a
 * reason. Each change goes through the service, which checks scope, role and the version the user saw.
 */
@Named
@ViewScoped
public class PlanView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient InterventionPlanService service;

    @Inject
    private StudentOnPage page;

    private String studentId;
    private PlanForm form;
    private Long editing;
    private int editingVersion;
    private CloseReason closeReason;
    private String closeNote;

    private List<PlanSummary> plans;

    /** The student's intervention plans, active first; read once per view and again after a change. */
    public List<PlanSummary> getPlans() {
        if (plans == null) {
            plans = service.plansOf(studentId);
        }
        return plans;
    }

    public boolean isMayChange() {
        return service.mayChange();
    }

    public void accept(String domain) {
        act(
                () -> service.accept(studentId, domain),
                "A draft " + domain + " plan was made from the recommendation." + " Check it, then start it.");
    }

    /** Opens the form for a new plan in the domain, with the student's IEP/504 accommodations filled in. */
    public void startWriting(String domain) {
        editing = null;
        form = new PlanForm();
        form.setDomain(domain);
        StudentRecord record = page.getRecord();
        List<String> accommodations = new ArrayList<>();
        boolean iep = false;
        for (StudentRecord.PlanLine p : record.plans()) {
            boolean covers = "IEP".equals(p.kind())
                    && List.of(p.domains().split(",\\s*")).contains(domain);
            if (covers || "504".equals(p.kind())) {
                for (String a : p.accommodations().split(";\\s*")) {
                    if (!a.isBlank() && !accommodations.contains(a.trim())) {
                        accommodations.add(a.trim());
                    }
                }
            }
            iep |= covers;
        }
        form.setAccommodationList(accommodations);
        form.setIepCoordinated(iep);
        record.goals().stream()
                .filter(g -> g.domain().equals(domain))
                .findFirst()
                .ifPresent(g -> {
                    form.setProgressMeasure(g.measure());
                    form.setGoalScore(g.goalScore());
                    form.setGoalDate(g.goalDate());
                });
    }

    public void edit(PlanSummary plan) {
        editing = plan.id();
        editingVersion = plan.version();
        form = PlanForm.of(plan.terms());
    }

    public void save() {
        if (editing == null) {
            act(() -> service.write(studentId, form.terms()), "The plan was saved as a draft.");
        } else {
            long id = editing;
            act(() -> service.revise(id, editingVersion, form.terms()), "The draft was revised.");
        }
    }

    public void cancel() {
        form = null;
        editing = null;
    }

    public void activate(PlanSummary plan) {
        act(() -> service.activate(plan.id(), plan.version(), LocalDate.now()), "The plan is active from today.");
    }

    public void close(PlanSummary plan) {
        if (closeReason == null) {
            PageMessages.error("Choose why the plan ends.");
            return;
        }
        act(() -> service.close(plan.id(), plan.version(), closeReason, closeNote), "The plan was closed.");
        closeReason = null;
        closeNote = null;
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            plans = null;
            page.reload(); // the chart marks where a plan started or ended
            form = null;
            editing = null;
            PageMessages.info(done);
        } catch (RuntimeException e) {
            PageMessages.error(reason(e));
        }
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null
                && (t.getMessage() == null
                        || t instanceof jakarta.transaction.TransactionalException
                        || t.getClass().getName().startsWith("jakarta.ejb"))) {
            t = t.getCause();
        }
        if (t instanceof jakarta.persistence.OptimisticLockException) {
            return "Somebody changed this plan at the same moment. Reload the page to see their change.";
        }
        return t.getMessage();
    }

    public CloseReason[] getCloseReasons() {
        return CloseReason.values();
    }

    public String getStudentId() {
        return studentId;
    }

    public void setStudentId(String studentId) {
        this.studentId = studentId;
    }

    public PlanForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public CloseReason getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(CloseReason closeReason) {
        this.closeReason = closeReason;
    }

    public String getCloseNote() {
        return closeNote;
    }

    public void setCloseNote(String closeNote) {
        this.closeNote = closeNote;
    }
}
