package com.tiered.rulebook.application;

import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The default rule set that ships in the WAR (the project's rules/ folder, copied to tiered-rules/). */
final class ShippedRules {
    private static final String FOLDER = RuleSet.SHIPPED_FOLDER;

    private ShippedRules() {}

    static RuleSet load() {
        URL url = ShippedRules.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("The shipped rules (" + FOLDER + "/) are missing from the application");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem zip = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(zip.provider().getPath(uri));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuleSet read(Path root) throws IOException {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.add(new RuleFile(
                        root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return new RuleSet(files);
    }
}
