package com.tiered.evaluation.infrastructure.jdbc;

import com.tiered.evaluation.domain.DomainDecision;
import com.tiered.evaluation.domain.FlagDecision;
import com.tiered.evaluation.domain.FlagTable;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.domain.StudentStanding;
import com.tiered.evaluation.domain.StudentStanding.HeldTier;
import com.tiered.shared.infrastructure.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps each student's standing (one row: their latest run, flattened for the caseload and school pages) in step with
 * the decisions just stored, in the same transaction. A tier the student already held keeps the date it began. One
 * read (student ids and held tiers) and one upsert per batch: a re-evaluated student's row is updated in place, which
 * costs MariaDB far less than deleting and inserting it with its three indexes. The caller runs it at READ COMMITTED:
 * at InnoDB's default level, the parallel workers' gap locks deadlock. The tiers and flags columns are written by
 * {@link StudentStanding}; the flags that the rules' {@link FlagTable} says need attention are counted.
 */
final class Standings {
    private static final int TIERS_WIDTH = 1000;
    private static final int FLAGS_WIDTH = 2000;

    /**
     * The run id of a rehearsal (rolled back): below every real run, so a row that outlived one by some fault is
     * replaced by the next real run, and never taken for the latest; it writes every standing, as a run does.
     */
    static final long REHEARSAL = -1;

    private Standings() {}

    static void replace(Connection c, long runId, LocalDate asOf, List<StudentDecisions> decisions, FlagTable flagTable)
            throws SQLException {
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
        upsert(c, runId, asOf, decisions, known, monitored(c, decisions, known), flagTable);
    }

