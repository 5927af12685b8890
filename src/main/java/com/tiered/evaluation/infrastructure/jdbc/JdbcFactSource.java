package com.tiered.evaluation.infrastructure.jdbc;

import com.tiered.evaluation.domain.FactSource;
import com.tiered.evaluation.domain.StudentFacts;
import com.tiered.evaluation.domain.StudentLabel;
import com.tiered.evaluation.domain.fact.Goal;
import com.tiered.evaluation.domain.fact.ProgressPoint;
import com.tiered.evaluation.domain.fact.Referral;
import com.tiered.evaluation.domain.fact.Screening;
import com.tiered.evaluation.domain.fact.SpecialEducationPlan;
import com.tiered.evaluation.domain.fact.Student;
import com.tiered.shared.domain.TextListConverter;
import com.tiered.shared.infrastructure.DataSourceDeclaration;
import com.tiered.shared.infrastructure.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Loads facts for a slice of students with one range query per kind of data (the slices are runs of ascending
 * ids), so a district of 100k students is read in a few hundred queries, not a million.
 */
@ApplicationScoped
public class JdbcFactSource implements FactSource {
    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    public JdbcFactSource() {}

    public JdbcFactSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<Long> activeStudentIds() {
        return Jdbc.read(dataSource, c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps =
                            c.prepareStatement("select id from student where withdrawn = false order by id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    @Override
    public Map<String, StudentLabel> labels(java.util.Collection<String> sourcedIds) {
        Map<String, StudentLabel> found = new HashMap<>();
        List<String> ids = List.copyOf(sourcedIds);
        for (List<String> part : Jdbc.parts(ids, Jdbc.IN_LIST)) {
            Jdbc.read(dataSource, c -> {
                try (PreparedStatement ps = c.prepareStatement("select s.sourced_id, s.family_name, s.given_name,"
                        + " sc.name, sc.id from student s join school sc on sc.id = s.school_id where s.sourced_id in ("
                        + Jdbc.marks(part.size()) + ")")) {
                    Jdbc.bind(ps, part);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.put(
                                    rs.getString(1),
                                    new StudentLabel(
                                            rs.getString(2) + ", " + rs.getString(3), rs.getString(4), rs.getLong(5)));
                        }
                    }
                }
                return null;
            });
        }
        return found;
    }

    @Override
    public List<Long> idsOf(List<String> sourcedIds) {
        List<Long> ids = new ArrayList<>();
        // A part at a time: H2 compares each row with every value of the IN list (100k × 100k in one list).
        for (List<String> part : Jdbc.parts(sourcedIds, Jdbc.IN_LIST)) {
            Jdbc.read(dataSource, c -> {
                try (PreparedStatement ps =
                        c.prepareStatement("select id from student where withdrawn = false and sourced_id in ("
                                + Jdbc.marks(part.size()) + ")")) {
                    Jdbc.bind(ps, part);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
                return null;
            });
        }
        Collections.sort(ids);
        return ids;
    }

    @Override
    public List<StudentFacts> load(List<Long> studentIds, LocalDate asOf) {
        return Jdbc.read(dataSource, c -> load(c, studentIds, asOf));
    }

    /** As {@link #load(List, LocalDate)}, on a connection whose transaction the caller holds. */
    static List<StudentFacts> load(Connection c, List<Long> studentIds, LocalDate asOf) throws SQLException {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        long from = Collections.min(studentIds);
        long to = Collections.max(studentIds);
        Map<Long, Bundle> bundles = students(c, new LinkedHashSet<>(studentIds), from, to);
        screenings(c, bundles, from, to, asOf);
        progress(c, bundles, from, to, asOf);
        goals(c, bundles, from, to);
        plans(c, bundles, from, to);
        referrals(c, bundles, from, to);
        List<StudentFacts> facts = new ArrayList<>(bundles.size());
        for (Bundle b : bundles.values()) {
            facts.add(new StudentFacts(b.student, b.screenings, b.progress, b.goals, b.plans, b.referrals));
        }
        return facts;
    }

    private static Map<Long, Bundle> students(Connection c, java.util.Set<Long> wanted, long from, long to)
            throws SQLException {
        Map<Long, Bundle> bundles = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select s.id, s.sourced_id, s.grade, sc.sourced_id school, s.ell"
                + " from student s join school sc on sc.id = s.school_id where s.id between ? and ? order by s.id")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (wanted.contains(id)) {
                        bundles.put(
                                id,
                                new Bundle(new Student(
                                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5))));
                    }
                }
            }
        }
        Map<Long, Bundle> ordered = new java.util.LinkedHashMap<>();
        for (Long id : wanted) {
            if (bundles.containsKey(id)) {
                ordered.put(id, bundles.get(id));
            }
        }
        return ordered;
    }

    /** Reads one kind of fact for a range of students; the mapper adds each row to its student's bundle. */
    @FunctionalInterface
    private interface RowMapper {
        void add(Bundle bundle, ResultSet rs) throws SQLException;
    }

    private static void each(
            Connection c, Map<Long, Bundle> bundles, String sql, long from, long to, LocalDate asOf, RowMapper mapper)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            if (asOf != null) {
                Jdbc.setDate(ps, 3, asOf);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Bundle b = bundles.get(rs.getLong(1));
                    if (b != null) {
                        mapper.add(b, rs);
                    }
                }
            }
        }
    }

    private static void screenings(Connection c, Map<Long, Bundle> bundles, long from, long to, LocalDate asOf)
            throws SQLException {
        each(
                c,
                bundles,
                "select student_id, domain, measure, screening_window, administered_on, score, percentile"
                        + " from screening_result where student_id between ? and ? and administered_on <= ?",
                from,
                to,
                asOf,
                (b, rs) -> b.screenings.add(new Screening(
                        b.id(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Jdbc.date(rs, "administered_on"),
                        rs.getDouble(6),
                        Jdbc.integer(rs, "percentile"))));
    }

    private static void progress(Connection c, Map<Long, Bundle> bundles, long from, long to, LocalDate asOf)
            throws SQLException {
        each(
                c,
                bundles,
                "select student_id, domain, measure, administered_on, score from progress_point"
                        + " where student_id between ? and ? and administered_on <= ?",
                from,
                to,
                asOf,
                (b, rs) -> b.progress.add(new ProgressPoint(
                        b.id(), rs.getString(2), rs.getString(3), Jdbc.date(rs, "administered_on"), rs.getDouble(5))));
    }

    private static void goals(Connection c, Map<Long, Bundle> bundles, long from, long to) throws SQLException {
        each(
                c,
                bundles,
                "select student_id, domain, measure, baseline_score, baseline_date, goal_score, goal_date"
                        + " from goal where student_id between ? and ?",
                from,
                to,
                null,
                (b, rs) -> b.goals.add(new Goal(
                        b.id(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getDouble(4),
                        Jdbc.date(rs, "baseline_date"),
                        rs.getDouble(6),
                        Jdbc.date(rs, "goal_date"))));
    }

    private static void plans(Connection c, Map<Long, Bundle> bundles, long from, long to) throws SQLException {
        each(
                c,
                bundles,
                "select student_id, kind, domains, start_date, annual_review_date, reevaluation_date,"
                        + " accommodations from special_education_plan where student_id between ? and ?",
                from,
                to,
                null,
                (b, rs) -> b.plans.add(new SpecialEducationPlan(
                        b.id(),
                        rs.getString(2),
                        new LinkedHashSet<>(TextListConverter.split(rs.getString(3))),
                        Jdbc.date(rs, "start_date"),
                        Jdbc.date(rs, "annual_review_date"),
                        Jdbc.date(rs, "reevaluation_date"),
                        TextListConverter.split(rs.getString(7)))));
    }

    private static void referrals(Connection c, Map<Long, Bundle> bundles, long from, long to) throws SQLException {
        each(
                c,
                bundles,
                "select student_id, domain, consent_date, evaluation_completed_on from referral"
                        + " where student_id between ? and ?",
                from,
                to,
                null,
                (b, rs) -> b.referrals.add(new Referral(
                        b.id(),
                        rs.getString(2),
                        Jdbc.date(rs, "consent_date"),
                        Jdbc.date(rs, "evaluation_completed_on"))));
    }

    private static final class Bundle {
        final Student student;
        final List<Screening> screenings = new ArrayList<>();
        final List<ProgressPoint> progress = new ArrayList<>();
        final List<Goal> goals = new ArrayList<>();
        final List<SpecialEducationPlan> plans = new ArrayList<>();
        final List<Referral> referrals = new ArrayList<>();

        Bundle(Student student) {
            this.student = student;
        }

        String id() {
            return student.getId();
        }
    }
}
