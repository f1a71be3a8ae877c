package com.whereai.app.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The database where-ai keeps its state in: PostgreSQL when {@code WHERE_AI_DATABASE_URL} names one (several replicas
 * share it), otherwise an embedded H2 file that needs no server. Opening it migrates the schema (Flyway, {@code
 * db/migration}); every replica may do so at start, Flyway takes a lock.
 */
public final class Database implements AutoCloseable {

    private static final int POOL_SIZE = 8;
    /** How long a request waits for a free connection before it is answered without the store. */
    private static final long CONNECTION_TIMEOUT_MILLIS = 500;
    /** How long a PostgreSQL query may take before the driver gives up on it. */
    private static final int QUERY_TIMEOUT_SECONDS = 2;

    private final HikariDataSource pool;
    private final boolean embedded;

    private Database(HikariDataSource pool, boolean embedded) {
        this.pool = pool;
        this.embedded = embedded;
    }

    /**
     * @param url a {@code jdbc:postgresql:} URL (user and password as its parameters), or null for the embedded file
     * @param dataDir where the embedded file lives when {@code url} is null
     * @throws DatabaseException when it cannot be reached or migrated; the message names no password
     */
    public static Database open(String url, Path dataDir) {
        boolean embedded = url == null || url.isBlank();
        String jdbcUrl = embedded
                ? "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("where-ai")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                : url;
        if (!embedded && !url.startsWith("jdbc:postgresql:")) {
            throw new DatabaseException("WHERE_AI_DATABASE_URL must be a jdbc:postgresql: URL");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("where-ai-db");
        // The store is used before Slack's ack (3 s): a database that does not answer at once is given up on, and the
        // message answered without it, rather than hold the request.
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setInitializationFailTimeout(10_000);
        if (!embedded) {
            config.addDataSourceProperty("connectTimeout", "2");
            config.addDataSourceProperty("socketTimeout", Integer.toString(QUERY_TIMEOUT_SECONDS));
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseException(
                    "the database could not be opened (" + where(embedded, dataDir) + "): " + rootMessage(e));
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new DatabaseException("the database schema could not be migrated: " + rootMessage(e));
        }
        return new Database(pool, embedded);
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** True for the embedded file, false for PostgreSQL. */
    public boolean embedded() {
        return embedded;
    }

    /** Whether a connection answers now (readiness). */
    public boolean reachable() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private static String where(boolean embedded, Path dataDir) {
        return embedded ? "embedded file in " + dataDir.toAbsolutePath() : "WHERE_AI_DATABASE_URL";
    }

    /** The innermost cause's message, without the URL's parameters (where a password may be). */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("(?i)(password|user)=[^&;\\s]*", "$1=***");
    }

    /** The database could not be opened or migrated. */
    public static final class DatabaseException extends RuntimeException {
        public DatabaseException(String message) {
            super(message);
        }
    }
}
