package com.tiered.audit.web;

import com.tiered.audit.domain.AccessAction;
import com.tiered.audit.domain.AccessEntry;
import com.tiered.audit.domain.AccessLog;
import com.tiered.audit.domain.AccessSearch;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Searching the access log by user, student, action and dates, newest first; the page is for administrators only. */
@Named
@ViewScoped
public class AccessLogView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    @Inject
    private transient AccessLog log;

    private String username;
    private String student;
    private AccessAction action;
    private LocalDate from;
    private LocalDate to;
    private LazyDataModel<AccessEntry> entries;

    @PostConstruct
    void init() {
        entries = new Entries();
    }

    private AccessSearch search() {
        return new AccessSearch(username, student, action, from, to);
    }

    public String when(AccessEntry entry) {
        return WHEN.format(entry.at());
    }

    public AccessAction[] getActions() {
        return AccessAction.values();
    }

    public LazyDataModel<AccessEntry> getEntries() {
        return entries;
    }

    private final class Entries extends LazyDataModel<AccessEntry> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) log.count(search());
        }

        @Override
        public List<AccessEntry> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return log.search(search(), first, pageSize);
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getStudent() {
        return student;
    }

    public void setStudent(String student) {
        this.student = student;
    }

    public AccessAction getAction() {
        return action;
    }

    public void setAction(AccessAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
