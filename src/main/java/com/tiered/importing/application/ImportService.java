package com.tiered.importing.application;

import com.tiered.evaluation.application.EvaluationService;
import com.tiered.importing.domain.DistrictFiles;
import com.tiered.importing.domain.ImportHistory;
import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.ImportOutcome;
import com.tiered.importing.domain.ImportReport;
import com.tiered.importing.domain.ImportStarting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;

/**
 * Imports a district file and records it. The students whose data changed are re-evaluated against the live rules
 * before the call returns, so a later district evaluation is always the newer one.
 */
@ApplicationScoped
public class ImportService {
    @Inject
    private DistrictFiles files;

    @Inject
    private ImportHistory history;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private Event<ImportStarting> starting;

    public ImportReport importFile(ImportKind kind, InputStream content, String fileName, String user) {
        starting.fire(new ImportStarting(kind, user));
        long id = history.started(kind.urlName(), fileName == null ? kind.urlName() : fileName, user);
        ImportOutcome outcome =
                kind == ImportKind.ONEROSTER ? files.importOneRoster(content) : files.importCsv(kind, content);
        ImportReport report = outcome.report();
        history.finished(id, report);
        if (!outcome.changedStudents().isEmpty()) {
            evaluations.evaluateStudents(new ArrayList<>(outcome.changedStudents()), user);
        }
        return report;
    }
}
