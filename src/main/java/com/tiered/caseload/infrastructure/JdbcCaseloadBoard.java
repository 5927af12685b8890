package com.tiered.caseload.infrastructure;

import com.tiered.caseload.domain.CaseloadBoard;
import com.tiered.caseload.domain.CaseloadEntry;
import com.tiered.caseload.domain.CaseloadEntry.DomainFlag;
import com.tiered.caseload.domain.CaseloadEntry.DomainTier;
import com.tiered.caseload.domain.CaseloadFilter;
import com.tiered.caseload.domain.CaseloadSort;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.evaluation.domain.StudentStanding;
import com.tiered.shared.infrastructure.DataSourceDeclaration;
import com.tiered.shared.infrastructure.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The caseload table in SQL: students joined to their standing (one row each, kept by the evaluation), filtered on the
 * standing's own text (tiers, flags, unmonitored domains) and, where the text cannot say, by probes into their latest
 * run's decisions by primary key; the per-row extras (last point, next review) are read only for the rows of the page.
 */
@ApplicationScoped
public class JdbcCaseloadBoard implements CaseloadBoard {
    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    public JdbcCaseloadBoard() {}

    public JdbcCaseloadBoard(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<CaseloadEntry> page(CaseloadFilter filter, CaseloadSort sort, boolean ascending, int first, int size) {
        List<CaseloadEntry> page = new ArrayList<>();
        query(filter, sort, ascending, " limit " + Math.max(0, size) + " offset " + Math.max(0, first), page::add);
        return page;
    }

    @Override
    public void each(CaseloadFilter filter, CaseloadSort sort, Consumer<CaseloadEntry> sink) {
        query(filter, sort, true, "", sink);
    }

    /**
     * Two steps: the page's students in order (index-driven for "needs attention", no per-row work), then the extras of
     * those rows only. MariaDB would otherwise compute the extras for every row of the district before sorting.
     */
    private void query(
            CaseloadFilter filter, CaseloadSort sort, boolean ascending, String limit, Consumer<CaseloadEntry> sink) {
        Where where = new Where(filter);
        String mine = filter.caseloadFirstFor() == null
                ? "0"
                : "(select count(*) from caseload_member m where m.student_id = s.id and m.staff_user_id = "
                        + filter.caseloadFirstFor() + ")";
        String order = (filter.caseloadFirstFor() == null ? "" : "mine desc, ") + order(sort, ascending);
        // The school's name joins the page step only to sort by it: with it, MariaDB starts from the 40 schools.
        boolean bySchool = sort == CaseloadSort.SCHOOL;
        String page = "select s.id, st.student_sourced_id sourced_id, s.family_name, s.given_name, s.grade,"
                + " s.school_id, s.ell, st.tiers, st.flags, st.attention, st.max_tier, " + mine + " mine"
                + (bySchool ? ", sc.name school_name" : "") + from(filter)
                + (bySchool ? " join school sc on sc.id = s.school_id" : "") + where.sql + " order by " + order + limit;
        String sql = "select p.*, (select sc.name from school sc where sc.id = p.school_id) school,"
                + " (select max(pp.administered_on) from progress_point pp where pp.student_id = p.id) last_point,"
                + " (select min(ip.review_on) from intervention_plan ip where ip.student_id = p.id"
                + " and ip.status = 'ACTIVE') next_review,"
                + " (select count(*) from special_education_plan sp where sp.student_id = p.id) sped"
                + " from (" + page + ") p order by " + order;
        Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                where.bind(ps);
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(entry(rs));
                    }
                }
            }
            return null;
        });
    }

    /** Students with a standing: a student is listed once evaluated (every import and district run does that). */
    private static final String FROM = " from student_standing st join student s on s.id = st.student_id";

    private volatile Boolean mysql;

    /**
     * A tier, flag or "unmonitored" filter keeps a tenth of the district after one pass over the standings: MariaDB
     * is told to start there (it would read every student and look up each one's standing, three times slower).
     */
    private String from(CaseloadFilter f) {
        boolean byStanding = f.tier() != null || (f.flag() != null && !f.flag().isBlank()) || f.unmonitored();
        return byStanding && isMySql() ? FROM.replace(" join ", " straight_join ") : FROM;
    }

    private boolean isMySql() {
        if (mysql == null) {
            mysql = Jdbc.read(dataSource, c -> !Jdbc.isH2(c));
        }
        return mysql;
    }

    /** In column names of the page step, so the outer step can order by the same words. */
    private static String order(CaseloadSort sort, boolean ascending) {
        String dir = ascending ? " asc" : " desc";
        // The name index ends with the student's id: ties broken by it keep the index order.
        String byName = "family_name" + dir + ", given_name" + dir + ", id" + dir;
        return switch (sort) {
                // The attention index holds the sourced id after the two counts: read backwards it needs no sort.
            case NEEDS_ATTENTION -> "attention desc, max_tier desc, sourced_id desc";
            case NAME -> byName;
            case GRADE -> "grade" + dir + ", " + byName;
            case SCHOOL -> "school_name" + dir + ", " + byName;
        };
    }

    private static CaseloadEntry entry(ResultSet rs) throws SQLException {
        List<DomainTier> tiers = StudentStanding.decodeTiers(rs.getString("tiers")).stream()
                .map(t -> new DomainTier(t.domain(), t.tier()))
                .toList();
        List<DomainFlag> flags = StudentStanding.decodeFlags(rs.getString("flags")).stream()
                .map(f -> new DomainFlag(f.domain(), f.code()))
                .toList();
        return new CaseloadEntry(
                rs.getString("sourced_id"),
                rs.getString("family_name") + ", " + rs.getString("given_name"),
                rs.getString("grade"),
                rs.getString("school"),
                rs.getBoolean("ell"),
                rs.getInt("sped") > 0,
                tiers,
                flags,
                rs.getInt("attention"),
                Jdbc.date(rs, "last_point"),
                Jdbc.date(rs, "next_review"),
                rs.getInt("mine") > 0);
    }

    @Override
    public long count(CaseloadFilter filter) {
        Where where = new Where(filter);
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select count(*)" + from(filter) + where.sql)) {
                where.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public List<Choice> schools(Set<Long> scope) {
        return Jdbc.read(dataSource, c -> {
            List<Choice> schools = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select id, name from school order by name");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (scope == null || scope.contains(rs.getLong(1))) {
                        schools.add(new Choice(Long.toString(rs.getLong(1)), rs.getString(2)));
                    }
                }
            }
            return schools;
        });
    }

    @Override
    public List<String> grades() {
        List<String> grades = distinct("select distinct grade from student");
        // Kindergarten and pre-K read before grade 01.
        grades.sort(Comparator.comparing((String g) -> Character.isDigit(g.charAt(0)) ? 1 : 0)
                .thenComparing(g -> g.toUpperCase(Locale.ROOT)));
        return grades;
    }

    @Override
    public List<String> domains(long runId) {
        return distinct("select distinct domain from domain_decision where run_id = ? order by domain", runId);
    }

    @Override
    public List<String> flagCodes(long runId) {
        return distinct("select distinct code from flag_decision where run_id = ? order by code", runId);
    }

    private List<String> distinct(String sql, Object... params) {
        return Jdbc.read(dataSource, c -> {
            List<String> values = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Jdbc.bind(ps, List.of(params));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        values.add(rs.getString(1));
                    }
                }
            }
            return values;
        });
    }

    /** The WHERE clause of a filter and its parameters, in order. */
    private static final class Where {
        final String sql;
        final List<Object> params = new ArrayList<>();

        Where(CaseloadFilter f) {
            StringBuilder w = new StringBuilder(" where s.withdrawn = false");
            if (f.scope() != null) {
                w.append(
                        f.scope().isEmpty()
                                ? " and 1 = 0"
                                : " and s.school_id in ("
                                        + String.join(
                                                ",",
                                                f.scope().stream()
                                                        .map(String::valueOf)
                                                        .toList()) + ")");
            }
            if (f.schoolId() != null) {
                w.append(" and s.school_id = ?");
                params.add(f.schoolId());
            }
            if (present(f.grade())) {
                w.append(" and s.grade = ?");
                params.add(f.grade());
            }
            if (present(f.name())) {
                w.append(" and (lower(s.family_name) like ? or lower(s.given_name) like ?)");
                String like = f.name()
                                .trim()
                                .toLowerCase(Locale.ROOT)
                                .replace("%", "")
                                .replace("_", "") + "%";
                params.add(like);
                params.add(like);
            }
            if (f.caseloadOf() != null) {
                w.append(" and exists (select 1 from caseload_member m where m.student_id = s.id"
                        + " and m.staff_user_id = ?)");
                params.add(f.caseloadOf());
            }
            if ((f.tier() != null && !readable(f.domain())) || !readable(f.flag())) {
                w.append(" and 1 = 0"); // the text searches below: no domain or code holds the separators
            }
            // The standing's text says the tiers and flags of the latest run exactly: a domain or code never holds
            // the ':' and ';' around it (StudentStanding), so finding ":2@" or ";READING:2@" in it is the filter
            // itself, in one pass, without a probe per student into the decisions (H2 took 0.7-1.5 s for those at
            // 100k students). A plain substring search, not LIKE: H2 matches '%…%' patterns ten times slower.
            if (f.tier() != null) {
                if (present(f.domain())) {
                    w.append(" and locate(?, concat(';', st.tiers)) > 0");
                    params.add(";" + f.domain() + ":" + f.tier() + "@");
                } else {
                    w.append(" and locate(?, st.tiers) > 0");
                    params.add(":" + f.tier() + "@");
                }
            }
            if (present(f.flag()) && present(f.domain())) {
                // In the domain, or about the student as a whole.
                w.append(
                        " and (locate(?, concat(';', st.flags, ';')) > 0 or locate(?, concat(';', st.flags, ';')) > 0)");
                params.add(";" + f.domain() + ":" + f.flag() + ";");
                params.add(";" + StudentDecisions.STUDENT_LEVEL + ":" + f.flag() + ";");
            } else if (present(f.flag())) {
                w.append(" and locate(?, concat(st.flags, ';')) > 0");
                params.add(":" + f.flag() + ";");
            }
            // A domain without a tier: any decision in it, a tier or none (which the standing's text leaves out).
            if (present(f.domain()) && f.tier() == null) {
                w.append(" and exists (select 1 from domain_decision t where t.run_id = st.run_id"
                        + " and t.student_sourced_id = s.sourced_id and t.domain = ?)");
                params.add(f.domain());
            }
            if (f.attentionOnly()) {
                w.append(" and st.attention > 0");
            }
            // The evaluation keeps the unmonitored domains in the standing (V10): a new point only ever removes a
            // domain, so the column keeps the few students who can be unmonitored now, and they alone are checked
            // against the points as they are (a point whose re-evaluation has not run yet counts at once).
            if (f.unmonitored()) {
                w.append(" and st.unmonitored <> '' and exists (select 1 from domain_decision u where"
                        + " u.run_id = st.run_id and u.student_sourced_id = s.sourced_id and u.tier >= 2");
                if (present(f.domain())) {
                    w.append(" and u.domain = ?");
                    params.add(f.domain());
                }
                w.append(" and not exists (select 1 from progress_point p where p.student_id = s.id"
                        + " and p.domain = u.domain))");
            }
            if (f.reviewOverdue()) {
                w.append(" and exists (select 1 from intervention_plan r where r.student_id = s.id"
                        + " and r.status = 'ACTIVE' and r.review_on < ?)");
                params.add(java.sql.Date.valueOf(java.time.LocalDate.now()));
            }
            sql = w.toString();
        }

        void bind(PreparedStatement ps) throws SQLException {
            Jdbc.bind(ps, params);
        }

        private static boolean readable(String value) {
            return value == null || (value.indexOf(':') < 0 && value.indexOf(';') < 0);
        }

        private static boolean present(String s) {
            return s != null && !s.isBlank();
        }
    }
}
