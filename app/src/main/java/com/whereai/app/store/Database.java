package com.whereai.app.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database where-ai keeps its state in: PostgreSQL when {@code WHERE_AI_DATABASE_URL} names one (several replicas
 * share it), otherwise an embedded H2 file that needs no server. Opening it migrates the schema (Flyway, {@code
 * db/migration}); every replica may do so at start, Flyway takes a lock.
 *
 * <p>A circuit breaker (resilience4j) stands in front of the pool: after connections fail {@link
 * #FAILURES_TO_OPEN} times in a row, the stores are skipped at once for {@link #SKIP_FOR} (each falls back: answer
 * without the conversation, allow the use, answer the event) instead of every request waiting for a connection; then
 * one request tries again. The change is logged once each way, not per request.
 */
public final class Database implements AutoCloseable {

    private static final int POOL_SIZE = 8;
    /** How long a request waits for a free connection before it is answered without the store. */
    private static final long CONNECTION_TIMEOUT_MILLIS = 500;
    /** How long a PostgreSQL query may take before the driver gives up on it. */
    private static final int QUERY_TIMEOUT_SECONDS = 2;

    /** Connection failures in a row that open the breaker. */
    static final int FAILURES_TO_OPEN = 3;
    /** How long the stores are skipped once the breaker is open, before one request tries again. */
    static final Duration SKIP_FOR = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource pool;
    private final boolean embedded;
    private final CircuitBreaker breaker;

    private Database(HikariDataSource pool, boolean embedded, Duration skipFor) {
        this.pool = pool;
        this.embedded = embedded;
        this.breaker = CircuitBreaker.of(
                "where-ai-db",
                CircuitBreakerConfig.custom()
                        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(FAILURES_TO_OPEN)
                        .minimumNumberOfCalls(FAILURES_TO_OPEN)
                        .failureRateThreshold(100)
                        .waitDurationInOpenState(skipFor)
                        .permittedNumberOfCallsInHalfOpenState(1)
                        .recordExceptions(SQLException.class)
                        .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            switch (event.getStateTransition().getToState()) {
                case OPEN ->
                    LOG.warn(
                            "The database does not answer: the state stores are skipped for {} s (answers go on without"
                                    + " them)",
                            skipFor.toSeconds());
                case CLOSED -> LOG.info("The database answers again: the state stores are used again");
                default -> {}
            }
        });
    }

    /**
     * @param url a {@code jdbc:postgresql:} URL (user and password as its parameters), or null for the embedded file
     * @param dataDir where the embedded file lives when {@code url} is null
     * @throws DatabaseException when it cannot be reached or migrated; the message names no password
     */
    public static Database open(String url, Path dataDir) {
        return open(url, dataDir, SKIP_FOR);
    }

    /** As {@link #open(String, Path)}, skipping the stores for {@code skipFor} once they fail (tests shorten it). */
    static Database open(String url, Path dataDir, Duration skipFor) {
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
        return new Database(pool, embedded, skipFor);
    }

    /** A database over a pool made elsewhere (tests: a pool that runs dry), skipped for {@code skipFor} on failure. */
    static Database over(HikariDataSource pool, Duration skipFor) {
        return new Database(pool, true, skipFor);
    }

    public DataSource dataSource() {
        return pool;
    }

    /**
     * A connection from the pool, or at once {@link Skipped} while the breaker is open. The caller falls back as it
     * does for any {@link SQLException}; {@code Sql.warn} does not log each skip.
     */
    public Connection connection() throws SQLException {
        if (!breaker.tryAcquirePermission()) {
            throw new Skipped();
        }
        long start = System.nanoTime();
        try {
            Connection connection = pool.getConnection();
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return connection;
        } catch (SQLException | RuntimeException e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            throw e;
        }
    }

    /** False while the breaker is open: the stores are being skipped (metrics and readiness show it). */
    public boolean answering() {
        return breaker.getState() != CircuitBreaker.State.OPEN;
    }

    /** True for a skip while the breaker is open, which the stores do not log one by one. */
    static boolean quietly(SQLException e) {
        return e instanceof Skipped;
    }

    /** Thrown instead of waiting for a connection while the database is known not to answer. */
    static final class Skipped extends SQLTransientConnectionException {
        Skipped() {
            super("the database is being skipped: it did not answer", "08001");
        }
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
