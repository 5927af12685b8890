package com.tiered.importing.domain;

import java.io.InputStream;

/** Takes district files into the database, row by row, in chunks. */
public interface DistrictFiles {

    /** @throws FileRefused when the file cannot be taken at all */
    ImportOutcome importCsv(ImportKind kind, InputStream csv);

    /** @throws FileRefused when the bundle cannot be taken at all */
    ImportOutcome importOneRoster(InputStream zip);
}
