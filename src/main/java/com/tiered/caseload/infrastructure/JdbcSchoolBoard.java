package com.tiered.caseload.infrastructure;

import com.tiered.caseload.domain.SchoolBoard;
import com.tiered.caseload.domain.SchoolOverview;
import com.tiered.caseload.domain.SchoolOverview.DomainCount;
import com.tiered.caseload.domain.SchoolOverview.FlagCount;
import com.tiered.caseload.domain.SchoolOverview.SpecialistLoad;
import com.tiered.caseload.domain.SchoolOverview.TierCount;
import com.tiered.caseload.domain.SchoolOverview.TimeInTier;
import com.tiered.evaluation.domain.StudentStanding;
import com.tiered.evaluation.domain.StudentStanding.HeldTier;
import com.tiered.shared.infrastructure.DataSourceDeclaration;
import com.tiered.shared.infrastructure.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Counts a school's latest decisions with grouped queries, each driven by the student (school_id) index and reaching
 * the decision tables by primary key through the students' standings.
 */
@ApplicationScoped
public class JdbcSchoolBoard implements SchoolBoard {
    /** The school's enrolled students joined to the rows of their latest run in a decision table. */
    private static final String LATEST = " from student s join student_standing st"
            + " on st.student_id = s.id join %1$s %2$s on %2$s.run_id = st.run_id"
            + " and %2$s.student_sourced_id = s.sourced_id where s.school_id = ? and s.withdrawn = false";

    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    public JdbcSchoolBoard() {}

    public JdbcSchoolBoard(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<SchoolOverview> overview(long schoolId, LocalDate today) {
        return Jdbc.read(dataSource, c -> {
            String name = null;
            int students = 0;
            try (PreparedStatement ps = c.prepareStatement("select sc.name, (select count(*) from student s"
                    + " where s.school_id = sc.id and s.withdrawn = false) from school sc where sc.id = ?")) {
                ps.setLong(1, schoolId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<SchoolOverview>empty();
                    }
                    name = rs.getString(1);
                    students = rs.getInt(2);
                }
            }
            return Optional.of(new SchoolOverview(
                    schoolId,
                    name,
                    students,
                    tiers(c, schoolId),
                    flags(c, schoolId),
                    unmonitored(c, schoolId),
                    overdueReviews(c, schoolId, today),
                    specialists(c, schoolId),
                    timeInTier(c, schoolId, today)));
        });
    }

    private static List<TierCount> tiers(Connection c, long schoolId) throws SQLException {
        List<TierCount> tiers = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select t.domain, t.tier, count(*)"
                + LATEST.formatted("domain_decision", "t") + " and t.tier is not null group by t.domain, t.tier"
                + " order by t.domain, t.tier")) {
            ps.setLong(1, schoolId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tiers.add(new TierCount(rs.getString(1), rs.getInt(2), rs.getInt(3)));
                }
            }
        }
        return tiers;
    }

    private static List<FlagCount> flags(Connection c, long schoolId) throws SQLException {
        List<FlagCount> flags = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select f.code, count(distinct f.student_sourced_id)"
                + LATEST.formatted("flag_decision", "f") + " group by f.code order by 2 desc, f.code")) {
            ps.setLong(1, schoolId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    flags.add(new FlagCount(rs.getString(1), rs.getInt(2)));
                }
            }
        }
        return flags;
    }

    /**
     * Per domain, the students at Tier 2 or 3 without a progress point there: only the students whose standing lists
     * such a domain (V10) are checked against the points.
     */
    private static List<DomainCount> unmonitored(Connection c, long schoolId) throws SQLException {
        List<DomainCount> counts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select t.domain, count(*)"
                + LATEST.formatted("domain_decision", "t")
                + " and st.unmonitored <> '' and t.tier >= 2 and not exists (select 1 from progress_point p"
                + " where p.student_id = s.id and p.domain = t.domain) group by t.domain order by t.domain")) {
            ps.setLong(1, schoolId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.add(new DomainCount(rs.getString(1), rs.getInt(2)));
                }
            }
        }
        return counts;
    }

    private static int overdueReviews(Connection c, long schoolId, LocalDate today) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(distinct p.student_id) from intervention_plan p"
                + " join student s on s.id = p.student_id where s.school_id = ? and s.withdrawn = false"
                + " and p.status = 'ACTIVE' and p.review_on < ?")) {
            ps.setLong(1, schoolId);
            Jdbc.setDate(ps, 2, today);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static List<SpecialistLoad> specialists(Connection c, long schoolId) throws SQLException {
        List<SpecialistLoad> loads = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select u.display_name, (select count(*) from caseload_member m"
                + " join student s on s.id = m.student_id where m.staff_user_id = u.id and s.school_id = ?"
                + " and s.withdrawn = false) from staff_user u join staff_school ss on ss.staff_user_id = u.id"
                + " join staff_role r on r.username = u.username and r.role = 'SPECIALIST'"
                + " where ss.school_id = ? order by u.display_name")) {
            ps.setLong(1, schoolId);
            ps.setLong(2, schoolId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    loads.add(new SpecialistLoad(rs.getString(1), rs.getInt(2)));
                }
            }
        }
        return loads;
    }

    /** From the standings' tiers: the date each tier began. */
    private static List<TimeInTier> timeInTier(Connection c, long schoolId, LocalDate today) throws SQLException {
        Map<String, double[]> held = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("select st.tiers from student s join student_standing st"
                + " on st.student_id = s.id where s.school_id = ? and s.withdrawn = false")) {
            ps.setLong(1, schoolId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (HeldTier tier : StudentStanding.decodeTiers(rs.getString(1))) {
                        if (tier.since() != null) {
                            double weeks = Math.max(0, ChronoUnit.DAYS.between(tier.since(), today) / 7.0);
                            double[] sum = held.computeIfAbsent(tier.domain() + ":" + tier.tier(), k -> new double[3]);
                            sum[0]++;
                            sum[1] += weeks;
                            sum[2] = Math.max(sum[2], weeks);
                        }
                    }
                }
            }
        }
        List<TimeInTier> times = new ArrayList<>();
        held.forEach((key, sum) -> {
            int colon = key.indexOf(':');
            times.add(new TimeInTier(
                    key.substring(0, colon),
                    Integer.parseInt(key.substring(colon + 1)),
                    (int) sum[0],
                    sum[1] / sum[0],
                    sum[2]));
        });
        return times;
    }
}
