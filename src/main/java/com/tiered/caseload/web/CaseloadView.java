package com.tiered.caseload.web;

import com.tiered.caseload.application.CaseloadService;
import com.tiered.caseload.application.CaseloadService.Wanted;
import com.tiered.caseload.domain.CaseloadBoard.Choice;
import com.tiered.caseload.domain.CaseloadEntry;
import com.tiered.caseload.domain.CaseloadSort;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/**
 * The caseload table: a page of students at a time with their tiers and flags, students who need attention first.
 * The filters arrive as view parameters too, so every number on the school page links to the students behind it.
 */
@Named
@ViewScoped
public class CaseloadView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient CaseloadService service;

    @Inject
    private transient CaseloadCsv csv;

    private Long schoolId;
    private String grade;
    private String domain;
    private Integer tier;
    private String flag;
    private String name;
    private boolean caseloadOnly;
    private boolean attentionOnly;
    private boolean unmonitored;
    private boolean reviewOverdue;
    private LazyDataModel<CaseloadEntry> students;
    private CaseloadSort sort = CaseloadSort.NEEDS_ATTENTION;
    private boolean ascending = true;

    @PostConstruct
    void init() {
        students = new Students();
    }

    Wanted wanted() {
        return new Wanted(
                schoolId, grade, domain, tier, flag, name, caseloadOnly, attentionOnly, unmonitored, reviewOverdue);
    }

    public StreamedContent getExport() {
        Wanted wanted = wanted();
        CaseloadSort order = sort;
        return DefaultStreamedContent.builder()
                .name("caseload.csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(out -> csv.write(out, sink -> service.export(wanted, order, sink)))
                .build();
    }

    public List<Choice> getSchools() {
        return service.schools();
    }

    public List<String> getGrades() {
        return service.grades();
    }

    public List<String> getDomains() {
        return service.domains();
    }

    public List<String> getFlagCodes() {
        return service.flagCodes();
    }

    public LazyDataModel<CaseloadEntry> getStudents() {
        return students;
    }

    private final class Students extends LazyDataModel<CaseloadEntry> {
        private static final long serialVersionUID = 1L;

        private Wanted counted;
        private int count;

        /** Counted again only when the filters change, not on every page turn. */
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            Wanted now = wanted();
            if (!now.equals(counted)) {
                count = (int) service.count(now);
                counted = now;
            }
            return count;
        }

        @Override
        public List<CaseloadEntry> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            sort = CaseloadSort.NEEDS_ATTENTION;
            ascending = true;
            for (SortMeta meta : sortBy.values()) {
                sort = switch (meta.getField()) {
                    case "name" -> CaseloadSort.NAME;
                    case "grade" -> CaseloadSort.GRADE;
                    case "school" -> CaseloadSort.SCHOOL;
                    default -> CaseloadSort.NEEDS_ATTENTION;
                };
                ascending = meta.getOrder() != SortOrder.DESCENDING;
            }
            return service.page(wanted(), sort, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(CaseloadEntry row) {
            return row.sourcedId();
        }
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public Integer getTier() {
        return tier;
    }

    public void setTier(Integer tier) {
        this.tier = tier;
    }

    public String getFlag() {
        return flag;
    }

    public void setFlag(String flag) {
        this.flag = flag;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isCaseloadOnly() {
        return caseloadOnly;
    }

    public void setCaseloadOnly(boolean caseloadOnly) {
        this.caseloadOnly = caseloadOnly;
    }

    public boolean isAttentionOnly() {
        return attentionOnly;
    }

    public void setAttentionOnly(boolean attentionOnly) {
        this.attentionOnly = attentionOnly;
    }

    public boolean isUnmonitored() {
        return unmonitored;
    }

    public void setUnmonitored(boolean unmonitored) {
        this.unmonitored = unmonitored;
    }

    public boolean isReviewOverdue() {
        return reviewOverdue;
    }

    public void setReviewOverdue(boolean reviewOverdue) {
        this.reviewOverdue = reviewOverdue;
    }
}
