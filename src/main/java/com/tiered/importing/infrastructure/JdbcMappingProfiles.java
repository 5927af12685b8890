package com.tiered.importing.infrastructure;

import com.tiered.importing.domain.ContractColumns;
import com.tiered.importing.domain.DatePattern;
import com.tiered.importing.domain.ImportKind;
import com.tiered.importing.domain.MappingProfile;
import com.tiered.importing.domain.MappingProfiles;
import com.tiered.importing.domain.ProfileRefused;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** The profiles in import_mapping_profile, their columns and their value mappings (migration V9). */
@ApplicationScoped
public class JdbcMappingProfiles implements MappingProfiles {
    private static final String SELECT =
            "select id, name, version, kind, date_format, saved_by, saved_at from import_mapping_profile";

    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    public JdbcMappingProfiles() {}

    public JdbcMappingProfiles(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public MappingProfile save(MappingProfile draft, String author, Instant at) {
        try {
            return Jdbc.inTransaction(dataSource, c -> insert(c, draft, author, at));
        } catch (IllegalStateException e) {
            // Two saves of one name at once: the unique (name, version) lets one through; the other says so.
            if (e.getCause() instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                throw new ProfileRefused("Another save of the profile '" + draft.name()
                        + "' came first; open the newest version and save again");
            }
            throw e;
        }
    }

    private static MappingProfile insert(Connection c, MappingProfile draft, String author, Instant at)
            throws SQLException {
        int version = 1;
        try (PreparedStatement ps =
                c.prepareStatement("select max(version) from import_mapping_profile where name = ?")) {
            ps.setString(1, draft.name());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    version = rs.getInt(1) + 1;
                }
            }
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "insert into import_mapping_profile (name, version, kind, date_format, saved_by, saved_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, draft.name());
            ps.setInt(2, version);
            ps.setString(3, draft.kind().urlName());
            ps.setString(4, draft.dateFormat().label());
            ps.setString(5, author);
            ps.setTimestamp(6, Timestamp.from(at));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        insertColumns(c, id, draft);
        insertValues(c, id, draft);
        return draft.saved(version, author, at);
    }

    /** The header column by column, each with the contract column it fills (the first of equal names fills it). */
    private static void insertColumns(Connection c, long id, MappingProfile draft) throws SQLException {
        Map<String, String> fieldOf = new HashMap<>();
        draft.columns().forEach((field, column) -> fieldOf.put(MappingProfile.key(column), field));
        try (PreparedStatement ps = c.prepareStatement("insert into import_mapping_column"
                + " (profile_id, column_index, source_column, contract_field) values (?, ?, ?, ?)")) {
            int index = 0;
            for (String column : draft.header()) {
                ps.setLong(1, id);
                ps.setInt(2, index++);
                ps.setString(3, column.trim());
                ps.setString(4, fieldOf.remove(MappingProfile.key(column)));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertValues(Connection c, long id, MappingProfile draft) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into import_mapping_value"
                + " (profile_id, contract_field, value_index, source_value, contract_value) values (?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, Map<String, String>> field : draft.values().entrySet()) {
                int index = 0;
                for (Map.Entry<String, String> value : field.getValue().entrySet()) {
                    ps.setLong(1, id);
                    ps.setString(2, field.getKey());
                    ps.setInt(3, index++);
                    ps.setString(4, value.getKey().trim());
                    ps.setString(
                            5, value.getValue() == null ? "" : value.getValue().trim());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    @Override
    public Optional<MappingProfile> newest(String name) {
        return one(SELECT + " where name = ? order by version desc", name, null);
    }

    @Override
    public Optional<MappingProfile> version(String name, int version) {
        return one(SELECT + " where name = ? and version = ?", name, version);
    }

    @Override
    public List<MappingProfile> newestOfEach() {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " p where p.version = (select max(version)"
                    + " from import_mapping_profile q where q.name = p.name) order by name")) {
                return load(c, ps);
            }
        });
    }

    @Override
    public Optional<String> savedLast(Collection<String> names) {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        List<String> list = List.copyOf(names);
        // The id breaks a tie of saved_at: Connector/J sends MariaDB whole seconds, so two saves can share one.
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select name from import_mapping_profile where name in ("
                    + Jdbc.marks(list.size()) + ") order by saved_at desc, id desc")) {
                ps.setMaxRows(1);
                Jdbc.bind(ps, list);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    private Optional<MappingProfile> one(String sql, String name, Integer version) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setMaxRows(1);
                ps.setString(1, name);
                if (version != null) {
                    ps.setInt(2, version);
                }
                return load(c, ps).stream().findFirst();
            }
        });
    }

    private record Stored(
            long id, String name, int version, String kind, String dateFormat, String savedBy, Instant savedAt) {}

    private static List<MappingProfile> load(Connection c, PreparedStatement ps) throws SQLException {
        List<Stored> stored = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                stored.add(new Stored(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getInt("version"),
                        rs.getString("kind"),
                        rs.getString("date_format"),
                        rs.getString("saved_by"),
                        rs.getTimestamp("saved_at").toInstant()));
            }
        }
        if (stored.isEmpty()) {
            return List.of();
        }
        List<Long> ids = stored.stream().map(Stored::id).toList();
        Map<Long, List<String[]>> columns = rows(
                c,
                "select profile_id, source_column, contract_field from import_mapping_column where profile_id in ("
                        + Jdbc.marks(ids.size()) + ") order by profile_id, column_index",
                ids,
                2);
        Map<Long, List<String[]>> values = rows(
                c,
                "select profile_id, contract_field, source_value, contract_value from import_mapping_value"
                        + " where profile_id in (" + Jdbc.marks(ids.size()) + ")"
                        + " order by profile_id, contract_field, value_index",
                ids,
                3);
        List<MappingProfile> profiles = new ArrayList<>();
        for (Stored s : stored) {
            profiles.add(profile(s, columns.getOrDefault(s.id(), List.of()), values.getOrDefault(s.id(), List.of())));
        }
        return profiles;
    }

    private static MappingProfile profile(Stored s, List<String[]> columns, List<String[]> values) {
        ImportKind kind = ImportKind.ofUrlName(s.kind());
        List<String> order =
                ContractColumns.of(kind).map(ContractColumns::fields).orElse(List.of());
        List<String> header = new ArrayList<>();
        Map<String, String> mapped = new HashMap<>();
        for (String[] column : columns) {
            header.add(column[0]);
            if (column[1] != null) {
                mapped.put(column[1], column[0]);
            }
        }
        Map<String, String> byField = new LinkedHashMap<>();
        mapped.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> order.indexOf(e.getKey())))
                .forEach(e -> byField.put(e.getKey(), e.getValue()));
        Map<String, Map<String, String>> byValue = new LinkedHashMap<>();
        for (String[] value : values) {
            byValue.computeIfAbsent(value[0], f -> new LinkedHashMap<>()).put(value[1], value[2]);
        }
        return MappingProfile.draft(
                        s.name(),
                        kind,
                        byField,
                        byValue,
                        DatePattern.ofLabel(s.dateFormat()).orElseThrow(),
                        header)
                .saved(s.version(), s.savedBy(), s.savedAt());
    }

    /** The rows of a query by the profile id in its first column; the other {@code width} columns as text. */
    private static Map<Long, List<String[]>> rows(Connection c, String sql, List<Long> ids, int width)
            throws SQLException {
        Map<Long, List<String[]>> rows = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String[] row = new String[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = rs.getString(i + 2);
                    }
                    rows.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(row);
                }
            }
        }
        return rows;
    }
}
