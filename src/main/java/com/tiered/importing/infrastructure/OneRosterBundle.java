package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.FileRefused;
import com.tiered.importing.domain.ImportLimits;
import com.tiered.shared.domain.TooLarge;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The files of a OneRoster zip that the import reads (manifest.csv, orgs.csv, users.csv, roles.csv, in any folder),
 * copied to temporary files as the zip streams in within the import limits ({@link BoundedZip}), and their fields and
 * records checked against the CSV limits — all before anything is stored, so a bundle past a limit changes nothing.
 * The other entries are inflated only to be skipped. Closing it deletes the copies.
 */
final class OneRosterBundle implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(OneRosterBundle.class.getName());
    private static final String WHAT = "the OneRoster zip";
    private static final Set<String> READ = Set.of("manifest.csv", "orgs.csv", "users.csv", "roles.csv");

    private final Map<String, Path> files = new HashMap<>();

    private OneRosterBundle() {}

    /**
     * @throws TooLarge past a limit, naming the entry (and the line) and the limit
     * @throws FileRefused when it is not a zip (which files it must hold is the manifest's to say)
     */
    static OneRosterBundle read(InputStream zip, ImportLimits limits) {
        OneRosterBundle bundle = new OneRosterBundle();
        try {
            int entries = BoundedZip.read(zip, limits, WHAT, bundle::keep);
            if (entries == 0) {
                throw new FileRefused("The OneRoster bundle is not a zip file (or an empty one)");
            }
            for (Map.Entry<String, Path> file : bundle.files.entrySet()) {
                CsvSource.checkLimits(Files.newInputStream(file.getValue()), file.getKey() + " in " + WHAT, limits);
            }
            return bundle;
        } catch (TooLarge | FileRefused e) {
            bundle.close();
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            bundle.close();
            throw new FileRefused("The OneRoster bundle is not a readable zip file: " + e.getMessage());
        } catch (RuntimeException e) {
            bundle.close();
            throw e;
        }
    }

    private void keep(String entryName, InputStream content) throws IOException {
        String name = fileName(entryName);
        if (!READ.contains(name)) {
            return;
        }
        if (files.containsKey(name)) {
            throw new FileRefused("The OneRoster zip holds " + name + " twice (" + BoundedZip.shown(entryName)
                    + " is the second); which one to import is not clear");
        }
        Path copy = Files.createTempFile("tiered-oneroster-", "-" + name);
        files.put(name, copy);
        Files.copy(content, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The name of an entry without its folders, in lower case. */
    private static String fileName(String entryName) {
        int slash = Math.max(entryName.lastIndexOf('/'), entryName.lastIndexOf('\\'));
        return entryName.substring(slash + 1).toLowerCase(Locale.ROOT);
    }

    boolean has(String name) {
        return files.containsKey(name);
    }

    /** The names of the files it holds, in lower case. */
    Set<String> names() {
        return Set.copyOf(files.keySet());
    }

    /** The file's content, to be closed by the caller. */
    InputStream open(String name) {
        try {
            return Files.newInputStream(files.get(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (Path file : files.values()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warning("Could not delete the temporary copy " + file + ": " + e.getMessage());
            }
        }
        files.clear();
    }
}
