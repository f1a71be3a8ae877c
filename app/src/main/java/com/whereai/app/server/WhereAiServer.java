package com.whereai.app.server;

import com.slack.api.bolt.App;
import com.whereai.app.AppConfig;
import com.whereai.app.Bots;
import com.whereai.app.metrics.MetricsServlet;
import com.whereai.app.metrics.Surface;
import com.whereai.app.metrics.SurfaceRequestFilter;
import com.whereai.app.metrics.WhereAiMetrics;
import com.whereai.app.ollama.OllamaStatus;
import com.whereai.app.store.Database;
import com.whereai.app.store.StateStores;
import com.whereai.core.WhereAiBot;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.GuideLoader;
import com.whereai.slack.SlackSettings;
import com.whereai.slack.SlackSocketMode;
import com.whereai.slack.WhereAiSlackApp;
import com.whereai.teams.TeamsEndpoint;
import com.whereai.teams.TeamsMessagesServlet;
import com.whereai.teams.TeamsSettings;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded Jetty server for every endpoint: {@code POST /slack/events} (Slack over HTTP),
 * {@code POST /api/messages} (Teams), {@code GET /health}, the probes {@code GET /health/live} and
 * {@code GET /health/ready}, and {@code GET /metrics}. With SLACK_APP_TOKEN, Slack runs over Socket Mode instead and
 * needs no endpoint. {@link #drainAndStop()} stops it gracefully: not ready first, then the answers in flight finish.
 */
public final class WhereAiServer {

    public static final String SLACK_PATH = "/slack/events";
    public static final String TEAMS_PATH = "/api/messages";
    private static final Logger LOG = LoggerFactory.getLogger(WhereAiServer.class);
    private static final int WORKERS = 8;
    /** Work waiting for a worker; past this, users get a short "too busy" answer instead of a growing backlog. */
    private static final int QUEUED_WORK = 500;

    private final Server jetty;
    private final ServerConnector connector;
    private final WorkerPool workers;
    private final Optional<SlackSocketMode> socketMode;
    private final StateStores stores;
    private final Readiness readiness;
    private final InFlightWork inFlight;
    private final Duration drainTimeout;

    private WhereAiServer(
            Server jetty,
            ServerConnector connector,
            WorkerPool workers,
            Optional<SlackSocketMode> socketMode,
            Readiness readiness,
            InFlightWork inFlight,
            Duration drainTimeout,
            StateStores stores) {
        this.jetty = jetty;
        this.connector = connector;
        this.workers = workers;
        this.socketMode = socketMode;
        this.readiness = readiness;
        this.inFlight = inFlight;
        this.drainTimeout = drainTimeout;
        this.stores = stores;
    }

    /**
     * Starts on {@code config.port()} (0 picks a free port), with its state in the database {@code
     * WHERE_AI_DATABASE_URL} names or the embedded file.
     *
     * @throws Database.DatabaseException when the database cannot be opened or migrated
     */
    public static WhereAiServer start(AppConfig config) {
        Guide guide = GuideLoader.loadBundled();
        StateStores stores = StateStores.in(
                Database.open(config.databaseUrl().orElse(null), config.dataDir()), java.time.Clock.systemUTC());
        try {
            return start(config, guide, stores);
        } catch (RuntimeException e) {
            stores.close();
            throw e;
        }
    }

    private static WhereAiServer start(AppConfig config, Guide guide, StateStores stores) {
        WhereAiBot bot = Bots.create(guide, config, stores.bot());
        Readiness readiness = new Readiness();
        WhereAiMetrics metrics = new WhereAiMetrics();
        metrics.answers(bot.counters());
        metrics.readiness(readiness::ready);
        metrics.store(stores.database()::answering);
        WorkerPool workers = new WorkerPool(WORKERS, QUEUED_WORK, () -> metrics.rejected("queue_full"));
        metrics.workers(workers);
        config.modelSettings().ifPresent(settings -> workers.execute(() -> OllamaStatus.check(settings)));
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setPort(config.port());
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new MethodFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder("health", new HealthServlet(config, bot.counters())), "/health");
        context.addServlet(new ServletHolder("live", ProbeServlet.liveness()), "/health/live");
        context.addServlet(
                new ServletHolder("ready", ProbeServlet.readiness(readiness, stores.database()::answering)),
                "/health/ready");
        context.addServlet(new ServletHolder("metrics", new MetricsServlet(metrics)), "/metrics");
        SurfaceRequestFilter slackRequests = surfaceFilter(context, Surface.SLACK, metrics, SLACK_PATH);
        SurfaceRequestFilter teamsRequests = surfaceFilter(context, Surface.TEAMS, metrics, TEAMS_PATH);
        Optional<SlackSocketMode> socketMode = Optional.empty();
        if (config.slackEnabled()) {
            // Socket Mode needs no signing secret (Slack's WebSocket is authenticated by the app token); Bolt wants one
            // anyway.
            String signingSecret = config.slackSigningSecret()
                    .orElseGet(() -> java.util.UUID.randomUUID().toString());
            SlackSettings settings = new SlackSettings(
                    signingSecret,
                    config.slackBotToken().orElseThrow(),
                    config.slackAppToken(),
                    config.slackApiUrl(),
                    config.defaultLang());
            App slack = WhereAiSlackApp.create(
                    settings, bot.observedBy(metrics.replies(Surface.SLACK)), guide, workers, stores.slackEvents());
            workers.execute(() -> WhereAiSlackApp.checkConnection(slack, settings));
            if (config.slackAppToken().isPresent()) {
                socketMode = Optional.of(
                        SlackSocketMode.start(slack, config.slackAppToken().get()));
                context.addServlet(
                        new ServletHolder("slack-off", new SwitchedOffServlet("Slack runs over Socket Mode here")),
                        SLACK_PATH);
            } else {
                context.addServlet(new ServletHolder("slack", new SlackEventsServlet(slack)), SLACK_PATH);
            }
        } else {
            context.addServlet(
                    new ServletHolder(
                            "slack-off",
                            new SwitchedOffServlet("Slack is off: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN")),
                    SLACK_PATH);
        }
        TeamsSettings teams = new TeamsSettings(
                config.microsoftAppId(),
                config.microsoftAppPassword(),
                config.microsoftAppTenantId(),
                config.microsoftAppType(),
                TeamsSettings.DEFAULT_LOGIN_URL,
                java.util.Optional.empty(),
                config.defaultLang());
        TeamsEndpoint teamsEndpoint = new TeamsEndpoint(teams, bot.observedBy(metrics.replies(Surface.TEAMS)));
        context.addServlet(new ServletHolder("teams", new TeamsMessagesServlet(teamsEndpoint)), TEAMS_PATH);
        jetty.setHandler(context);
        jetty.setStopAtShutdown(true);
        try {
            jetty.start();
        } catch (Exception e) {
            workers.shutdownNow();
            socketMode.ifPresent(SlackSocketMode::close);
            throw new IllegalStateException(
                    "where-ai could not start on port " + config.port() + ": " + e.getMessage(), e);
        }
        readiness.started();
        LOG.info("where-ai started on port {} with {}", connector.getLocalPort(), config);
        InFlightWork inFlight = new InFlightWork(List.of(
                slackRequests::inProgress,
                teamsRequests::inProgress,
                workers::pending,
                teamsEndpoint::turnsInProgress));
        return new WhereAiServer(
                jetty, connector, workers, socketMode, readiness, inFlight, config.drainTimeout(), stores);
    }

    /** Times and counts the requests to one surface's endpoint. */
    private static SurfaceRequestFilter surfaceFilter(
            ServletContextHandler context, Surface surface, WhereAiMetrics metrics, String path) {
        SurfaceRequestFilter filter = new SurfaceRequestFilter(surface, metrics);
        context.addFilter(new FilterHolder(filter), path, EnumSet.of(DispatcherType.REQUEST));
        return filter;
    }

    public int port() {
        return connector.getLocalPort();
    }

    public void join() {
        try {
            jetty.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the server takes traffic now ({@code GET /health/ready}). */
    public Readiness.State state() {
        return readiness.state();
    }

    /**
     * A graceful stop (SIGTERM): readiness goes false first, so a load balancer sends no more traffic; Socket Mode
     * stops taking events; then the answers in flight (requests being handled, work queued for the workers, Teams
     * turns) finish, for at most WHERE_AI_DRAIN_SECONDS; then the server stops. Requests that still come meanwhile are
     * answered.
     */
    public void drainAndStop() {
        readiness.draining();
        LOG.info(
                "where-ai stopping: not ready; letting {} answers in flight finish (at most {} s)",
                inFlight.count(),
                drainTimeout.toSeconds());
        socketMode.ifPresent(SlackSocketMode::close);
        if (inFlight.awaitNone(drainTimeout)) {
            LOG.info("where-ai drained: nothing in flight");
        } else {
            LOG.warn(
                    "where-ai drain timed out after {} s with {} answers still in flight",
                    drainTimeout.toSeconds(),
                    inFlight.count());
        }
        stop();
    }

    public void stop() {
        socketMode.ifPresent(SlackSocketMode::close);
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("where-ai did not stop cleanly: {}", e.getMessage());
        }
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stores.close();
    }

    /** Where this server keeps its state (tests read feedback and conversations back through it). */
    public StateStores stores() {
        return stores;
    }
}
