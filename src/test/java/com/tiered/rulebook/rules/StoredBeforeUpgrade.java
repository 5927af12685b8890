package com.tiered.rulebook.rules;

import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.shared.infrastructure.MemoryDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A rule set stored by an earlier Tiered (schema V6), then upgraded by the migrations that came after it: what a
 * district's stored versions look like after it installs this one.
 */
final class StoredBeforeUpgrade {
    private StoredBeforeUpgrade() {}

    static RuleSet upgraded(RuleSet storedEarlier) {
        DataSource h2 = MemoryDatabases.empty("upgrade");
        flyway(h2).target("6").load().migrate();
        try (Connection c = h2.getConnection()) {
            c.createStatement()
                    .executeUpdate(
                            "INSERT INTO rule_set_version (id, version_hash, author, created_at, comment, active)"
                                    + " VALUES (1, '" + storedEarlier.version()
                                    + "', 'system', CURRENT_TIMESTAMP, 'shipped', TRUE)");
            try (PreparedStatement insert =
                    c.prepareStatement("INSERT INTO rule_file (rule_set_version_id, path, content) VALUES (1, ?, ?)")) {
                for (RuleFile f : storedEarlier.files()) {
                    insert.setString(1, f.path());
                    insert.setString(2, f.content());
                    insert.executeUpdate();
                }
            }
            flyway(h2).load().migrate();
            List<RuleFile> files = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT path, content FROM rule_file ORDER BY path")) {
                while (rs.next()) {
                    files.add(new RuleFile(rs.getString(1), rs.getString(2)));
                }
            }
            return new RuleSet(files);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource h2) {
        return Flyway.configure(StoredBeforeUpgrade.class.getClassLoader())
                .dataSource(h2)
                .locations("classpath:db/migration");
    }
}
