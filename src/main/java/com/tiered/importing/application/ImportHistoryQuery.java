package com.tiered.importing.application;

import com.tiered.importing.domain.ImportHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** What the pages may read of the import history. */
@ApplicationScoped
public class ImportHistoryQuery {
    @Inject
    private ImportHistory history;

    public List<ImportHistory.Entry> recent() {
        return history.recent(50);
    }
}
