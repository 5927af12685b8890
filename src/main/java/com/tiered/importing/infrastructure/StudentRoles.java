package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.ImportLimits;
import com.tiered.importing.infrastructure.OneRosterManifest.Mode;
import com.tiered.importing.infrastructure.OneRosterManifest.Version;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Which rows of a bundle's users.csv are students, and at which school. OneRoster 1.0 and 1.1 say it in the row
 * (role; the first of orgSourcedIds); 1.2 in roles.csv (the school of the user's primary student role). Where a 1.2
 * roles.csv says nothing of a user — a delta roles file, or none — a user who is already a student stays one, at
 * their school: a delta users file that corrects a name carries no role.
 */
final class StudentRoles {
    private static final Set<String> USER_COLUMNS = Set.of(
            "sourcedid",
            "status",
            "givenname",
            "familyname",
            "role",
            "orgsourcedids",
            "grades",
            "enableduser",
            "username");

    private final Version version;
    private final Map<String, String> roleSchool;
    private final Map<String, String> stored;

    private StudentRoles(Version version, Map<String, String> roleSchool, Map<String, String> stored) {
        this.version = version;
        this.roleSchool = roleSchool;
        this.stored = stored;
    }

    static StudentRoles read(
            OneRosterBundle bundle, OneRosterManifest manifest, DataSource dataSource, ImportLimits limits) {
        if (manifest.version() != Version.V1_2) {
            return new StudentRoles(manifest.version(), Map.of(), Map.of());
        }
        Map<String, String> schools = new HashMap<>();
        Set<String> named = new HashSet<>();
        if (manifest.reads("roles.csv")) {
            rolesOf(bundle, limits, schools, named);
        }
        Map<String, String> stored = Map.of();
        if (manifest.mode("roles.csv") != Mode.BULK && manifest.reads("users.csv")) {
            stored = storedStudents(bundle, manifest, dataSource, limits, named);
        }
        return new StudentRoles(manifest.version(), schools, stored);
    }

    /** OneRoster 1.2: userSourcedId → the school of the user's (primary) student role; {@code named}: any status. */
    private static void rolesOf(
            OneRosterBundle bundle, ImportLimits limits, Map<String, String> schools, Set<String> named) {
        try (CsvSource file = new CsvSource(
                bundle.open("roles.csv"),
                "roles.csv",
                Set.of("usersourcedid", "role", "orgsourcedid"),
                Set.of("usersourcedid", "role", "orgsourcedid", "roletype", "status"),
                limits)) {
            for (SourceRow row : file) {
                if (!row.get("role").equalsIgnoreCase("student")) {
                    continue;
                }
                String user = row.get("usersourcedid");
                named.add(user);
                if (!"tobedeleted".equalsIgnoreCase(row.get("status"))) {
                    boolean primary = !row.get("roletype").equalsIgnoreCase("secondary");
                    if (primary || !schools.containsKey(user)) {
                        schools.put(user, row.get("orgsourcedid"));
                    }
                }
            }
        }
    }

    /** The users that roles.csv does not name and that are stored students: their school, one query per 1,000. */
    private static Map<String, String> storedStudents(
            OneRosterBundle bundle,
            OneRosterManifest manifest,
            DataSource dataSource,
            ImportLimits limits,
            Set<String> named) {
        List<String> others = new ArrayList<>();
        try (CsvSource users = openUsers(bundle, manifest.version(), limits)) {
            for (SourceRow row : users) {
                String id = row.get("sourcedid");
                if (!id.isEmpty() && !named.contains(id)) {
                    others.add(id);
                }
            }
        }
        Map<String, String> found = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < others.size(); from += CsvImporter.CHUNK) {
                List<String> part = others.subList(from, Math.min(others.size(), from + CsvImporter.CHUNK));
                try (PreparedStatement ps = c.prepareStatement("select s.sourced_id, sc.sourced_id from student s"
                        + " join school sc on sc.id = s.school_id where s.sourced_id in ("
                        + String.join(",", Collections.nCopies(part.size(), "?")) + ")")) {
                    for (int i = 0; i < part.size(); i++) {
                        ps.setString(i + 1, part.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database failed during the import: " + e.getMessage(), e);
        }
        return found;
    }

    /** users.csv with the columns its version requires (1.2 takes the role and the school from roles.csv). */
    static CsvSource openUsers(OneRosterBundle bundle, Version version, ImportLimits limits) {
        Set<String> required = version == Version.V1_2
                ? Set.of("sourcedid", "givenname", "familyname")
                : Set.of("sourcedid", "givenname", "familyname", "role", "orgsourcedids");
        return new CsvSource(bundle.open("users.csv"), "users.csv", required, USER_COLUMNS, limits);
    }

    boolean isStudent(SourceRow row) {
        if (version != Version.V1_2) {
            return row.get("role").equalsIgnoreCase("student");
        }
        String id = row.get("sourcedid");
        return roleSchool.containsKey(id) || row.get("role").equalsIgnoreCase("student") || stored.containsKey(id);
    }

    /** The student's school, empty when the bundle does not say. */
    String school(SourceRow row) {
        if (version == Version.V1_2) {
            String id = row.get("sourcedid");
            if (roleSchool.containsKey(id)) {
                return roleSchool.get(id);
            }
            if (row.get("orgsourcedids").isEmpty()) {
                return stored.getOrDefault(id, "");
            }
        }
        return row.get("orgsourcedids").split(",")[0].trim();
    }

    /** Where a student's school comes from, as the report names it. */
    String schoolColumn() {
        return version == Version.V1_2 ? "roles.csv orgSourcedId" : "orgSourcedIds";
    }

    /** The row's status withdraws the student: tobedeleted, and in OneRoster 1.0 also inactive. */
    boolean withdraws(SourceRow row) {
        String status = row.get("status");
        return status.equalsIgnoreCase("tobedeleted") || version == Version.V1_0 && status.equalsIgnoreCase("inactive");
    }
}
