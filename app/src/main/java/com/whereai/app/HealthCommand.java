package com.whereai.app;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code where-ai health}: a container's health check without curl. Exits 0 when the server on this machine's
 * {@code PORT} answers {@code GET /health} with 200 within the timeout, else 1 (a container runtime reads any other
 * code as an error of the check itself). Prints one line: the status, never the body.
 */
@Command(
        name = "health",
        description =
                "Exit 0 when the server on PORT answers GET /health with 200, else 1 (for container health checks).",
        mixinStandardHelpOptions = true)
final class HealthCommand implements Callable<Integer> {

    static final int HEALTHY = 0;
    static final int UNHEALTHY = 1;

    private final WhereAi.Context context;

    @Option(names = "--path", defaultValue = "/health", description = "The path to ask, default ${DEFAULT-VALUE}.")
    String path;

    @Option(
            names = "--timeout",
            defaultValue = "3",
            paramLabel = "SECONDS",
            description = "How long to wait for the answer, default ${DEFAULT-VALUE} s.")
    int timeoutSeconds;

    HealthCommand(WhereAi.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        int port;
        try {
            port = context.config().port();
        } catch (AppConfig.ConfigException e) {
            return unhealthy(e.getMessage());
        }
        if (port == 0) {
            return unhealthy("PORT=0 lets the server pick a port; the health check needs a fixed PORT");
        }
        URI uri;
        try {
            uri = new URI("http", null, "127.0.0.1", port, path.startsWith("/") ? path : "/" + path, null, null);
        } catch (URISyntaxException e) {
            return unhealthy("--path is not a path: " + e.getReason());
        }
        try {
            int status = status(uri, Duration.ofSeconds(Math.max(1, timeoutSeconds)));
            if (status == 200) {
                context.out().println("healthy: GET " + uri + " answered 200");
                context.out().flush();
                return HEALTHY;
            }
            return unhealthy("GET " + uri + " answered " + status);
        } catch (IOException e) {
            return unhealthy("GET " + uri + " got no answer (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The status of one GET, straight to this machine (no proxy); the body is not read. */
    private static int status(URI uri, Duration timeout) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
        try {
            connection.setConnectTimeout((int) timeout.toMillis());
            connection.setReadTimeout((int) timeout.toMillis());
            connection.setInstanceFollowRedirects(false);
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }

    private int unhealthy(String why) {
        context.err().println("where-ai: unhealthy: " + why);
        context.err().flush();
        return UNHEALTHY;
    }
}