    /**
     * The domains in which the students at Tier 2 or 3 have progress points, as "student id:domain": what the
     * caseload's "unmonitored" filter reads from the standing instead of probing every such student's points.
     */
    private static Set<String> monitored(Connection c, List<StudentDecisions> decisions, Known known)
            throws SQLException {
        List<Long> watched = new ArrayList<>();
        for (StudentDecisions student : decisions) {
            Long id = known.studentIds().get(student.studentId());
            if (id != null && student.domains().stream().anyMatch(Standings::needsPoints)) {
                watched.add(id);
            }
        }
        Set<String> monitored = new HashSet<>();
        for (List<Long> part : Jdbc.parts(watched, Jdbc.IN_LIST)) {
            try (PreparedStatement ps = c.prepareStatement("select distinct student_id, domain from progress_point"
                    + " where student_id in (" + Jdbc.marks(part.size()) + ")")) {
                Jdbc.bind(ps, part);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        monitored.add(rs.getLong(1) + ":" + rs.getString(2));
                    }
                }
            }
        }
        return monitored;
    }

    /** Tier 2 and 3 are the intensive tiers, whose students are monitored (default-rules.md). */
    private static boolean needsPoints(DomainDecision domain) {
        return domain.tier() != null && domain.tier() >= 2;
    }

    /**
     * The students still on the roll (sourced id to id), the date each tier they hold began, and the run each one's
     * standing comes from.
     */
    private record Known(
            Map<String, Long> studentIds, Map<List<Object>, LocalDate> heldSince, Map<String, Long> standingRuns) {
        /** Whether a newer run has already decided for the student: a queued run that ends late does not undo it. */
        boolean newerThan(String student, long runId) {
            return runId != REHEARSAL && standingRuns.getOrDefault(student, 0L) > runId;
        }

        LocalDate since(String student, String domain, int tier, LocalDate otherwise) {
            return heldSince.getOrDefault(List.of(student, domain, tier), otherwise);
        }
    }

    /**
     * Reads the students and their standings, holding the standings until the transaction ends (select … for update):
     * a run storing the same students at the same moment waits, then reads the other's run — so a run that started
     * earlier does not replace the standing of one that started later (it read the old one and wrote over the newer).
     */
    private static Known known(Connection c, List<String> ids) throws SQLException {
        Known known = new Known(new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (List<String> part : Jdbc.parts(ids, Jdbc.IN_LIST)) {
            try (PreparedStatement ps = c.prepareStatement(
                    "select sourced_id, id from student where sourced_id in (" + Jdbc.marks(part.size()) + ")")) {
                Jdbc.bind(ps, part);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        known.studentIds().put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select student_sourced_id, tiers, run_id"
                    + " from student_standing where student_sourced_id in (" + Jdbc.marks(part.size()) + ")"
                    + " for update")) {
                Jdbc.bind(ps, part);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        known.standingRuns().put(id, rs.getLong(3));
                        for (HeldTier held : StudentStanding.decodeTiers(rs.getString(2))) {
                            if (held.since() != null) {
                                known.heldSince().put(List.of(id, held.domain(), held.tier()), held.since());
                            }
                        }
                    }
                }
            }
        }
        return known;
    }

    private static void upsert(
            Connection c,
            long runId,
            LocalDate asOf,
            List<StudentDecisions> decisions,
            Known known,
            Set<String> monitored,
            FlagTable flagTable)
            throws SQLException {
        try (PreparedStatement standing = c.prepareStatement(upsertSql(c))) {
            for (StudentDecisions student : decisions) {
                String id = student.studentId();
                Long studentId = known.studentIds().get(id);
                if (studentId == null || known.newerThan(id, runId)) {
                    continue; // removed while it was being evaluated, or decided by a newer run meanwhile
                }
                int attention = 0;
                Integer maxTier = null;
                List<HeldTier> tiers = new ArrayList<>();
                List<StudentStanding.Flag> flags = new ArrayList<>();
                List<String> unmonitored = new ArrayList<>();
                for (DomainDecision domain : student.domains()) {
                    if (needsPoints(domain) && !monitored.contains(studentId + ":" + domain.domain())) {
                        unmonitored.add(domain.domain());
                    }
                    if (domain.tier() != null) {
                        maxTier = maxTier == null ? domain.tier() : Math.max(maxTier, domain.tier());
                        tiers.add(new HeldTier(
                                domain.domain(), domain.tier(), known.since(id, domain.domain(), domain.tier(), asOf)));
                    }
                    for (FlagDecision flag : domain.flags()) {
                        flags.add(new StudentStanding.Flag(domain.domain(), flag.code()));
                    }
                }
                for (FlagDecision flag : student.flags()) {
                    flags.add(new StudentStanding.Flag(null, flag.code()));
                }
                for (StudentStanding.Flag flag : flags) {
                    attention += flagTable.needsAttention(flag.code()) ? 1 : 0;
                }
                standing.setString(1, id);
                standing.setLong(2, runId);
                Jdbc.setDate(standing, 3, asOf);
                standing.setInt(4, attention);
                Jdbc.setInteger(standing, 5, maxTier);
                standing.setString(6, StudentStanding.encodeTiers(tiers, TIERS_WIDTH));
                standing.setString(7, StudentStanding.encodeFlags(flags, FLAGS_WIDTH));
                standing.setLong(8, studentId);
                standing.setString(9, StudentStanding.encodeDomains(unmonitored, TIERS_WIDTH));
                standing.addBatch();
            }
            standing.executeBatch();
        }
    }

    private static String upsertSql(Connection c) throws SQLException {
        String into = "student_standing (student_sourced_id, run_id, as_of, attention, max_tier, tiers, flags,"
                + " student_id, unmonitored)";
        String values = " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        if (Jdbc.isH2(c)) {
            // H2 runs ON DUPLICATE KEY as an insert that fails and then an update; its MERGE finds the row once.
            return "merge into " + into + " key (student_sourced_id)" + values;
        }
        // VALUES(column) is what MariaDB and MySQL both take (MySQL deprecates it since 8.0.20, still accepted).
        return "insert into " + into + values
                + " on duplicate key update run_id = values(run_id), as_of = values(as_of),"
                + " attention = values(attention), max_tier = values(max_tier), tiers = values(tiers),"
                + " flags = values(flags), student_id = values(student_id), unmonitored = values(unmonitored)";
    }
}
