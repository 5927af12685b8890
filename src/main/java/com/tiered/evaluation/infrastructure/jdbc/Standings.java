package com.tiered.evaluation.infrastructure.jdbc;

import com.tiered.evaluation.domain.DomainDecision;
import com.tiered.evaluation.domain.FlagDecision;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.shared.infrastructure.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Keeps each student's standing (one row: their latest run, flattened for the caseload and school pages) in step with
 * the decisions just stored, in the same transaction. A tier the student already held keeps the date it began. One
 * read (student ids and held tiers) and one upsert per batch: a re-evaluated student's row is updated in place, which
 * costs MariaDB far less than deleting and inserting it with its three indexes. The caller runs it at READ COMMITTED:
 * at InnoDB's default level, the parallel workers' gap locks deadlock.
 */
final class Standings {
    /** The flags that ask a specialist to act now; students with them come first on a caseload. */
    static final Set<String> NEEDS_ATTENTION =
            Set.of("PM_OVERDUE", "PM_FOUR_BELOW", "PM_TREND_BELOW", "PM_NOT_STARTED");

    private static final String STUDENT_LEVEL = "-";

    private Standings() {}

    static void replace(Connection c, long runId, List<StudentDecisions> decisions) throws SQLException {
        if (decisions.isEmpty()) {
            return;
        }
        List<String> ids = decisions.stream().map(StudentDecisions::studentId).toList();
        Known known = known(c, ids);
        List<String> removed =
                ids.stream().filter(id -> !known.studentIds().containsKey(id)).toList();
        if (!removed.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "delete from student_standing where student_sourced_id in (" + Jdbc.marks(removed.size()) + ")")) {
                Jdbc.bind(ps, removed);
                ps.executeUpdate();
            }
        }
        upsert(c, runId, asOf(c, runId), decisions, known);
    }

    /** The students still on the roll (sourced id to id) and the date each tier they hold began. */
    private record Known(Map<String, Long> studentIds, Map<String, String> heldSince) {
        String since(String student, String held, LocalDate otherwise) {
            return heldSince.getOrDefault(student + ";" + held, otherwise.toString());
        }
    }

    private static Known known(Connection c, List<String> ids) throws SQLException {
        Known known = new Known(new HashMap<>(), new HashMap<>());
        try (PreparedStatement ps = c.prepareStatement("select s.sourced_id, s.id, st.tiers from student s"
                + " left join student_standing st on st.student_sourced_id = s.sourced_id"
                + " where s.sourced_id in (" + Jdbc.marks(ids.size()) + ")")) {
            Jdbc.bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    known.studentIds().put(id, rs.getLong(2));
                    String tiers = rs.getString(3);
                    for (String held : tiers == null ? new String[0] : tiers.split(";")) {
                        int at = held.indexOf('@');
                        if (at > 0) {
                            known.heldSince().put(id + ";" + held.substring(0, at), held.substring(at + 1));
                        }
                    }
                }
            }
        }
        return known;
    }

    private static void upsert(Connection c, long runId, LocalDate asOf, List<StudentDecisions> decisions, Known known)
            throws SQLException {
        try (PreparedStatement standing = c.prepareStatement(upsertSql(c))) {
            for (StudentDecisions student : decisions) {
                String id = student.studentId();
                Long studentId = known.studentIds().get(id);
                if (studentId == null) {
                    continue; // removed while it was being evaluated
                }
                int attention = 0;
                Integer maxTier = null;
                StringJoiner tiers = new StringJoiner(";");
                StringJoiner flags = new StringJoiner(";");
                for (DomainDecision domain : student.domains()) {
                    if (domain.tier() != null) {
                        maxTier = maxTier == null ? domain.tier() : Math.max(maxTier, domain.tier());
                        String held = domain.domain() + ":" + domain.tier();
                        tiers.add(held + "@" + known.since(id, held, asOf));
                    }
                    for (FlagDecision flag : domain.flags()) {
                        attention += NEEDS_ATTENTION.contains(flag.code()) ? 1 : 0;
                        flags.add(domain.domain() + ":" + flag.code());
                    }
                }
                for (FlagDecision flag : student.flags()) {
                    flags.add(STUDENT_LEVEL + ":" + flag.code());
                }
                standing.setString(1, id);
                standing.setLong(2, runId);
                Jdbc.setDate(standing, 3, asOf);
                standing.setInt(4, attention);
                Jdbc.setInteger(standing, 5, maxTier);
                standing.setString(6, Jdbc.fit(tiers.toString(), 1000));
                standing.setString(7, Jdbc.fit(flags.toString(), 2000));
                standing.setLong(8, studentId);
                standing.addBatch();
            }
            standing.executeBatch();
        }
    }

    private static String upsertSql(Connection c) throws SQLException {
        String into = "student_standing (student_sourced_id, run_id, as_of, attention, max_tier, tiers, flags,"
                + " student_id)";
        String values = " values (?, ?, ?, ?, ?, ?, ?, ?)";
        if ("H2".equals(c.getMetaData().getDatabaseProductName())) {
            // H2 runs ON DUPLICATE KEY as an insert that fails and then an update; its MERGE finds the row once.
            return "merge into " + into + " key (student_sourced_id)" + values;
        }
        // VALUES(column) is what MariaDB and MySQL both take (MySQL deprecates it since 8.0.20, still accepted).
        return "insert into " + into + values
                + " on duplicate key update run_id = values(run_id), as_of = values(as_of),"
                + " attention = values(attention), max_tier = values(max_tier), tiers = values(tiers),"
                + " flags = values(flags), student_id = values(student_id)";
    }

    private static LocalDate asOf(Connection c, long runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select as_of from evaluation_run where id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Jdbc.date(rs, "as_of");
            }
        }
    }
}
