package com.whereai.app;

import com.whereai.app.server.WhereAiServer;
import picocli.CommandLine.Command;

/**
 * {@code where-ai serve}: the HTTP server hosting the Slack and Teams endpoints, {@code /health} and {@code /metrics}.
 * SIGTERM stops it gracefully (not ready, answers in flight finish), then it exits 0.
 */
@Command(name = "serve", description = "Run the server (PORT, default 3978).", mixinStandardHelpOptions = true)
final class ServeCommand implements Runnable {

    private final WhereAi.Context context;

    ServeCommand(WhereAi.Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        AppConfig config = context.config();
        WhereAiServer server = WhereAiServer.start(config);
        TerminationSignals.onTermination(server::drainAndStop);
        context.out().println("where-ai listening on http://localhost:" + server.port() + " (GET /health)");
        context.out().flush();
        server.join();
    }
}
