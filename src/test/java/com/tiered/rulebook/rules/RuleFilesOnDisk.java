package com.tiered.rulebook.rules;

import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's rules/ folder as a rule set, as the tests see it. */
public final class RuleFilesOnDisk {
    private RuleFilesOnDisk() {}

    public static Path folder() {
        return Path.of(System.getProperty("tiered.rules.dir", "rules"));
    }

    public static RuleSet shipped() {
        return in(folder());
    }

    /** The rule files under a folder (README.md left out), as a rule set. */
    public static RuleSet in(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            List<RuleFile> files = paths.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    .map(p -> new RuleFile(root.relativize(p).toString().replace('\\', '/'), read(p)))
                    .toList();
            return new RuleSet(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
