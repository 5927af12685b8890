package com.tiered.rulebook.web;

import com.tiered.evaluation.domain.RuleMessage;
import com.tiered.evaluation.domain.RuleSetRejected;
import com.tiered.rulebook.application.DraftTable;
import com.tiered.rulebook.application.PreviewReading;
import com.tiered.rulebook.application.RuleAuthoring;
import com.tiered.rulebook.application.SchoolChanges;
import com.tiered.rulebook.application.WhatIfPreview;
import com.tiered.rulebook.domain.DraftFileChanged;
import com.tiered.rulebook.domain.RuleDraft;
import com.tiered.shared.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The draft editor: a DRL file as text with line numbers, a decision table or scenario table as a grid of cells; save
 * (refused if another author saved the file since it was opened), check, preview who would change, go live.
 */
@Named
@ViewScoped
public class RuleDraftView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient RuleAuthoring authoring;

    @Inject
    private transient WhatIfPreview previews;

    private RuleDraft draft;
    private String path;
    private int revision;
    private String text;
    private DraftTable table;
    private String technicalText = "";
    private List<Row> rows = new ArrayList<>();
    private List<RuleMessage> messages;
    private Long previewId;
    private transient PreviewReading reading;
    private List<SchoolChanges> schoolCounts = List.of();
    private transient Object readFor;
    private LocalDate asOf = LocalDate.now();
    private String comment;

    /** One editable row of a table. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final List<Cell> cells = new ArrayList<>();

        Row(List<String> values) {
            values.forEach(v -> cells.add(new Cell(v)));
        }

        public List<Cell> getCells() {
            return cells;
        }

        List<String> values() {
            return cells.stream().map(Cell::getValue).toList();
        }
    }

    /** One cell; its value is bound to an input. */
    public static final class Cell implements Serializable {
        private static final long serialVersionUID = 1L;
        private String value;

        Cell(String value) {
            this.value = value;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value == null ? "" : value;
        }
    }

    @PostConstruct
    void init() {
        draft = authoring.openDraft();
    }

    public void open(String file) {
        draft = authoring.openDraft();
        RuleDraft.DraftFile f = draft.file(file).orElseThrow();
        path = f.path();
        revision = f.revision();
        if (isTable()) {
            table = DraftTable.parse(f.content());
            technicalText = table.technicalText();
            rows = new ArrayList<>(table.rows().stream().map(Row::new).toList());
        } else {
            text = f.content();
        }
    }

    public boolean isTable() {
        return path != null && path.endsWith(".csv");
    }

    public void addRow() {
        rows.add(new Row(table.emptyRow()));
    }

    public void save() {
        String content;
        if (isTable()) {
            content = table.write(rows.stream().map(Row::values).toList());
        } else {
            content = text;
        }
        try {
            revision = authoring.save(path, content, revision).revision();
            draft = authoring.openDraft();
            messages = null;
            PageMessages.info(path + " saved in the draft (revision " + revision + ").");
        } catch (DraftFileChanged | IllegalArgumentException e) {
            PageMessages.error(e.getMessage());
        }
    }

    public org.primefaces.model.StreamedContent getWorkbook() {
        String file = path;
        byte[] xlsx = authoring.workbook(file);
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name(file.replaceAll(".*/", "").replaceAll("\\.csv$", "") + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new java.io.ByteArrayInputStream(xlsx))
                .build();
    }

    /** An uploaded workbook replaces the table, if nobody saved the file since it was opened here. */
    public void upload(org.primefaces.event.FileUploadEvent event) {
        try (java.io.InputStream in = event.getFile().getInputStream()) {
            revision = authoring.importWorkbook(path, in, revision).revision();
            String current = path;
            open(current);
            PageMessages.info(event.getFile().getFileName() + " replaced " + current + " in the draft (revision "
                    + revision + ").");
        } catch (DraftFileChanged | IllegalArgumentException e) {
            PageMessages.error(e.getMessage());
        } catch (IOException e) {
            PageMessages.error("The upload could not be read: " + e.getMessage());
        }
    }

    public void check() {
        messages = authoring.check().messages();
        if (messages.isEmpty()) {
            PageMessages.info("The draft compiles, is safe and passes every scenario.");
        } else {
            PageMessages.error("The draft is refused: " + messages.size() + " problem(s) below. The live rules keep"
                    + " serving.");
        }
    }

    public void preview() {
        try {
            if (previewId != null) {
                previews.forget(previewId);
            }
            previewId = authoring.preview(asOf == null ? LocalDate.now() : asOf).id();
        } catch (RuleSetRejected e) {
            messages = e.messages();
            PageMessages.error("Fix the draft before previewing it: " + messages.size() + " problem(s) below.");
        }
    }

    public void cancelPreview() {
        if (previewId != null) {
            previews.cancel(previewId);
        }
    }

    /**
     * The preview as this author may read it (their schools by name, the rest as counts), read once per request with
     * its counts per school.
     */
    public PreviewReading getPreview() {
        if (previewId == null) {
            return null;
        }
        Object request = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (reading == null || readFor != request) {
            try {
                reading = authoring.previewReading(previewId);
            } catch (IllegalArgumentException gone) {
                reading = null;
            }
            schoolCounts = SchoolChanges.of(reading);
            readFor = request;
        }
        return reading;
    }

    public boolean isPreviewRunning() {
        PreviewReading preview = getPreview();
        return preview != null && !preview.finished();
    }

    /** Per school the author sees: tier up, tier down, students with any change. */
    public List<SchoolChanges> getSchoolCounts() {
        return getPreview() == null ? List.of() : schoolCounts;
    }

    public String publish() {
        try {
            authoring.publish(comment);
            PageMessages.keepOverRedirect();
            PageMessages.info("The draft is live. The district is being evaluated with it.");
            return "/rules?faces-redirect=true";
        } catch (RuleSetRejected e) {
            messages = e.messages();
            PageMessages.error("The draft is refused; the live rules keep serving.");
        } catch (IllegalArgumentException e) {
            PageMessages.error(e.getMessage());
        }
        return null;
    }

    public String discard() throws IOException {
        authoring.discard();
        return "/rules?faces-redirect=true";
    }

    public RuleDraft getDraft() {
        return draft;
    }

    public String getPath() {
        return path;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<String> getLabels() {
        return table == null ? List.of() : table.labels();
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The rows above the labels (rule set, imports, notes, what each column gives) as the file has them. */
    public String getTechnicalText() {
        return technicalText;
    }

    public List<RuleMessage> getMessages() {
        return messages;
    }

    /** The date the preview reads the data as of (today unless the author picks another). */
    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
