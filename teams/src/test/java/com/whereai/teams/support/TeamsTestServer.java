package com.whereai.teams.support;

import com.whereai.core.WhereAiBot;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.GuideLoader;
import com.whereai.teams.TeamsEndpoint;
import com.whereai.teams.TeamsMessagesServlet;
import com.whereai.teams.TeamsSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The Teams adapter behind a real Jetty server at POST /api/messages. */
public final class TeamsTestServer implements AutoCloseable {

    public static final Guide GUIDE = GuideLoader.loadBundled();
    public static final WhereAiBot BOT = new WhereAiBot(GUIDE, r -> r);

    private final Server jetty = new Server();
    private final ServerConnector connector = new ServerConnector(jetty);
    private final HttpClient http = HttpClient.newHttpClient();

    public TeamsTestServer(TeamsSettings settings) throws Exception {
        this(settings, BOT);
    }

    public TeamsTestServer(TeamsSettings settings, WhereAiBot bot) throws Exception {
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(
                new ServletHolder(new TeamsMessagesServlet(new TeamsEndpoint(settings, bot))), "/api/messages");
        jetty.setHandler(context);
        jetty.start();
    }

    public String url() {
        return "http://127.0.0.1:" + connector.getLocalPort() + "/api/messages";
    }

    public HttpResponse<String> post(String activity, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
    }
}
