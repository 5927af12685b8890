package com.tiered.audit.infrastructure;

import com.tiered.audit.domain.AccessAction;
import com.tiered.audit.domain.AccessEntry;
import com.tiered.audit.domain.AccessLog;
import com.tiered.audit.domain.AccessSearch;
import com.tiered.shared.infrastructure.DataSourceDeclaration;
import com.tiered.shared.infrastructure.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

@ApplicationScoped
public class JdbcAccessLog implements AccessLog {
    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    /** Outside any caller's transaction: a refusal is logged even though the request that caused it fails. */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void append(AccessEntry entry) {
        Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into access_log (happened_at, username, action,"
                    + " student_sourced_id, detail) values (?, ?, ?, ?, ?)")) {
                ps.setTimestamp(1, Timestamp.from(entry.at()));
                ps.setString(2, entry.username() == null ? "anonymous" : Jdbc.fit(entry.username(), 64));
                ps.setString(3, entry.action().name());
                ps.setString(4, entry.studentSourcedId());
                ps.setString(5, Jdbc.fit(entry.detail() == null ? "" : entry.detail(), 1000));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<AccessEntry> search(AccessSearch search, int first, int size) {
        Where where = new Where(search);
        return Jdbc.read(dataSource, c -> {
            List<AccessEntry> entries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select happened_at, username, action, student_sourced_id,"
                    + " detail from access_log" + where.sql + " order by happened_at desc, id desc limit "
                    + Math.max(0, size) + " offset " + Math.max(0, first))) {
                where.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new AccessEntry(
                                rs.getTimestamp(1).toInstant(),
                                rs.getString(2),
                                AccessAction.valueOf(rs.getString(3)),
                                rs.getString(4),
                                rs.getString(5)));
                    }
                }
            }
            return entries;
        });
    }

    @Override
    public long count(AccessSearch search) {
        Where where = new Where(search);
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select count(*) from access_log" + where.sql)) {
                where.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static final class Where {
        final String sql;
        final List<Object> params = new ArrayList<>();

        Where(AccessSearch s) {
            StringBuilder w = new StringBuilder(" where 1 = 1");
            if (s.username() != null && !s.username().isBlank()) {
                w.append(" and username = ?");
                params.add(s.username().trim());
            }
            if (s.studentSourcedId() != null && !s.studentSourcedId().isBlank()) {
                w.append(" and student_sourced_id = ?");
                params.add(s.studentSourcedId().trim());
            }
            if (s.action() != null) {
                w.append(" and action = ?");
                params.add(s.action().name());
            }
            if (s.from() != null) {
                w.append(" and happened_at >= ?");
                params.add(Timestamp.valueOf(s.from().atStartOfDay()));
            }
            if (s.to() != null) {
                w.append(" and happened_at < ?");
                params.add(Timestamp.valueOf(s.to().plusDays(1).atStartOfDay()));
            }
            sql = w.toString();
        }

        void bind(PreparedStatement ps) throws SQLException {
            Jdbc.bind(ps, params);
        }
    }
}
