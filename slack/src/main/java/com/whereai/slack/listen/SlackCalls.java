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
