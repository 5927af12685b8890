package com.tiered.importing.application;

import com.tiered.importing.domain.ImportHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** What the pages may read of the import history. */
@ApplicationScoped
public class ImportHistoryQuery {
    @Inject
    private ImportHistory history;

    public List<ImportHistory.Entry> recent() {
        return history.recent(50);
    }

    /** An import's rejected rows and warnings as CSV (line,column,kind,message). */
    public Optional<String> errorsCsv(long importId) {
        return history.errorsCsv(importId);
    }
}
