package com.tiered.benchmark;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The database of a benchmark: a new connection each time (a few ms each, a few hundred per run). */
final class BenchmarkDataSource implements DataSource {
    private final DataSource target;

    private BenchmarkDataSource(DataSource target) {
        this.target = target;
    }

    static DataSource of(String url, String user, String password) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            // Open until the JVM ends, as the app's connection pool keeps it: otherwise H2 closes the database, and
            // compacts its file, each time the benchmark's last connection closes.
            h2.setURL(url + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
            h2.setUser(user);
            h2.setPassword(password);
            return new BenchmarkDataSource(h2);
        }
        MysqlDataSource mysql = new MysqlDataSource();
        mysql.setURL(url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true");
        mysql.setUser(user);
        mysql.setPassword(password);
        return new BenchmarkDataSource(mysql);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target.getConnection();
    }

    @Override
    public Connection getConnection(String u, String p) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
