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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Keeps each student's standing (their latest decisions, flattened for the caseload and school pages) in step with the
 * decisions just stored, in the same transaction. A tier the student already held keeps the date it began.
 */
final class Standings {
    /** The flags that ask a specialist to act now; students with them come first on a caseload. */
    static final Set<String> NEEDS_ATTENTION = Set.of("PM_OVERDUE", "PM_FOUR_BELOW", "PM_TREND_BELOW",
            "PM_NOT_STARTED");
    private static final String STUDENT_LEVEL = "-";

    private Standings() {
    }

    static void replace(Connection c, long runId, List<StudentDecisions> decisions) throws SQLException {
        if (decisions.isEmpty()) {
            return;
        }
        LocalDate asOf = asOf(c, runId);
        List<String> ids = decisions.stream().map(StudentDecisions::studentId).toList();
        Map<String, TierHeld> held = heldTiers(c, ids);
        String in = "(" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
        for (String table : new String[] {"student_standing", "standing_tier", "standing_flag"}) {
            try (PreparedStatement ps = c.prepareStatement("delete from " + table + " where student_sourced_id in "
                    + in)) {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setString(i + 1, ids.get(i));
                }
                ps.executeUpdate();
            }
        }
        try (PreparedStatement standing = c.prepareStatement("insert into student_standing (student_sourced_id,"
                + " run_id, as_of, attention, max_tier, tiers, flags) values (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement tiers = c.prepareStatement("insert into standing_tier (student_sourced_id,"
                        + " domain, tier, since) values (?, ?, ?, ?)");
                PreparedStatement flags = c.prepareStatement("insert into standing_flag (student_sourced_id,"
                        + " domain, code) values (?, ?, ?)")) {
            for (StudentDecisions student : decisions) {
                String id = student.studentId();
                int attention = 0;
                Integer maxTier = null;
                StringJoiner tierText = new StringJoiner(";");
                StringJoiner flagText = new StringJoiner(";");
                List<String[]> flagRows = new ArrayList<>();
                for (DomainDecision domain : student.domains()) {
                    if (domain.tier() != null) {
                        maxTier = maxTier == null ? domain.tier() : Math.max(maxTier, domain.tier());
                        tierText.add(domain.domain() + ":" + domain.tier());
                        TierHeld before = held.get(id + "\u0000" + domain.domain());
                        LocalDate since = before != null && before.tier == domain.tier() ? before.since : asOf;
                        tiers.setString(1, id);
                        tiers.setString(2, domain.domain());
                        tiers.setInt(3, domain.tier());
                        Jdbc.setDate(tiers, 4, since);
                        tiers.addBatch();
                    }
                    for (FlagDecision flag : domain.flags()) {
                        flagRows.add(new String[] {domain.domain(), flag.code()});
                    }
                }
                for (FlagDecision flag : student.flags()) {
                    flagRows.add(new String[] {STUDENT_LEVEL, flag.code()});
                }
                for (String[] flag : flagRows) {
                    attention += NEEDS_ATTENTION.contains(flag[1]) ? 1 : 0;
                    flagText.add(flag[0] + ":" + flag[1]);
                    flags.setString(1, id);
                    flags.setString(2, flag[0]);
                    flags.setString(3, flag[1]);
                    flags.addBatch();
                }
                standing.setString(1, id);
                standing.setLong(2, runId);
                Jdbc.setDate(standing, 3, asOf);
                standing.setInt(4, attention);
                Jdbc.setInteger(standing, 5, maxTier);
                standing.setString(6, Jdbc.fit(tierText.toString(), 500));
                standing.setString(7, Jdbc.fit(flagText.toString(), 2000));
                standing.addBatch();
            }
            standing.executeBatch();
            tiers.executeBatch();
            flags.executeBatch();
        }
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

    private static Map<String, TierHeld> heldTiers(Connection c, List<String> ids) throws SQLException {
        Map<String, TierHeld> held = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select student_sourced_id, domain, tier, since from"
                + " standing_tier where student_sourced_id in ("
                + String.join(",", Collections.nCopies(ids.size(), "?")) + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setString(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    held.put(rs.getString(1) + "\u0000" + rs.getString(2),
                            new TierHeld(rs.getInt(3), Jdbc.date(rs, "since")));
                }
            }
        }
        return held;
    }

    private record TierHeld(int tier, LocalDate since) {
    }
}
