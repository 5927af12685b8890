package com.tiered.importing.domain;

import java.io.InputStream;

/** Takes district files into the database, row by row, in chunks. */
public interface DistrictFiles {

    /**
     * Opens a file of a kind: reads a CSV's header, or reads and checks a whole OneRoster zip, within the import
     * limits; nothing is stored yet.
     *
     * @throws FileRefused when the file cannot be taken at all
     * @throws com.tiered.shared.domain.TooLarge when it passes a limit
     * @throws WithdrawalsUnconfirmed when a bulk OneRoster users file would withdraw more than a fifth of a school's
     *     students and {@code options} does not confirm it
     */
    DistrictFile open(ImportKind kind, InputStream content, ImportOptions options);

    /** Opens a file with no option chosen. */
    default DistrictFile open(ImportKind kind, InputStream content) {
        return open(kind, content, ImportOptions.NONE);
    }

    /** Opens the file and takes its rows. @throws FileRefused when the file cannot be taken at all */
    default ImportOutcome importFile(ImportKind kind, InputStream content) {
        try (DistrictFile file = open(kind, content)) {
            return file.importRows();
        }
    }

    /** @throws FileRefused when the file cannot be taken at all */
    default ImportOutcome importCsv(ImportKind kind, InputStream csv) {
        return importFile(kind, csv);
    }

    /** @throws FileRefused when the bundle cannot be taken at all */
    default ImportOutcome importOneRoster(InputStream zip) {
        return importFile(ImportKind.ONEROSTER, zip);
    }

    /** @throws FileRefused when the bundle cannot be taken at all, or its withdrawals need a confirmation */
    default ImportOutcome importOneRoster(InputStream zip, ImportOptions options) {
        try (DistrictFile file = open(ImportKind.ONEROSTER, zip, options)) {
            return file.importRows();
        }
    }
}
