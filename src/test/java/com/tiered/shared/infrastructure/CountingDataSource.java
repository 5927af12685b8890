package com.tiered.shared.infrastructure;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A database that counts what the code under test asks of it: the commits (on MySQL each one waits for the disk),
 * and the statements prepared whose text starts with a given prefix.
 */
public final class CountingDataSource {
    private final DataSource target;
    private final String statementPrefix;
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicInteger statements = new AtomicInteger();

    public CountingDataSource(DataSource target, String statementPrefix) {
        this.target = target;
        this.statementPrefix = statementPrefix;
    }

    /** The database to give the code under test. */
    public DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? counted(connection) : result;
                });
    }

    public int commits() {
        return commits.get();
    }

    /** Statements prepared that start with the prefix. */
    public int statements() {
        return statements.get();
    }

    private Connection counted(Connection connection) {
        return (Connection)
                Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                    if (m.getName().equals("commit")) {
                        commits.incrementAndGet();
                    } else if (m.getName().equals("prepareStatement") && ((String) a[0]).startsWith(statementPrefix)) {
                        statements.incrementAndGet();
                    }
                    return invoke(connection, m, a);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
