package com.tiered.assessment.web;

import com.tiered.assessment.application.ProgressEntryService;
import com.tiered.assessment.domain.ProgressRecords.NewPoint;
import com.tiered.caseload.application.CaseloadService;
import com.tiered.caseload.application.CaseloadService.Wanted;
import com.tiered.caseload.domain.CaseloadBoard.Choice;
import com.tiered.caseload.domain.CaseloadEntry;
import com.tiered.caseload.domain.CaseloadSort;
import com.tiered.shared.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The weekly routine in one grid: pick the group (a specialist's caseload, or a school's students at a tier in the
 * domain), the measure and the date, type the scores, save once. Blank rows are skipped; the saved students' decisions
 * are refreshed at once.
 */
@Named
@ViewScoped
public class ProgressGridView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A group larger than this is narrowed by school or tier first; nobody types 200 scores in one sitting. */
    static final int MAX_ROWS = 200;

    @Inject
    private transient ProgressEntryService service;

    @Inject
    private transient CaseloadService caseloads;

    private String domain;
    private String measure;
    private LocalDate on = LocalDate.now();
    private Long schoolId;
    private Integer tier;
    private boolean caseloadOnly = true;
    private List<Row> rows = List.of();

    /** One student of the group and the score typed for them. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final CaseloadEntry student;
        private Double score;

        Row(CaseloadEntry student) {
            this.student = student;
        }

        public CaseloadEntry getStudent() {
            return student;
        }

        public Double getScore() {
            return score;
        }

        public void setScore(Double score) {
            this.score = score;
        }
    }

    public void showGroup() {
        List<Row> group = new ArrayList<>();
        Wanted wanted = new Wanted(schoolId, null, domain, tier, null, null, caseloadOnly, false, false, false);
        for (CaseloadEntry e : caseloads.page(wanted, CaseloadSort.NAME, true, 0, MAX_ROWS)) {
            group.add(new Row(e));
        }
        rows = group;
        if (rows.isEmpty()) {
            PageMessages.warn("No student is in this group.");
        }
    }

    public void save() {
        List<NewPoint> points = new ArrayList<>();
        for (Row row : rows) {
            if (row.score != null) {
                points.add(new NewPoint(row.student.sourcedId(), domain, measure, on, row.score));
            }
        }
        if (points.isEmpty()) {
            PageMessages.warn("Type at least one score.");
            return;
        }
        try {
            int students = service.enter(points);
            PageMessages.info(
                    count(points.size(), "point") + " saved; " + count(students, "student") + " re-evaluated.");
            showGroup();
        } catch (RuntimeException e) {
            PageMessages.error("Nothing was saved: " + e.getMessage());
        }
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    public List<String> getDomains() {
        return caseloads.domains();
    }

    public List<Choice> getSchools() {
        return caseloads.schools();
    }

    public List<Row> getRows() {
        return rows;
    }

    public LocalDate getToday() {
        return LocalDate.now();
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

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public Integer getTier() {
        return tier;
    }

    public void setTier(Integer tier) {
        this.tier = tier;
    }

    public boolean isCaseloadOnly() {
        return caseloadOnly;
    }

    public void setCaseloadOnly(boolean caseloadOnly) {
        this.caseloadOnly = caseloadOnly;
    }
}
