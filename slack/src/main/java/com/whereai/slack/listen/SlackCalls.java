package com.whereai.slack.listen;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Calls to Slack that either succeed or throw an unchecked exception naming the method and Slack's error. */
final class SlackCalls {

    /**
     * One snake-case Gson for every message sent to a response_url. The SDK's own {@code respond} builds a new Gson for
     * each message, which reflects over the whole Block Kit model again and costs far more than composing the reply.
     */
    private static final com.google.gson.Gson SNAKE_CASE = com.slack.api.util.json.GsonFactory.createSnakeCase();

    /** Slack's error codes, as a response_url answers them: alone ("expired_url") or in JSON ({"error":"..."}). */
    private static final java.util.regex.Pattern ERROR_WORD = java.util.regex.Pattern.compile("[a-z_]{1,40}");

    private static final java.util.regex.Pattern ERROR_FIELD =
            java.util.regex.Pattern.compile("\"error\"\\s*:\\s*\"([a-z_]{1,40})\"");

    private SlackCalls() {}

    /** Posts {@code message} (a response object, or a JSON tree) to a response_url, written by the shared Gson. */
    static void respond(com.slack.api.Slack slack, String responseUrl, Object message) {
        try {
            webhook("response_url", slack.send(responseUrl, SNAKE_CASE.toJson(message)));
        } catch (IOException e) {
            throw new UncheckedIOException("response_url failed", e);
        }
    }

    /** A message as the JSON Slack reads, written by the shared Gson. */
    static String json(Object message) {
        return SNAKE_CASE.toJson(message);
    }

    /** Blocks as the JSON tree Slack reads, written by the shared Gson. */
    static com.google.gson.JsonElement tree(Object blocks) {
        return SNAKE_CASE.toJsonTree(blocks);
    }

    interface Call<T> {
        T run() throws IOException, SlackApiException;
    }

    static <T> T call(String method, Call<T> call) {
        try {
            T response = call.run();
            if (response instanceof SlackApiTextResponse r && !r.isOk()) {
                throw new SlackCallFailed(method + " failed: " + r.getError());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " failed", e);
        } catch (SlackApiException e) {
            throw new SlackCallFailed(method + " failed: " + e.getMessage());
        }
    }

    /**
     * A message sent to a response_url: Slack answers an error there in the body (with a 4xx or 5xx), where Bolt does
     * not look. Blocks it refuses ({@code invalid_blocks}) throw, so that the card can be sent again another way; any
     * other error status throws too (an expired or used URL, Slack failing), so that the failure is logged and the
     * user told where possible, instead of the reply vanishing.
     */
    static void webhook(String what, com.slack.api.webhook.WebhookResponse response) {
        if (response == null) {
            return;
        }
        String body = response.getBody() == null ? "" : response.getBody();
        if (body.contains("\"invalid_blocks\"")) {
            throw new SlackCallFailed(what + " failed: invalid_blocks");
        }
        Integer status = response.getCode();
        if (status != null && status >= 400) {
            throw new SlackCallFailed(what + " failed: HTTP " + status + errorWord(body));
        }
    }

    /** Slack's error code from a response_url's answer (" expired_url"), or nothing: no other text reaches a log. */
    private static String errorWord(String body) {
        String trimmed = body.trim();
        if (ERROR_WORD.matcher(trimmed).matches()) {
            return " " + trimmed;
        }
        java.util.regex.Matcher field = ERROR_FIELD.matcher(trimmed);
        return field.find() ? " " + field.group(1) : "";
    }

    /** Slack answered, but not with ok. */
    static final class SlackCallFailed extends RuntimeException {
        SlackCallFailed(String message) {
            super(message);
        }

        boolean is(String error) {
            return getMessage().endsWith(": " + error);
        }
    }
}
