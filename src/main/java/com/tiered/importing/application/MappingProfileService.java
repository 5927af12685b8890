package com.tiered.importing.application;

import com.tiered.audit.application.AccessRecorder;
import com.tiered.audit.domain.AccessAction;
import com.tiered.identity.application.CurrentStaff;
import com.tiered.identity.domain.Role;
import com.tiered.importing.domain.FileRefused;
import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.MappedFiles;
import com.tiered.importing.domain.MappingProfile;
import com.tiered.importing.domain.MappingProfiles;
import com.tiered.importing.domain.PreviewRow;
import com.tiered.importing.domain.ProfileCheck;
import com.tiered.importing.domain.UnknownProfile;
import com.tiered.importing.domain.VendorSample;
import com.tiered.shared.domain.TooLarge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Mapping profiles for vendors' files: saved by coordinators and administrators (each save a new version, in the
 * access log), chosen by name for an import or recognised from a file's header, and previewed on a sample.
 */
@ApplicationScoped
public class MappingProfileService {
    /** The rows of a vendor's file the mapping page shows. */
    public static final int SAMPLE_ROWS = 20;

    @Inject
    private MappingProfiles profiles;

    @Inject
    private MappedFiles files;

    @Inject
    private CurrentStaff staff;

    @Inject
    private AccessRecorder access;

    /**
     * Saves the profile as the next version of its name.
     *
     * @throws com.tiered.importing.domain.ProfileRefused with every problem of the profile
     */
    public MappingProfile save(MappingProfile draft) {
        if (!maySave()) {
            throw new IllegalStateException("Saving a mapping profile needs the coordinator or administrator role");
        }
        ProfileCheck.require(draft);
        MappingProfile saved = profiles.save(draft, staff.username(), Instant.now());
        access.record(
                AccessAction.SAVED_IMPORT_PROFILE,
                null,
                "Saved the import mapping profile " + saved.label() + " ("
                        + saved.kind().urlName() + ")");
        return saved;
    }

    public boolean maySave() {
        return staff.is(Role.SPED_COORDINATOR) || staff.is(Role.ADMIN);
    }

    /** The newest version of every profile, by name. */
    public List<MappingProfile> newest() {
        return profiles.newestOfEach();
    }

    public Optional<MappingProfile> newest(String name) {
        return profiles.newest(name);
    }

    public Optional<MappingProfile> version(String name, int version) {
        return profiles.version(name, version);
    }

    /**
     * The profile an import of a kind goes through: the newest version of the one named, or — without a name — the
     * profile the file's header is recognised as; none when the file is in the contract's own format.
     *
     * @param start the file's first bytes, which hold its header
     * @throws UnknownProfile when no profile has the name
     * @throws FileRefused when the named profile maps another kind of file
     */
    public Optional<MappingProfile> forImport(ImportKind kind, String name, byte[] start) {
        if (name != null && !name.isBlank()) {
            MappingProfile named = profiles.newest(name.trim()).orElseThrow(() -> new UnknownProfile(name.trim()));
            if (named.kind() != kind) {
                throw new FileRefused("The mapping profile " + named.label() + " maps "
                        + named.kind().urlName() + " files, not " + kind.urlName() + " files");
            }
            return Optional.of(named);
        }
        return recognise(kind, start);
    }

    /** The kind of an uploaded file a profile tells: the one named, or the one its header is recognised as. */
    public Optional<ImportKind> kindOf(String name, byte[] start) {
        if (name != null && !name.isBlank()) {
            return profiles.newest(name.trim()).map(MappingProfile::kind);
        }
        return recognise(null, start).map(MappingProfile::kind);
    }

    /**
     * The newest profile (of the kind, when given) whose header is exactly the file's; when several are, the one
     * saved last.
     */
    public Optional<MappingProfile> recognise(ImportKind kind, byte[] start) {
        List<MappingProfile> candidates = profiles.newestOfEach().stream()
                .filter(p -> kind == null || p.kind() == kind)
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<String> header;
        try {
            header = files.sample(new ByteArrayInputStream(start), 0).header();
        } catch (FileRefused | TooLarge e) {
            return Optional.empty(); // not a CSV header: the import itself says what is wrong with the file
        }
        List<MappingProfile> fitting =
                candidates.stream().filter(p -> p.fitsHeader(header)).toList();
        if (fitting.size() < 2) {
            return fitting.stream().findFirst();
        }
        return profiles.savedLast(fitting.stream().map(MappingProfile::name).toList())
                .flatMap(name ->
                        fitting.stream().filter(p -> p.name().equals(name)).findFirst());
    }

    /**
     * The header and first rows of a vendor's file, to map on the page.
     *
     * @throws FileRefused when it is empty or not a CSV file
     * @throws TooLarge past an import limit
     */
    public VendorSample sample(InputStream content) {
        return files.sample(content, SAMPLE_ROWS);
    }

    /** The sample's rows as the profile would import them, each with the errors that would reject it. */
    public List<PreviewRow> preview(MappingProfile draft, VendorSample sample) {
        return files.preview(draft, sample);
    }
}
