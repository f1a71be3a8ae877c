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
     * A message sent to a response_url: Slack answers an error there in the body (with a 404), where Bolt does not
     * look. Blocks it refuses ({@code invalid_blocks}) throw, so that the card can be sent again another way; any
     * other answer is as before, not checked.
     */
    static void webhook(String what, com.slack.api.webhook.WebhookResponse response) {
        if (response != null && response.getBody() != null && response.getBody().contains("\"invalid_blocks\"")) {
            throw new SlackCallFailed(what + " failed: invalid_blocks");
        }
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
