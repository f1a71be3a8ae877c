package com.whereai.app.server;

import com.slack.api.app_backend.SlackSignature;
import com.whereai.slack.support.SlackPayloads;
import com.whereai.slack.support.SlackTestServer;
import com.whereai.teams.support.Activities;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Real HTTP calls to a where-ai server on 127.0.0.1: signed Slack slash commands, Teams activities, GETs. */
record ServerCalls(int port, String signingSecret) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A slash command signed with the server's secret (or, with {@code tampered}, with another). */
    HttpResponse<String> slashCommand(String text, String responseUrl, boolean tampered) throws Exception {
        String body = SlackTestServer.encode(SlackPayloads.slashCommand(text, responseUrl));
        String timestamp = Long.toString(SlackTestServer.nowSeconds());
        String signature =
                new SlackSignature.Generator(tampered ? "not-the-secret" : signingSecret).generate(timestamp, body);
        return HTTP.send(
                HttpRequest.newBuilder(uri("/slack/events"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp)
                        .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signature)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A Teams personal-chat message, as the Bot Framework Emulator sends it (no token: the server is local-only). */
    HttpResponse<String> teamsMessage(String serviceUrl, String text) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(uri("/api/messages"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                Activities.message(serviceUrl, text, "personal", "en-US")
                                        .toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
