package com.tiered.importing.application;

import com.tiered.evaluation.application.EvaluationService;
import com.tiered.evaluation.domain.EvaluationRun;
import com.tiered.importing.domain.DistrictFile;
import com.tiered.importing.domain.DistrictFiles;
import com.tiered.importing.domain.FileRefused;
import com.tiered.importing.domain.ImportHistory;
import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.ImportLimits;
import com.tiered.importing.domain.ImportOptions;
import com.tiered.importing.domain.ImportOutcome;
import com.tiered.importing.domain.ImportReport;
import com.tiered.importing.domain.ImportStarting;
import com.tiered.importing.domain.MappedFiles;
import com.tiered.importing.domain.MappingProfile;
import com.tiered.shared.domain.TooLarge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports a district file and records it. The file is opened first — a CSV's header read, a OneRoster zip read and
 * checked within the import limits — so a file refused whole changes nothing: not the demo district, not the history.
 * The students whose data changed are re-evaluated against the live rules — a few before the call returns, many in a
 * background run the report names; a withdrawn student is not among them.
 */
@ApplicationScoped
public class ImportService {
    /** How much of a file's start is read to recognise its header: a vendor's header is a few KiB at most. */
    private static final int HEADER_BYTES = 64 * 1024;

    private final ImportLimits limits = ImportLimits.fromEnvironment();
    /** By default 5,000, about half a second of deciding on two cores: a correction's wait, not a district file's. */
    private final long inlineEvaluationMax = ImportLimits.fromEnvironment(ImportLimits.Setting.INLINE_EVALUATION);

    @Inject
    private DistrictFiles files;

    @Inject
    private MappedFiles mapped;

    @Inject
    private MappingProfileService profiles;

    @Inject
    private ImportHistory history;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private Event<ImportStarting> starting;

    /**
     * Imports a file in the contract's format, or a vendor's file whose header a mapping profile is recognised by.
     *
     * @throws com.tiered.importing.domain.FileRefused when the file cannot be taken at all
     * @throws TooLarge past an import limit (the upload, a zip entry, a CSV field or record); the message says it
     */
    public ImportReport importFile(ImportKind kind, InputStream content, String fileName, String user) {
        return importFile(kind, content, fileName, user, ImportOptions.NONE);
    }

    /**
     * Imports a file, a vendor's CSV through the mapping profile {@code options} names or — with no name — the
     * profile the file's header is recognised by, if any. The import history names the profile and its version.
     *
     * @throws com.tiered.importing.domain.WithdrawalsUnconfirmed when a bulk OneRoster users file would withdraw more
     *     than a fifth of a school's students and {@code options} does not confirm it; nothing is stored
     * @throws com.tiered.importing.domain.UnknownProfile when no profile has the name
     * @throws com.tiered.importing.domain.FileRefused when the file cannot be taken at all
     * @throws TooLarge past an import limit; the message says it
     */
    public ImportReport importFile(
            ImportKind kind, InputStream content, String fileName, String user, ImportOptions options) {
        InputStream upload = new UploadCap(content, limits.maxUploadBytes());
        String profileName = options.profile();
        Optional<MappingProfile> profile = Optional.empty();
        boolean small = false;
        if (kind != ImportKind.ONEROSTER) {
            byte[] start = start(upload);
            small = start.length < HEADER_BYTES && lines(start) <= ImportLimits.ROWS_PER_COMMIT;
            profile = profiles.forImport(kind, profileName, start);
            upload = new SequenceInputStream(new ByteArrayInputStream(start), upload);
        } else if (profileName != null && !profileName.isBlank()) {
            throw new FileRefused("A OneRoster bundle is imported as it is, without a mapping profile");
        }
        try (DistrictFile file =
                profile.isPresent() ? mapped.open(profile.get(), upload) : files.open(kind, upload, options)) {
            starting.fire(new ImportStarting(kind, user));
            String name = fileName == null ? kind.urlName() : fileName;
            String label =
                    profile.map(p -> name + " (mapped by " + p.label() + ")").orElse(name);
            Instant startedAt = Instant.now();
            // A file read whole with its header, of one chunk of rows at most (a teacher's points, a correction), is
            // done in milliseconds with one commit of its rows: it is recorded once, when it ends, which spares it a
            // commit — a wait for the disk on MySQL. A larger file is in the history while it runs, and stays there
            // unfinished if the server stops; a small one that fails is left there unfinished too.
            Long id = small ? null : history.started(kind.urlName(), label, user);
            ImportOutcome outcome;
            try {
                outcome = file.importRows();
            } catch (RuntimeException e) {
                if (id == null) {
                    history.started(kind.urlName(), label, user);
                }
                throw e;
            }
            ImportReport report = outcome.report();
            profile.ifPresent(p -> report.mappedBy(p.name(), p.version()));
            if (id == null) {
                history.record(kind.urlName(), label, user, startedAt, report);
            } else {
                history.finished(id, report);
            }
            reevaluate(new ArrayList<>(outcome.changedStudents()), user, report);
            return report;
        }
    }

    /**
     * A few changed students (a teacher's progress points, a correction) are decided before the report, so the answer
     * already shows their new status; a district's file is decided in the background, where a run of that size
     * belongs, and the report names the run to follow.
     */
    private void reevaluate(List<String> students, String user, ImportReport report) {
        if (students.isEmpty()) {
            return;
        }
        if (students.size() <= inlineEvaluationMax) {
            EvaluationRun run = evaluations.evaluateStudents(students, user);
            report.reevaluated(new ImportReport.Reevaluation(run.id(), run.students(), false));
        } else {
            long runId = evaluations.startStudents(students, user);
            report.reevaluated(new ImportReport.Reevaluation(runId, students.size(), true));
        }
    }

    /** Line breaks in the bytes: at least as many as the CSV records they hold (a quoted field may hold one). */
    private static int lines(byte[] bytes) {
        int lines = 0;
        for (byte b : bytes) {
            if (b == '\n' || b == '\r') {
                lines++;
            }
        }
        return lines;
    }

    /** The first bytes of an upload, which hold a CSV's header, to recognise a vendor's file by. */
    private static byte[] start(InputStream upload) {
        try {
            return upload.readNBytes(HEADER_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
