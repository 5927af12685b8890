package com.tiered.rulebook.application;

import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleFilePath;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.shared.domain.TooLarge;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A rule set uploaded as a zip: its files at the top ({@code name.drl}, {@code name.drl.csv}, {@code flags.csv}) and in
 * {@code scenarios/}; folders and a README.md at the top are passed over. The zip is read as a stream with limits —
 * at most {@value #MAX_ENTRIES} entries, {@value #MAX_ENTRY_BYTES} bytes in any one once inflated and
 * {@value #MAX_TOTAL_BYTES} in all — so a zip bomb is refused before it fills the memory.
 */
public final class RuleSetArchive {
    public static final int MAX_ENTRIES = 200;
    public static final int MAX_ENTRY_BYTES = 1024 * 1024;
    public static final int MAX_TOTAL_BYTES = 10 * 1024 * 1024;

    private RuleSetArchive() {}

    /**
     * Reads the zip; {@code in} is left open (the caller may read what is left of it).
     *
     * @throws TooLarge past a limit
     * @throws IllegalArgumentException when it is not a zip of rule files, or names a file a rule set cannot hold
     */
    public static RuleSet read(InputStream in) {
        List<RuleFile> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int entries = 0;
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new KeptOpen(in), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new TooLarge("The zip holds more than " + MAX_ENTRIES + " entries; a rule set is a few"
                            + " dozen files");
                }
                String name = entry.getName();
                if (entry.isDirectory() || name.equals("README.md")) {
                    continue;
                }
                String problem = RuleFilePath.problem(name);
                if (problem != null) {
                    throw new IllegalArgumentException(problem + " (in the zip)");
                }
                if (!seen.add(name)) {
                    throw new IllegalArgumentException("The zip holds " + name + " twice");
                }
                long room = Math.min(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES - total);
                byte[] content = zip.readNBytes((int) room + 1);
                if (content.length > room) {
                    throw new TooLarge(
                            content.length > MAX_ENTRY_BYTES
                                    ? name + " is larger than " + MAX_ENTRY_BYTES / (1024 * 1024) + " MiB once unzipped"
                                    : "The zip's files are larger than " + MAX_TOTAL_BYTES / (1024 * 1024)
                                            + " MiB in all once unzipped");
                }
                total += content.length;
                files.add(new RuleFile(name, new String(content, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("The rule set must be a zip of rule files: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(
                    "The rule set must be a zip of rule files (name.drl, name.drl.csv, flags.csv, scenarios/name.csv)");
        }
        return new RuleSet(files);
    }

    /** The caller's stream, which closing the zip must not close. */
    private static final class KeptOpen extends FilterInputStream {
        KeptOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {}
    }
}
