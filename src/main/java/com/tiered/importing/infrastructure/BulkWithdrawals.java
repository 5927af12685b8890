package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.ImportLimits;
import com.tiered.importing.domain.WithdrawalPlan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Plans the withdrawals of a bulk users.csv before anything is stored: the bundle's schools are the schools of
 * orgs.csv and those of the students users.csv lists; the students it lists are a set, each school's active students
 * one query, and the plan their difference — no query per row.
 */
final class BulkWithdrawals {
    private final DataSource dataSource;
    private final ImportLimits limits;

    BulkWithdrawals(DataSource dataSource, ImportLimits limits) {
        this.dataSource = dataSource;
        this.limits = limits;
    }

    /**
     * @param notes takes a warning when the plan is given up (users.csv cannot be read to its end)
     */
    WithdrawalPlan plan(OneRosterBundle bundle, OneRosterManifest manifest, StudentRoles roles, List<String> notes) {
        Set<String> schools = new LinkedHashSet<>();
        if (manifest.reads("orgs.csv")) {
            try (CsvSource orgs = new CsvSource(
                    bundle.open("orgs.csv"),
                    "orgs.csv",
                    Set.of("sourcedid", "name", "type"),
                    Set.of("sourcedid", "name", "type", "status"),
                    limits)) {
                for (SourceRow row : orgs) {
                    if (row.get("type").equalsIgnoreCase("school")
                            && !row.get("sourcedid").isEmpty()) {
                        schools.add(row.get("sourcedid"));
                    }
                }
            }
        }
        Set<String> listed = new HashSet<>();
        try (CsvSource users = StudentRoles.openUsers(bundle, manifest.version(), limits)) {
            for (SourceRow row : users) {
                if (row.unreadable()) {
                    // What follows the broken record is unknown: leaving it out must not withdraw anyone.
                    notes.add("users.csv could not be read from line " + row.line()
                            + " on, so nobody was withdrawn for being left out of it");
                    return WithdrawalPlan.NONE;
                }
                if (roles.isStudent(row) && !row.get("sourcedid").isEmpty()) {
                    listed.add(row.get("sourcedid"));
                    String school = roles.school(row);
                    if (!school.isEmpty()) {
                        schools.add(school);
                    }
                }
            }
        }
        return WithdrawalPlan.of(rosters(schools), listed);
    }

    /** Each stored school of the bundle with its active students: one query per school. */
    private List<WithdrawalPlan.Roster> rosters(Set<String> schools) {
        List<WithdrawalPlan.Roster> rosters = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select sc.name, s.sourced_id from school sc"
                        + " left join student s on s.school_id = sc.id and s.withdrawn = false"
                        + " where sc.sourced_id = ?")) {
            for (String school : schools) {
                ps.setString(1, school);
                String name = null;
                List<String> active = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        name = rs.getString(1);
                        if (rs.getString(2) != null) {
                            active.add(rs.getString(2));
                        }
                    }
                }
                if (name != null) {
                    rosters.add(new WithdrawalPlan.Roster(school, name, active));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database failed during the import: " + e.getMessage(), e);
        }
        return rosters;
    }
}
