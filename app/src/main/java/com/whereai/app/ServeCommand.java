package com.whereai.app;

import com.whereai.app.server.WhereAiServer;
import picocli.CommandLine.Command;

/** {@code where-ai serve}: the HTTP server hosting the Slack and Teams endpoints and {@code /health}. */
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
        context.out().println("where-ai listening on http://localhost:" + server.port() + " (GET /health)");
        context.out().flush();
        server.join();
    }
}
