package com.tiered.student.web;

import com.tiered.student.application.StudentDirectory;
import com.tiered.student.application.StudentRow;
import com.tiered.student.domain.StudentSort;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The student list: loaded a page at a time from the database, so it stays fast with 100k students. */
@Named
@ViewScoped
public class StudentListView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient StudentDirectory directory;

    private String search;
    private boolean caseloadOnly;
    private LazyDataModel<StudentRow> students;

    @PostConstruct
    void init() {
        students = new Students();
    }

    public LazyDataModel<StudentRow> getStudents() {
        return students;
    }

    public boolean isCaseloadOnly() {
        return caseloadOnly;
    }

    public void setCaseloadOnly(boolean caseloadOnly) {
        this.caseloadOnly = caseloadOnly;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    private final class Students extends LazyDataModel<StudentRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) directory.count(search, caseloadOnly);
        }

        @Override
        public List<StudentRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            StudentSort sort = StudentSort.NAME;
            boolean ascending = true;
            for (SortMeta meta : sortBy.values()) {
                sort = switch (meta.getField()) {
                    case "grade" -> StudentSort.GRADE;
                    case "school" -> StudentSort.SCHOOL;
                    case "sourcedId" -> StudentSort.SOURCED_ID;
                    default -> StudentSort.NAME;
                };
                ascending = meta.getOrder() != SortOrder.DESCENDING;
            }
            return directory.page(search, caseloadOnly, sort, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(StudentRow row) {
            return row.sourcedId();
        }
    }
}
