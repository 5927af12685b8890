package com.tiered.rulebook.infrastructure.jdbc;

import com.tiered.rulebook.domain.DraftFileChanged;
import com.tiered.rulebook.domain.RuleDraft;
import com.tiered.rulebook.domain.RuleDraft.DraftFile;
import com.tiered.rulebook.domain.RuleDraftRepository;
import com.tiered.rulebook.domain.RuleFile;
import com.tiered.rulebook.domain.RuleSet;
import com.tiered.shared.infrastructure.DataSourceDeclaration;
import com.tiered.shared.infrastructure.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
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

/** The draft and its files; a save is a compare-and-set on the file's revision. */
@ApplicationScoped
public class JdbcRuleDraftRepository implements RuleDraftRepository {
    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public Optional<RuleDraft> open() {
        return Jdbc.read(dataSource, JdbcRuleDraftRepository::openDraft);
    }

    private static Optional<RuleDraft> openDraft(Connection c) throws SQLException {
        long id;
        long basedOn;
        String by;
        Instant at;
        try (PreparedStatement ps = c.prepareStatement("select id, based_on, created_by, created_at from rule_draft"
                + " where status = 'OPEN' order by id desc")) {
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = rs.getLong(1);
                basedOn = rs.getLong(2);
                by = rs.getString(3);
                at = rs.getTimestamp(4).toInstant();
            }
        }
        List<DraftFile> files = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select path, content, revision, changed_by, changed_at"
                + " from rule_draft_file where draft_id = ? order by path")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    files.add(new DraftFile(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getInt(3),
                            rs.getString(4),
                            rs.getTimestamp(5).toInstant()));
                }
            }
        }
        return Optional.of(new RuleDraft(id, basedOn, by, at, files));
    }

    @Override
    public RuleDraft start(long basedOn, RuleSet files, String by) {
        return Jdbc.inTransaction(dataSource, c -> {
            Optional<RuleDraft> existing = openDraft(c);
            if (existing.isPresent()) {
                return existing.get();
            }
            Timestamp now = Timestamp.from(Instant.now());
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into rule_draft (based_on, created_by, created_at," + " status) values (?, ?, ?, 'OPEN')",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, basedOn);
                ps.setString(2, by);
                ps.setTimestamp(3, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into rule_draft_file (draft_id, path, content,"
                    + " revision, changed_by, changed_at) values (?, ?, ?, 1, ?, ?)")) {
                for (RuleFile f : files.files()) {
                    ps.setLong(1, id);
                    ps.setString(2, f.path());
                    ps.setString(3, f.content());
                    ps.setString(4, by);
                    ps.setTimestamp(5, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return openDraft(c).orElseThrow();
        });
    }

    @Override
    public DraftFile save(long draftId, String path, String content, int seenRevision, String by) {
        return Jdbc.inTransaction(dataSource, c -> {
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement ps = c.prepareStatement("update rule_draft_file set content = ?,"
                    + " revision = revision + 1, changed_by = ?, changed_at = ? where draft_id = ? and path = ?"
                    + " and revision = ?")) {
                ps.setString(1, content);
                ps.setString(2, by);
                ps.setTimestamp(3, now);
                ps.setLong(4, draftId);
                ps.setString(5, path);
                ps.setInt(6, seenRevision);
                if (ps.executeUpdate() == 1) {
                    return new DraftFile(path, content, seenRevision + 1, by, now.toInstant());
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select revision, changed_by from rule_draft_file" + " where draft_id = ? and path = ?")) {
                ps.setLong(1, draftId);
                ps.setString(2, path);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new DraftFileChanged(path, rs.getString(2), rs.getInt(1));
                    }
                }
            }
            if (seenRevision != 0) {
                throw new IllegalArgumentException("The draft has no file " + path);
            }
            try (PreparedStatement ps = c.prepareStatement("insert into rule_draft_file (draft_id, path, content,"
                    + " revision, changed_by, changed_at) values (?, ?, ?, 1, ?, ?)")) {
                ps.setLong(1, draftId);
                ps.setString(2, path);
                ps.setString(3, content);
                ps.setString(4, by);
                ps.setTimestamp(5, now);
                ps.executeUpdate();
            }
            return new DraftFile(path, content, 1, by, now.toInstant());
        });
    }

    @Override
    public void close(long draftId, String status) {
        Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("update rule_draft set status = ? where id = ?")) {
                ps.setString(1, status);
                ps.setLong(2, draftId);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
