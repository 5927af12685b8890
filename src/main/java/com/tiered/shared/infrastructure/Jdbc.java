package com.tiered.shared.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/** The few JDBC chores the stores share. */
public final class Jdbc {
    /**
     * Values per IN list of keys: H2 checks each row it finds against the whole list, one value after another, so a
     * list of 1,000 costs it ten times a list of 200 per row; MariaDB pays a round trip per list, which is small.
     */
    public static final int IN_LIST = 200;

    private Jdbc() {}

    /** Work that runs in one local transaction: committed whole, or rolled back whole. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    public static <T> T inTransaction(DataSource dataSource, Work<T> work) {
        return inTransaction(dataSource, -1, work);
    }

    /**
     * Like {@link #inTransaction(DataSource, Work)} at the given isolation level (a {@link Connection} constant), set
     * before the transaction begins and restored after it.
     */
    public static <T> T inTransaction(DataSource dataSource, int isolation, Work<T> work) {
        return transaction(dataSource, isolation, work, true);
    }

    /**
     * Runs the work in a transaction that is always rolled back: it goes through every statement a real write does
     * (so the JIT compiles that path) and leaves nothing behind.
     */
    public static <T> T rehearse(DataSource dataSource, int isolation, Work<T> work) {
        return transaction(dataSource, isolation, work, false);
    }

    private static <T> T transaction(DataSource dataSource, int isolation, Work<T> work, boolean keep) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            int before = c.getTransactionIsolation();
            if (isolation >= 0 && isolation != before) {
                c.setTransactionIsolation(isolation);
            }
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                if (keep) {
                    c.commit();
                } else {
                    c.rollback();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            } finally {
                if (!c.isClosed()) {
                    c.setAutoCommit(auto);
                    if (isolation >= 0 && isolation != before) {
                        c.setTransactionIsolation(before);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Database failure: " + e.getMessage(), e);
        }
    }

    /** Whether the connection is to the embedded H2 (else MySQL or MariaDB), for the few statements that differ. */
    public static boolean isH2(Connection c) throws SQLException {
        return "H2".equals(c.getMetaData().getDatabaseProductName());
    }

    /** The values in consecutive parts of at most {@code size}, one IN list each. */
    public static <T> List<List<T>> parts(List<T> values, int size) {
        List<List<T>> parts = new java.util.ArrayList<>();
        for (int from = 0; from < values.size(); from += size) {
            parts.add(values.subList(from, Math.min(values.size(), from + size)));
        }
        return parts;
    }

    /** "?,?,?" for an IN list of {@code n} values. */
    public static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    /** Binds the values to the statement's parameters, in order from the first. */
    public static void bind(PreparedStatement ps, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setObject(i + 1, values.get(i));
        }
    }

    public static <T> T read(DataSource dataSource, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Database failure: " + e.getMessage(), e);
        }
    }

    /** Read as a LocalDate directly: java.sql.Date goes through a Calendar per value, a hot spot in big reads. */
    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date, Types.DATE);
        }
    }

    public static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** Cuts a text to a column's width, so that a long explanation never fails a whole batch. */
    public static String fit(String text, int width) {
        return text == null || text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
