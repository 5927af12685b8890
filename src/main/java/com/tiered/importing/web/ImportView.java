package com.tiered.importing.web;

import com.tiered.identity.application.CurrentStaff;
import com.tiered.importing.application.ImportHistoryQuery;
import com.tiered.importing.application.ImportService;
import com.tiered.importing.application.ImportedFile;
import com.tiered.importing.application.MappingProfileService;
import com.tiered.importing.domain.FileRefused;
import com.tiered.importing.domain.ImportHistory;
import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.ImportOptions;
import com.tiered.importing.domain.ImportReport;
import com.tiered.importing.domain.MappingProfile;
import com.tiered.shared.domain.TooLarge;
import com.tiered.shared.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/** The import page: upload a district file, read its report, see the history. */
@Named
@ViewScoped
public class ImportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient ImportService imports;

    @Inject
    private transient ImportHistoryQuery history;

    @Inject
    private transient CurrentStaff staff;

    @Inject
    private transient MappingProfileService profiles;

    private String kind = "";
    private boolean confirmWithdrawals;

    /** The mapping profile chosen for a vendor's file; empty: the one its header fits, if any. */
    private String profile = "";

    private String fileName;
    private ImportReport report;

    /** Reads the upload from where the container keeps it, as a stream: never whole in memory. */
    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        report = null;
        try {
            imports.checkLength(file.getSize());
            byte[] start;
            try (InputStream in = file.getInputStream()) {
                start = in.readNBytes(4096);
            }
            ImportKind chosen = kind.isEmpty()
                    ? profiles.kindOf(profile, start)
                            .or(() -> ImportedFile.detect(fileName, start))
                            .orElse(null)
                    : ImportKind.ofUrlName(kind);
            if (chosen == null) {
                PageMessages.error(fileName + ": Tiered cannot tell what kind of file this is from its"
                        + " header; choose the kind and upload it again.");
                return;
            }
            try (InputStream in = file.getInputStream()) {
                report = imports.importFile(
                        chosen, in, fileName, staff.username(), new ImportOptions(confirmWithdrawals, profile));
            }
            String counts = fileName + " (" + chosen.urlName() + "): " + report.rowsImported() + " imported, "
                    + report.rowsUnchanged() + " unchanged, " + report.rowsRejected() + " rejected"
                    + (chosen == ImportKind.ONEROSTER
                            ? "; " + report.studentsWithdrawn() + " students withdrawn, " + report.studentsReactivated()
                                    + " reactivated."
                            : ".");
            if (report.rowsRejected() > 0) {
                PageMessages.warn(counts);
            } else {
                PageMessages.info(counts);
            }
        } catch (FileRefused | TooLarge e) {
            report = null;
            PageMessages.error(fileName + " was refused: " + e.getMessage());
        }
    }

    /** The largest upload the page takes, for the upload widget to refuse a larger file before sending it. */
    public long getMaxBytes() {
        return imports.limits().maxUploadBytes();
    }

    /** The error report of one import of the history, downloaded through the page (the API takes no cookie). */
    public StreamedContent errorsOf(long importId) {
        byte[] csv = history.errorsCsv(importId).orElse("").getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("import-" + importId + "-errors.csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length)
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    public List<ImportKind> getKinds() {
        return List.of(ImportKind.values());
    }

    public List<ImportHistory.Entry> getHistory() {
        return history.recent();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null ? "" : kind;
    }

    /** The page's "Confirm withdrawals" box: a bulk users file may withdraw more than a fifth of a school. */
    public boolean isConfirmWithdrawals() {
        return confirmWithdrawals;
    }

    public void setConfirmWithdrawals(boolean confirmWithdrawals) {
        this.confirmWithdrawals = confirmWithdrawals;
    }

    /** The names of the saved mapping profiles. */
    public List<String> getProfiles() {
        return profiles.newest().stream().map(MappingProfile::name).toList();
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile == null ? "" : profile;
    }

    public String getFileName() {
        return fileName;
    }

    /** What became of the changed students' decisions, in a sentence, or null when the import changed none. */
    public String getEvaluationNote() {
        if (report == null) {
            return null;
        }
        return report.reevaluation()
                .map(run -> run.inBackground()
                        ? " " + run.students() + " students whose data changed are being re-evaluated in the"
                                + " background (evaluation " + run.runId() + "); their pages show the new decisions"
                                + " as each is done."
                        : " " + run.students() + (run.students() == 1 ? " student" : " students")
                                + " whose data changed " + (run.students() == 1 ? "was" : "were") + " re-evaluated"
                                + " (evaluation " + run.runId() + ").")
                .orElse(null);
    }

    public ImportReport getReport() {
        return report;
    }
}
