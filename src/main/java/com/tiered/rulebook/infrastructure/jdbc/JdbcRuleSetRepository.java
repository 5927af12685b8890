package com.tiered.rulebook.infrastructure.jdbc;

import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.rulebook.domain.RuleSetRepository;
import com.tiered.rulebook.domain.RuleSetVersion;
import com.tiered.shared.infrastructure.DataSourceDeclaration;
import com.tiered.shared.infrastructure.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Rule-set versions with their files; exactly one version is active once the first is stored. */
@ApplicationScoped
public class JdbcRuleSetRepository implements RuleSetRepository {
    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public RuleSetVersion store(RuleSet ruleSet, String author, String comment, boolean active) {
        long id = Jdbc.inTransaction(dataSource, c -> {
            if (active) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("update rule_set_version set active = false where active = true");
                }
            }
            long newId;
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into rule_set_version (version_hash, author,"
                            + " created_at, comment, active) values (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, ruleSet.version());
                ps.setString(2, author);
                ps.setTimestamp(3, Timestamp.from(Instant.now()));
                ps.setString(4, Jdbc.fit(comment, 1000));
                ps.setBoolean(5, active);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    newId = keys.getLong(1);
                }
            }
            try (PreparedStatement ps =
                    c.prepareStatement("insert into rule_file (rule_set_version_id, path, content) values (?, ?, ?)")) {
                for (RuleFile file : ruleSet.files()) {
                    ps.setLong(1, newId);
                    ps.setString(2, file.path());
                    ps.setString(3, file.content());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return newId;
        });
        return find(id).orElseThrow();
    }

    @Override
    public Optional<RuleSetVersion> active() {
        return first("select * from rule_set_version where active = true order by id desc");
    }

    @Override
    public Optional<RuleSetVersion> find(long id) {
        return first("select * from rule_set_version where id = " + id);
    }

    private Optional<RuleSetVersion> first(String sql) {
        return Jdbc.read(dataSource, c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? Optional.of(version(rs)) : Optional.<RuleSetVersion>empty();
            }
        });
    }

    @Override
    public RuleSet files(long id) {
        return Jdbc.read(dataSource, c -> {
            List<RuleFile> files = new ArrayList<>();
            try (PreparedStatement ps =
                    c.prepareStatement("select path, content from rule_file where rule_set_version_id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        files.add(new RuleFile(rs.getString(1), rs.getString(2)));
                    }
                }
            }
            return new RuleSet(files);
        });
    }

    @Override
    public List<RuleSetVersion> all() {
        return Jdbc.read(dataSource, c -> {
            List<RuleSetVersion> versions = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select * from rule_set_version order by id")) {
                while (rs.next()) {
                    versions.add(version(rs));
                }
            }
            return versions;
        });
    }

    @Override
    public void activate(long id) {
        Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement off = c.prepareStatement("update rule_set_version set active = false");
                    PreparedStatement on =
                            c.prepareStatement("update rule_set_version set active = true where id = ?")) {
                off.executeUpdate();
                on.setLong(1, id);
                if (on.executeUpdate() != 1) {
                    throw new IllegalArgumentException("There is no rule-set version " + id);
                }
            }
            return null;
        });
    }

    private static RuleSetVersion version(ResultSet rs) throws SQLException {
        return new RuleSetVersion(
                rs.getLong("id"),
                rs.getString("version_hash"),
                rs.getString("author"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("comment"),
                rs.getBoolean("active"));
    }
}
