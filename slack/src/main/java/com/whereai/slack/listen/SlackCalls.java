package com.whereai.slack.listen;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Calls to Slack that either succeed or throw an unchecked exception naming the method and Slack's error. */
final class SlackCalls {

    private SlackCalls() {}

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
