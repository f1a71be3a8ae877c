package com.whereai.app.server;

import com.slack.api.bolt.App;
import com.whereai.app.AppConfig;
import com.whereai.app.Bots;
import com.whereai.app.ollama.OllamaStatus;
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
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded Jetty server for every endpoint: {@code POST /slack/events} (Slack over HTTP),
 * {@code POST /api/messages} (Teams) and {@code GET /health}. With SLACK_APP_TOKEN, Slack runs over Socket
 * Mode instead and needs no endpoint.
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
    private final ExecutorService workers;
    private final Optional<SlackSocketMode> socketMode;

    private WhereAiServer(
            Server jetty, ServerConnector connector, ExecutorService workers, Optional<SlackSocketMode> socketMode) {
        this.jetty = jetty;
        this.connector = connector;
        this.workers = workers;
        this.socketMode = socketMode;
    }

    /** Starts on {@code config.port()} (0 picks a free port). */
    public static WhereAiServer start(AppConfig config) {
        Guide guide = GuideLoader.loadBundled();
        WhereAiBot bot = Bots.create(guide, config);
        ExecutorService workers = new ThreadPoolExecutor(
                WORKERS,
                WORKERS,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUED_WORK),
                daemonThreads("where-ai-worker-"));
        config.modelSettings().ifPresent(settings -> workers.execute(() -> OllamaStatus.check(settings)));
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setPort(config.port());
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new MethodFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder("health", new HealthServlet(config, bot.counters())), "/health");
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
            App slack = WhereAiSlackApp.create(settings, bot, guide, workers);
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
        context.addServlet(
                new ServletHolder("teams", new TeamsMessagesServlet(new TeamsEndpoint(teams, bot))), TEAMS_PATH);
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
        LOG.info("where-ai started on port {} with {}", connector.getLocalPort(), config);
        return new WhereAiServer(jetty, connector, workers, socketMode);
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
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
