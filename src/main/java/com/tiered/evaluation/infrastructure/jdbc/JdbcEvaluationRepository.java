package com.tiered.evaluation.infrastructure.jdbc;

import com.tiered.evaluation.domain.DomainDecision;
import com.tiered.evaluation.domain.EvaluationRepository;
import com.tiered.evaluation.domain.EvaluationRun;
import com.tiered.evaluation.domain.FlagDecision;
import com.tiered.evaluation.domain.FlagTable;
import com.tiered.evaluation.domain.FlaggedStudent;
import com.tiered.evaluation.domain.PlanRecommendation;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.domain.StudentDecisionsDraft;
import com.tiered.shared.domain.TextListConverter;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/** Evaluation runs and their decisions, written in batches, one transaction per batch of students. */
@ApplicationScoped
public class JdbcEvaluationRepository implements EvaluationRepository {
    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    public JdbcEvaluationRepository() {}

    public JdbcEvaluationRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long start(LocalDate asOf, String rulesVersion, String startedBy, String scope) {
        return Jdbc.inTransaction(dataSource, c -> insertRun(c, asOf, rulesVersion, startedBy, scope));
    }

    private static long insertRun(Connection c, LocalDate asOf, String rulesVersion, String startedBy, String scope)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into evaluation_run (as_of, rules_version,"
                        + " started_by, started_at, scope) values (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            Jdbc.setDate(ps, 1, asOf);
            ps.setString(2, rulesVersion);
            ps.setString(3, startedBy);
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.setString(5, scope);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Override
    public long runAtOnce(
            LocalDate asOf,
            String rulesVersion,
            String startedBy,
            String scope,
            List<Long> studentIds,
            Decide decide,
            FlagTable flagTable) {
        long started = System.nanoTime();
        return Jdbc.inTransaction(dataSource, Connection.TRANSACTION_READ_COMMITTED, c -> {
            long id = insertRun(c, asOf, rulesVersion, startedBy, scope);
            List<StudentDecisions> decisions = decide.decide(JdbcFactSource.load(c, studentIds, asOf));
            write(c, id, asOf, decisions, flagTable);
            markFinished(c, id, decisions.size(), (System.nanoTime() - started) / 1_000_000);
            return id;
        });
    }

    @Override
    public void storeDecisions(long runId, List<StudentDecisions> decisions, FlagTable flagTable) {
        Jdbc.inTransaction(dataSource, Connection.TRANSACTION_READ_COMMITTED, c -> {
            write(c, runId, asOf(c, runId), decisions, flagTable);
            return null;
        });
    }

    /** Writes as {@link #storeDecisions} does, under the rehearsal's run id, and rolls it all back. */
    @Override
    public void rehearse(LocalDate asOf, List<StudentDecisions> decisions, FlagTable flagTable) {
        Jdbc.rehearse(dataSource, Connection.TRANSACTION_READ_COMMITTED, c -> {
            write(c, Standings.REHEARSAL, asOf, decisions, flagTable);
            return null;
        });
    }

    private static void write(
            Connection c, long runId, LocalDate asOf, List<StudentDecisions> decisions, FlagTable flagTable)
            throws SQLException {
        try (PreparedStatement evaluated =
                        c.prepareStatement("insert into evaluated_student (run_id, student_sourced_id) values (?, ?)");
                PreparedStatement domains = c.prepareStatement("insert into domain_decision (run_id,"
                        + " student_sourced_id, domain, tier, tier_rule, tier_explanation) values (?, ?, ?, ?, ?, ?)");
                PreparedStatement flags = c.prepareStatement("insert into flag_decision (run_id,"
                        + " student_sourced_id, domain, code, rule_name, explanation) values (?, ?, ?, ?, ?, ?)");
                PreparedStatement plans = c.prepareStatement("insert into plan_recommendation (run_id,"
                        + " student_sourced_id, domain, tier, intervention, intervention_description,"
                        + " sessions_per_week, minutes_per_session, progress_measure, monitoring_interval_days,"
                        + " review_on, accommodations, iep_coordinated, rule_name, explanation)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StudentDecisions student : decisions) {
                String id = student.studentId();
                evaluated.setLong(1, runId);
                evaluated.setString(2, id);
                evaluated.addBatch();
                for (DomainDecision domain : student.domains()) {
                    domains.setLong(1, runId);
                    domains.setString(2, id);
                    domains.setString(3, domain.domain());
                    Jdbc.setInteger(domains, 4, domain.tier());
                    domains.setString(5, Jdbc.fit(domain.tierRule(), 300));
                    domains.setString(6, Jdbc.fit(domain.tierExplanation(), 4000));
                    domains.addBatch();
                    addFlags(flags, runId, id, domain.domain(), domain.flags());
                }
                addFlags(flags, runId, id, StudentDecisions.STUDENT_LEVEL, student.flags());
                for (PlanRecommendation plan : student.plans()) {
                    addPlan(plans, runId, id, plan);
                }
            }
            evaluated.executeBatch();
            domains.executeBatch();
            flags.executeBatch();
            plans.executeBatch();
        }
        Standings.replace(c, runId, asOf, decisions, flagTable);
    }

    private static LocalDate asOf(Connection c, long runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select as_of from evaluation_run where id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("There is no evaluation run " + runId + " to store decisions for");
                }
                return Jdbc.date(rs, "as_of");
            }
        }
    }

    private static void addFlags(
            PreparedStatement ps, long runId, String student, String domain, List<FlagDecision> flags)
            throws SQLException {
        for (FlagDecision flag : flags) {
            ps.setLong(1, runId);
            ps.setString(2, student);
            ps.setString(3, domain);
            ps.setString(4, flag.code());
            ps.setString(5, Jdbc.fit(flag.rule(), 300));
            ps.setString(6, Jdbc.fit(flag.explanation() == null ? "" : flag.explanation(), 4000));
            ps.addBatch();
        }
    }

    private static void addPlan(PreparedStatement ps, long runId, String student, PlanRecommendation plan)
            throws SQLException {
        ps.setLong(1, runId);
        ps.setString(2, student);
        ps.setString(3, plan.domain());
        ps.setInt(4, plan.tier());
        ps.setString(5, Jdbc.fit(plan.intervention(), 200));
        ps.setString(6, Jdbc.fit(plan.interventionDescription(), 1000));
        ps.setInt(7, plan.sessionsPerWeek());
        ps.setInt(8, plan.minutesPerSession());
        ps.setString(9, plan.progressMeasure());
        ps.setInt(10, plan.monitoringIntervalDays());
        Jdbc.setDate(ps, 11, plan.reviewOn());
        ps.setString(12, Jdbc.fit(String.join(";", plan.accommodations()), 4000));
        ps.setBoolean(13, plan.iepCoordinated());
        ps.setString(14, Jdbc.fit(plan.rule(), 300));
        ps.setString(15, Jdbc.fit(plan.explanation(), 4000));
        ps.addBatch();
    }

    @Override
    public void storeFailure(long runId, String studentSourcedId, String message) {
        Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into evaluation_failure (run_id, student_sourced_id, message) values (?, ?, ?)")) {
                ps.setLong(1, runId);
                ps.setString(2, studentSourcedId);
                ps.setString(3, Jdbc.fit(message == null ? "failed" : message, 4000));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public EvaluationRun finish(long runId, int students, long durationMs) {
        Jdbc.inTransaction(dataSource, c -> {
            markFinished(c, runId, students, durationMs);
            return null;
        });
        return find(runId).orElseThrow();
    }

    private static void markFinished(Connection c, long runId, int students, long durationMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update evaluation_run set finished_at = ?, students = ?,"
                + " duration_ms = ?, flags = (select count(*) from flag_decision where run_id = ?),"
                + " failures = (select count(*) from evaluation_failure where run_id = ?) where id = ?")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setInt(2, students);
            ps.setLong(3, durationMs);
            ps.setLong(4, runId);
            ps.setLong(5, runId);
            ps.setLong(6, runId);
            ps.executeUpdate();
        }
    }

    @Override
    public Optional<EvaluationRun> find(long runId) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select * from evaluation_run where id = ?")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(run(rs)) : Optional.<EvaluationRun>empty();
                }
            }
        });
    }

    @Override
    public Optional<EvaluationRun> latestDistrictRun() {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select * from evaluation_run where scope = 'DISTRICT'"
                    + " and finished_at is not null order by id desc")) {
                ps.setMaxRows(1);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(run(rs)) : Optional.<EvaluationRun>empty();
                }
            }
        });
    }

    private static EvaluationRun run(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new EvaluationRun(
                rs.getLong("id"),
                Jdbc.date(rs, "as_of"),
                rs.getString("rules_version"),
                rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getString("scope"),
                rs.getInt("students"),
                rs.getInt("flags"),
                rs.getInt("failures"),
                rs.getLong("duration_ms"));
    }

    @Override
    public List<FlaggedStudent> flagged(long runId, java.util.Set<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return Jdbc.read(dataSource, c -> {
            List<FlaggedStudent> flagged = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select f.student_sourced_id, s.family_name, s.given_name,"
                    + " sc.name, f.domain, f.code, f.rule_name, f.explanation from flag_decision f"
                    + " join student s on s.sourced_id = f.student_sourced_id join school sc on sc.id = s.school_id"
                    + " where f.run_id = ? and f.code in ("
                    + String.join(",", java.util.Collections.nCopies(codes.size(), "?"))
                    + ") order by s.family_name, s.given_name, f.code")) {
                ps.setLong(1, runId);
                int i = 2;
                for (String code : codes) {
                    ps.setString(i++, code);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        flagged.add(new FlaggedStudent(
                                rs.getString(1),
                                rs.getString(2) + ", " + rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8)));
                    }
                }
            }
            return flagged;
        });
    }

    @Override
    public List<StudentDecisions> decisions(long runId) {
        return Jdbc.read(dataSource, c -> assemble(c, runId, Only.all()));
    }

    @Override
    public List<StudentDecisions> decisions(long runId, Set<Long> schoolIds) {
        if (schoolIds == null) {
            return decisions(runId);
        }
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        return Jdbc.read(dataSource, c -> assemble(c, runId, Only.schools(schoolIds)));
    }

    @Override
    public Optional<StudentEvaluation> latestFor(String studentSourcedId) {
        return Jdbc.read(dataSource, c -> {
            long runId;
            try (PreparedStatement ps =
                    c.prepareStatement("select max(run_id) from evaluated_student where student_sourced_id = ?")) {
                ps.setString(1, studentSourcedId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    runId = rs.getLong(1);
                    if (rs.wasNull()) {
                        return Optional.<StudentEvaluation>empty();
                    }
                }
            }
            List<StudentDecisions> decisions = assemble(c, runId, Only.student(studentSourcedId));
            EvaluationRun run;
            try (PreparedStatement ps = c.prepareStatement("select * from evaluation_run where id = ?")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    run = run(rs);
                }
            }
            return Optional.of(new StudentEvaluation(run, decisions.get(0)));
        });
    }

    /** Which students of a run to read: all, one, or those (now) at some schools. */
    private record Only(String sql, List<Object> values) {
        static Only all() {
            return new Only("", List.of());
        }

        static Only student(String sourcedId) {
            return new Only(" and student_sourced_id = ?", List.of(sourcedId));
        }

        static Only schools(Set<Long> schoolIds) {
            return new Only(
                    " and student_sourced_id in (select sourced_id from student where school_id in ("
                            + String.join(",", java.util.Collections.nCopies(schoolIds.size(), "?")) + "))",
                    List.copyOf(schoolIds));
        }
    }

    /** Reads the decisions of a run (of the students {@code only} names), sorted by student and domain. */
    private static List<StudentDecisions> assemble(Connection c, long runId, Only only) throws SQLException {
        String studentFilter = only.sql();
        Map<String, StudentDecisionsDraft> drafts = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select student_sourced_id from evaluated_student where run_id = ?" + studentFilter)) {
            bind(ps, runId, only);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drafts.put(rs.getString(1), new StudentDecisionsDraft(rs.getString(1)));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select student_sourced_id, domain, tier, tier_rule,"
                + " tier_explanation from domain_decision where run_id = ?" + studentFilter)) {
            bind(ps, runId, only);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drafts.get(rs.getString(1))
                            .tier(rs.getString(2), Jdbc.integer(rs, "tier"), rs.getString(4), rs.getString(5));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select student_sourced_id, domain, code, rule_name,"
                + " explanation from flag_decision where run_id = ?" + studentFilter)) {
            bind(ps, runId, only);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String domain = StudentDecisions.STUDENT_LEVEL.equals(rs.getString(2)) ? null : rs.getString(2);
                    drafts.get(rs.getString(1))
                            .flag(domain, new FlagDecision(rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "select * from plan_recommendation where run_id = ?" + studentFilter + " order by domain")) {
            bind(ps, runId, only);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drafts.get(rs.getString("student_sourced_id"))
                            .plan(new PlanRecommendation(
                                    rs.getString("domain"),
                                    rs.getInt("tier"),
                                    rs.getString("intervention"),
                                    rs.getString("intervention_description"),
                                    rs.getInt("sessions_per_week"),
                                    rs.getInt("minutes_per_session"),
                                    rs.getString("progress_measure"),
                                    rs.getInt("monitoring_interval_days"),
                                    Jdbc.date(rs, "review_on"),
                                    TextListConverter.split(rs.getString("accommodations")),
                                    rs.getBoolean("iep_coordinated"),
                                    rs.getString("rule_name"),
                                    rs.getString("explanation")));
                }
            }
        }
        List<StudentDecisions> result = new ArrayList<>(drafts.size());
        drafts.values().forEach(d -> result.add(d.build()));
        return result;
    }

    private static void bind(PreparedStatement ps, long runId, Only only) throws SQLException {
        ps.setLong(1, runId);
        for (int i = 0; i < only.values().size(); i++) {
            ps.setObject(i + 2, only.values().get(i));
        }
    }
}
