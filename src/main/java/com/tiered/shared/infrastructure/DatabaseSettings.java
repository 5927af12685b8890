package com.tiered.shared.infrastructure;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the data lives, from the environment: with {@code TIERED_DB_URL} a MySQL (or MariaDB) database with
 * {@code TIERED_DB_USER} and {@code TIERED_DB_PASSWORD}; without it an embedded H2 database in
 * {@code TIERED_DATA_DIR} (default {@code ./data}) that survives restarts.
 */
public record DatabaseSettings(String url, String user, String password, boolean embedded) {

    public static DatabaseSettings fromEnvironment() {
        return from(System.getenv());
    }

    static DatabaseSettings from(Map<String, String> env) {
        String url = env.get("TIERED_DB_URL");
        if (url != null && !url.isBlank()) {
            return new DatabaseSettings(
                    url.trim(),
                    env.getOrDefault("TIERED_DB_USER", ""),
                    env.getOrDefault("TIERED_DB_PASSWORD", ""),
                    url.startsWith("jdbc:h2:"));
        }
        String dir = env.getOrDefault("TIERED_DATA_DIR", "");
        Path dataDir = Path.of(dir.isBlank() ? "data" : dir).toAbsolutePath();
        // MySQL mode keeps the SQL of the migrations and the stores the same on both databases.
        String h2 = "jdbc:h2:file:" + dataDir.resolve("tiered") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE"
                + ";DEFAULT_NULL_ORDERING=HIGH";
        return new DatabaseSettings(h2, "tiered", "", true);
    }

    /** Whether to create the demo district: always in embedded mode, against MySQL only when asked. */
    public boolean demoWanted() {
        String flag = System.getenv("TIERED_DEMO");
        if (flag != null && !flag.isBlank()) {
            return Boolean.parseBoolean(flag.trim());
        }
        return embedded;
    }
}
