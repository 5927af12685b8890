package com.tiered.demo.infrastructure;

import com.tiered.demo.domain.DemoData;
import com.tiered.demo.domain.DemoStore;
import com.tiered.shared.infrastructure.DataSourceDeclaration;
import com.tiered.shared.infrastructure.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Writes the demo district in one transaction, in batches. */
@ApplicationScoped
public class DemoDataWriter implements DemoStore {
    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public int write(DemoData data) {
        return Jdbc.inTransaction(dataSource, c -> {
            Map<String, Long> schools = new HashMap<>();
            for (DemoData.SchoolRow s : data.schools) {
                schools.put(s.sourcedId(), insertSchool(c, s));
            }
            try (PreparedStatement ps = c.prepareStatement("insert into student (sourced_id, given_name,"
                    + " family_name, grade, school_id, ell, withdrawn) values (?, ?, ?, ?, ?, ?, false)")) {
                for (DemoData.StudentRow s : data.students) {
                    ps.setString(1, s.sourcedId());
                    ps.setString(2, s.givenName());
                    ps.setString(3, s.familyName());
                    ps.setString(4, s.grade());
                    ps.setLong(5, schools.get(s.school()));
                    ps.setBoolean(6, s.ell());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Map<String, Long> ids = studentIds(c);
            try (PreparedStatement ps = c.prepareStatement("insert into screening_result (student_id, domain, measure,"
                    + " screening_window, administered_on, score, percentile) values (?, ?, ?, ?, ?, ?, ?)")) {
                for (DemoData.ScreeningRow r : data.screenings) {
                    ps.setLong(1, ids.get(r.student()));
                    ps.setString(2, r.domain());
                    ps.setString(3, r.measure());
                    ps.setString(4, r.window());
                    Jdbc.setDate(ps, 5, r.on());
                    ps.setDouble(6, r.score());
                    Jdbc.setInteger(ps, 7, r.percentile());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into progress_point (student_id, domain, measure,"
                    + " administered_on, score) values (?, ?, ?, ?, ?)")) {
                for (DemoData.ProgressRow r : data.progress) {
                    ps.setLong(1, ids.get(r.student()));
                    ps.setString(2, r.domain());
                    ps.setString(3, r.measure());
                    Jdbc.setDate(ps, 4, r.on());
                    ps.setDouble(5, r.score());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into goal (student_id, domain, measure,"
                    + " baseline_score, baseline_date, goal_score, goal_date) values (?, ?, ?, ?, ?, ?, ?)")) {
                for (DemoData.GoalRow r : data.goals) {
                    ps.setLong(1, ids.get(r.student()));
                    ps.setString(2, r.domain());
                    ps.setString(3, r.measure());
                    ps.setDouble(4, r.baselineScore());
                    Jdbc.setDate(ps, 5, r.baselineDate());
                    ps.setDouble(6, r.goalScore());
                    Jdbc.setDate(ps, 7, r.goalDate());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into special_education_plan (student_id, kind,"
                    + " domains, start_date, annual_review_date, reevaluation_date, accommodations)"
                    + " values (?, ?, ?, ?, ?, ?, ?)")) {
                for (DemoData.PlanRow r : data.plans) {
                    ps.setLong(1, ids.get(r.student()));
                    ps.setString(2, r.kind());
                    ps.setString(3, String.join(";", r.domains()));
                    Jdbc.setDate(ps, 4, r.start());
                    Jdbc.setDate(ps, 5, r.review());
                    Jdbc.setDate(ps, 6, r.reevaluation());
                    ps.setString(7, String.join(";", r.accommodations()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into referral (student_id, domain, consent_date,"
                    + " evaluation_completed_on) values (?, ?, ?, ?)")) {
                for (DemoData.ReferralRow r : data.referrals) {
                    ps.setLong(1, ids.get(r.student()));
                    ps.setString(2, r.domain());
                    Jdbc.setDate(ps, 3, r.consent());
                    Jdbc.setDate(ps, 4, r.completed());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return data.students.size();
        });
    }

    /** The specialist's caseload: the students of their school who are progress-monitored. */
    @Override
    public void fillCaseload(String username, String schoolSourcedId) {
        Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into caseload_member (staff_user_id, student_id)"
                    + " select distinct u.id, s.id from staff_user u, student s join school sc on sc.id = s.school_id"
                    + " where u.username = ? and sc.sourced_id = ?"
                    + " and exists (select 1 from goal g where g.student_id = s.id)")) {
                ps.setString(1, username);
                ps.setString(2, schoolSourcedId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Removes the demo schools, their students and everything about them; answers how many students went. */
    @Override
    public int clearDemoStudents() {
        return Jdbc.inTransaction(dataSource, c -> {
            String demoStudents = "select s.id from student s join school sc on sc.id = s.school_id"
                    + " where sc.sourced_id like 'demo-%'";
            String demoIds = "select s.sourced_id from student s join school sc on sc.id = s.school_id"
                    + " where sc.sourced_id like 'demo-%'";
            // Every import asks: the schools' key index answers at once when the demo is long gone.
            try (PreparedStatement ps =
                            c.prepareStatement("select count(*) from school where sourced_id like 'demo-%'");
                    var rs = ps.executeQuery()) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return 0;
                }
            }
            int students;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from (" + demoStudents + ") d");
                    var rs = ps.executeQuery()) {
                rs.next();
                students = rs.getInt(1);
            }
            if (students == 0) {
                return 0;
            }
            for (String table : new String[] {
                "domain_decision",
                "flag_decision",
                "plan_recommendation",
                "evaluated_student",
                "evaluation_failure",
                "student_standing"
            }) {
                execute(c, "delete from " + table + " where student_sourced_id in (" + demoIds + ")");
            }
            execute(
                    c,
                    "delete from intervention_plan_event where plan_id in (select id from intervention_plan"
                            + " where student_id in (" + demoStudents + "))");
            for (String table : new String[] {
                "intervention_plan",
                "caseload_member",
                "screening_result",
                "progress_point",
                "goal",
                "special_education_plan",
                "referral"
            }) {
                execute(c, "delete from " + table + " where student_id in (" + demoStudents + ")");
            }
            execute(c, "delete from student where id in (select id from (" + demoStudents + ") d)");
            execute(
                    c,
                    "delete from staff_school where school_id in (select id from school where sourced_id like 'demo-%')");
            execute(c, "delete from school where sourced_id like 'demo-%'");
            return students;
        });
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }

    private static long insertSchool(Connection c, DemoData.SchoolRow s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into school (sourced_id, name) values (?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, s.sourcedId());
            ps.setString(2, s.name());
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static Map<String, Long> studentIds(Connection c) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select sourced_id, id from student");
                var rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }
}
