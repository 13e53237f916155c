package io.autogen.dialect.toy;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The JDBC driver of {@link ToyDialect}'s URLs: {@code jdbc:toypg:REST} is PostgreSQL's {@code jdbc:postgresql:REST}
 * (registered in the test class path's {@code META-INF/services/java.sql.Driver}).
 */
public final class ToyDriver implements Driver {
    static {
        try {
            DriverManager.registerDriver(new ToyDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Driver postgres = new org.postgresql.Driver();

    private static String postgresUrl(String url) {
        return "jdbc:postgresql:" + url.substring(ToyDialect.URL_PREFIX.length());
    }

    @Override public Connection connect(String url, Properties info) throws SQLException {
        return acceptsURL(url) ? postgres.connect(postgresUrl(url), info) : null;
    }

    @Override public boolean acceptsURL(String url) {
        return url != null && url.startsWith(ToyDialect.URL_PREFIX);
    }

    @Override public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo(postgresUrl(url), info);
    }

    @Override public int getMajorVersion() { return postgres.getMajorVersion(); }
    @Override public int getMinorVersion() { return postgres.getMinorVersion(); }
    @Override public boolean jdbcCompliant() { return postgres.jdbcCompliant(); }
    @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException { return postgres.getParentLogger(); }
}
