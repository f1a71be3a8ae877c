package com.whereai.app.server;

import com.whereai.app.AppConfig;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One embedded Jetty server for every endpoint: {@code GET /health} now, the Slack and Teams adapters as they come. */
public final class WhereAiServer {

    private static final Logger LOG = LoggerFactory.getLogger(WhereAiServer.class);

    private final Server jetty;
    private final ServerConnector connector;

    private WhereAiServer(Server jetty, ServerConnector connector) {
        this.jetty = jetty;
        this.connector = connector;
    }

    /** Starts on {@code config.port()} (0 picks a free port). */
    public static WhereAiServer start(AppConfig config) {
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setPort(config.port());
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder("health", new HealthServlet(config)), "/health");
        jetty.setHandler(context);
        jetty.setStopAtShutdown(true);
        try {
            jetty.start();
        } catch (Exception e) {
            throw new IllegalStateException("where-ai could not start on port " + config.port() + ": " + e.getMessage(), e);
        }
        LOG.info("where-ai started on port {} with {}", connector.getLocalPort(), config);
        return new WhereAiServer(jetty, connector);
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
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("where-ai did not stop cleanly: {}", e.getMessage());
        }
    }
}
