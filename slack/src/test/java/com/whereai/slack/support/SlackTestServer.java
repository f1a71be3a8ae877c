package com.whereai.slack.support;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.whereai.core.WhereAiBot;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.GuideLoader;
import com.whereai.knowledge.Lang;
import com.whereai.slack.SlackSettings;
import com.whereai.slack.WhereAiSlackApp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The Slack adapter behind a real Jetty server at POST /slack/events, talking to a {@link SlackApiStub},
 * with helpers that send requests signed the way Slack signs them.
 */
public final class SlackTestServer implements AutoCloseable {

    public static final String SECRET = "test-signing-secret";
    public static final Guide GUIDE = GuideLoader.loadBundled();
    private static final WhereAiBot BOT = new WhereAiBot(GUIDE, retrieval -> retrieval);

    private final Server jetty = new Server();
    private final ServerConnector connector = new ServerConnector(jetty);
    private final ExecutorService workers;
    private final HttpClient http = HttpClient.newHttpClient();
    private final App app;

    public SlackTestServer(SlackApiStub slack) throws Exception {
        this(slack, BOT);
    }

    public SlackTestServer(SlackApiStub slack, WhereAiBot bot) throws Exception {
        this(slack, bot, Executors.newFixedThreadPool(4));
    }

    /** @param workers where slow work runs after the ack (a saturated one tests "too busy") */
    public SlackTestServer(SlackApiStub slack, WhereAiBot bot, ExecutorService workers) throws Exception {
        this.workers = workers;
        app = WhereAiSlackApp.create(
                new SlackSettings(SECRET, "xoxb-test-token", Optional.empty(), slack.apiUrl(), Lang.SV),
                bot,
                GUIDE,
                workers);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new SlackAppServlet(app)), "/slack/events");
        jetty.setHandler(context);
        jetty.start();
    }

    public App app() {
        return app;
    }

    public String url() {
        return "http://127.0.0.1:" + connector.getLocalPort() + "/slack/events";
    }

    /** A form-encoded request (slash commands), signed now. */
    public HttpResponse<String> postForm(Map<String, String> form) throws Exception {
        return post(encode(form), "application/x-www-form-urlencoded", nowSeconds(), true, Map.of());
    }

    /** An interactivity request: the JSON payload in a form field, as Slack sends it. */
    public HttpResponse<String> postPayload(String json) throws Exception {
        return post(
                "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded",
                nowSeconds(),
                true,
                Map.of());
    }

    /** An Events API request, signed now, with extra headers (X-Slack-Retry-Num ...). */
    public HttpResponse<String> postEvent(String json, Map<String, String> headers) throws Exception {
        return post(json, "application/json", nowSeconds(), true, headers);
    }

    public HttpResponse<String> post(
            String body, String contentType, long timestamp, boolean sign, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url()))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (sign) {
            request.header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, Long.toString(timestamp));
            request.header(
                    SlackSignature.HeaderNames.X_SLACK_SIGNATURE,
                    new SlackSignature.Generator(SECRET).generate(Long.toString(timestamp), body));
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The answer to {@code /where-ai text}: the ack's body when the answer came in the ack, else (an answer that took
     * slow work) the message posted to the command's response_url {@code id} on the stub.
     */
    public String slashCommandAnswer(String text, SlackApiStub slack, String id) throws Exception {
        HttpResponse<String> ack = postForm(SlackPayloads.slashCommand(text, slack.responseUrl(id)));
        if (ack.statusCode() == 200 && !ack.body().isBlank()) {
            return ack.body();
        }
        return slack.await("/response/" + id).body();
    }

    public static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static long nowSeconds() {
        return System.currentTimeMillis() / 1000;
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
        workers.shutdownNow();
    }
}
