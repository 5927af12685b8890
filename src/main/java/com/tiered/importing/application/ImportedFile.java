package com.tiered.importing.application;

import com.tiered.importing.domain.ImportKind;
import java.util.Locale;
import java.util.Optional;

/** Tells the kind of an uploaded file from its name and header, for people who just drop a file on the page. */
public final class ImportedFile {
    private ImportedFile() {}

    public static Optional<ImportKind> detect(String fileName, byte[] start) {
        if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".zip")
                || start.length > 1 && start[0] == 'P' && start[1] == 'K') {
            return Optional.of(ImportKind.ONEROSTER);
        }
        String text = new String(start, java.nio.charset.StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String header = (end < 0 ? text : text.substring(0, end)).toLowerCase(Locale.ROOT);
        if (header.contains("consent_date")) {
            return Optional.of(ImportKind.REFERRALS);
        }
        if (header.contains("annual_review_date")) {
            return Optional.of(ImportKind.SPECIAL_EDUCATION);
        }
        if (header.contains("baseline_score")) {
            return Optional.of(ImportKind.GOALS);
        }
        if (header.contains("window")) {
            return Optional.of(ImportKind.SCREENING);
        }
        if (header.contains("administered_on")) {
            return Optional.of(ImportKind.PROGRESS);
        }
        if (header.contains("given_name")) {
            return Optional.of(ImportKind.STUDENTS);
        }
        return Optional.empty();
    }
}
