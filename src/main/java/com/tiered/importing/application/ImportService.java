package com.tiered.importing.application;

import com.tiered.evaluation.application.EvaluationService;
import com.tiered.importing.domain.DistrictFile;
import com.tiered.importing.domain.DistrictFiles;
import com.tiered.importing.domain.ImportHistory;
import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.ImportLimits;
import com.tiered.importing.domain.ImportOptions;
import com.tiered.importing.domain.ImportOutcome;
import com.tiered.importing.domain.ImportReport;
import com.tiered.importing.domain.ImportStarting;
import com.tiered.shared.domain.TooLarge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;

/**
 * Imports a district file and records it. The file is opened first — a CSV's header read, a OneRoster zip read and
 * checked within the import limits — so a file refused whole changes nothing: not the demo district, not the history.
 * The students whose data changed are re-evaluated against the live rules before the call returns, so a later
 * district evaluation is always the newer one; a withdrawn student is not among them.
 */
@ApplicationScoped
public class ImportService {
    private final ImportLimits limits = ImportLimits.fromEnvironment();

    @Inject
    private DistrictFiles files;

    @Inject
    private ImportHistory history;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private Event<ImportStarting> starting;

    /**
     * @throws com.tiered.importing.domain.FileRefused when the file cannot be taken at all
     * @throws TooLarge past an import limit (the upload, a zip entry, a CSV field or record); the message says it
     */
    public ImportReport importFile(ImportKind kind, InputStream content, String fileName, String user) {
        return importFile(kind, content, fileName, user, ImportOptions.NONE);
    }

    /**
     * @throws com.tiered.importing.domain.WithdrawalsUnconfirmed when a bulk OneRoster users file would withdraw more
     *     than a fifth of a school's students and {@code options} does not confirm it; nothing is stored
     */
    public ImportReport importFile(
            ImportKind kind, InputStream content, String fileName, String user, ImportOptions options) {
        try (DistrictFile file = files.open(kind, new UploadCap(content, limits.maxUploadBytes()), options)) {
            starting.fire(new ImportStarting(kind, user));
            long id = history.started(kind.urlName(), fileName == null ? kind.urlName() : fileName, user);
            ImportOutcome outcome = file.importRows();
            ImportReport report = outcome.report();
            history.finished(id, report);
            if (!outcome.changedStudents().isEmpty()) {
                evaluations.evaluateStudents(new ArrayList<>(outcome.changedStudents()), user);
            }
            return report;
        }
    }

    /** The limits every import is held to. */
    public ImportLimits limits() {
        return limits;
    }

    /** Refuses an upload whose declared length is already past the limit, before a byte of it is read. */
    public void checkLength(long declaredBytes) {
        if (declaredBytes > limits.maxUploadBytes()) {
            throw UploadCap.tooLarge(limits.maxUploadBytes());
        }
    }
}
