package com.tiered.rulebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tiered.evaluation.domain.FlagTable;
import com.tiered.evaluation.domain.RuleMessage;
import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.shared.infrastructure.MemoryDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Versions and drafts stored before the flags table (schema V7) are given the table Tiered shipped with it by
 * migration V8, so that the pages read as before and a rule author finds the file to edit; a table of their own is
 * kept.
 */
class FlagsTableUpgradeTest {
    private static final String OWN = "code,label,tone,needs_attention,order\nPM_OVERDUE,Late,info,no,1\n";

    @Test
    void theRuleSetStoredBeforeTheProgressSeriesIsDescribedAsThePagesDescribedIt() {
        RuleSet upgraded = StoredBeforeUpgrade.upgraded(
                RuleFilesOnDisk.in(Path.of("src/test/resources/rulesets/before-progress-series")));
        assertEquals(FlagTable.shipped().flags(), table(upgraded).flags());
    }

    @Test
    void versionsAndDraftsWithoutTheTableGetTheShippedOneAndATableOfTheirOwnIsKept() throws SQLException {
        DataSource h2 = MemoryDatabases.empty("flags-upgrade");
        flyway(h2).target("7").load().migrate();
        try (Connection c = h2.getConnection();
                Statement s = c.createStatement()) {
            for (int version = 1; version <= 2; version++) {
                s.executeUpdate("INSERT INTO rule_set_version (id, version_hash, author, created_at, comment, active)"
                        + " VALUES (" + version + ", 'v" + version
                        + "', 'system', CURRENT_TIMESTAMP, 'stored', FALSE)");
                s.executeUpdate("INSERT INTO rule_draft (id, based_on, created_by, created_at, status) VALUES ("
                        + version + ", " + version + ", 'author', CURRENT_TIMESTAMP, 'OPEN')");
                insert(
                        c,
                        "INSERT INTO rule_file (rule_set_version_id, path, content) VALUES (?, ?, ?)",
                        version,
                        "tiering.drl");
                insert(
                        c,
                        "INSERT INTO rule_draft_file (draft_id, path, content, revision, changed_by, changed_at)"
                                + " VALUES (?, ?, ?, 3, 'author', CURRENT_TIMESTAMP)",
                        version,
                        "tiering.drl");
            }
            insert(c, "INSERT INTO rule_file (rule_set_version_id, path, content) VALUES (?, ?, ?)", 2, "flags.csv");
            insert(
                    c,
                    "INSERT INTO rule_draft_file (draft_id, path, content, revision, changed_by, changed_at)"
                            + " VALUES (?, ?, ?, 3, 'author', CURRENT_TIMESTAMP)",
                    2,
                    "flags.csv");
        }

        flyway(h2).load().migrate();

        assertEquals(
                FlagTable.shipped().flags(),
                table(files(h2, "rule_file", "rule_set_version_id", 1)).flags());
        assertEquals(
                FlagTable.shipped().flags(),
                table(files(h2, "rule_draft_file", "draft_id", 1)).flags());
        assertEquals(
                "Late", table(files(h2, "rule_file", "rule_set_version_id", 2)).label("PM_OVERDUE"));
        assertEquals("Late", table(files(h2, "rule_draft_file", "draft_id", 2)).label("PM_OVERDUE"));
    }

    private static void insert(Connection c, String sql, long owner, String path) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, owner);
            ps.setString(2, path);
            ps.setString(3, path.equals("flags.csv") ? OWN : "package tiered.rules;\n");
            ps.executeUpdate();
        }
    }

    private static RuleSet files(DataSource h2, String table, String owner, long id) throws SQLException {
        List<RuleFile> files = new ArrayList<>();
        try (Connection c = h2.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT path, content FROM " + table + " WHERE " + owner + " = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    files.add(new RuleFile(rs.getString(1), rs.getString(2)));
                }
            }
        }
        assertEquals(2, files.size(), table + " " + id + ": " + files);
        return new RuleSet(files);
    }

    /** The rule set's own table, read as the compiler reads it: it must be there and be without fault. */
    private static FlagTable table(RuleSet ruleSet) {
        assertEquals(1, ruleSet.files().stream().filter(RuleFile::isFlagTable).count(), "the set holds flags.csv");
        List<RuleMessage> problems = new ArrayList<>();
        FlagTable table = ruleSet.flagTable(problems);
        assertEquals(List.of(), problems);
        return table;
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource h2) {
        return Flyway.configure(FlagsTableUpgradeTest.class.getClassLoader())
                .dataSource(h2)
                .locations("classpath:db/migration");
    }
}
