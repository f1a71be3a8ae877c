package com.whereai.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses (400) a request whose response_url the bot may not call ({@link ResponseUrls}), before Bolt runs it: the
 * bot answers through that URL, so a forged or broken one must never be called. (Not a Bolt middleware: adding one
 * makes Bolt check the bot token at once, which would stop the app from starting while Slack rejects the token.)
 */
final class ResponseUrlCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseUrlCheck.class);

    private final ResponseUrls allowed;

    ResponseUrlCheck(ResponseUrls allowed) {
        this.allowed = allowed;
    }

    /** The answer refusing this request, or empty when its response_url (if any) may be called. */
    Optional<Response> refusal(Request<?> request) {
        List<String> urls = responseUrls(request);
        if (request instanceof SlashCommandRequest && urls.isEmpty()) {
            return Optional.of(refused(request)); // a slash command is answered only through its response_url
        }
        for (String url : urls) {
            if (!allowed.allowed(url)) {
                return Optional.of(refused(request));
            }
        }
        return Optional.empty();
    }

    private static Response refused(Request<?> request) {
        LOG.info("Slack request refused: its response_url is missing or not Slack's ({})", request.getRequestType());
        return Response.builder()
                .statusCode(400)
                .contentType("application/json")
                .body("{\"error\":\"response_url not allowed\"}")
                .build();
    }

    private static List<String> responseUrls(Request<?> request) {
        List<String> urls = new ArrayList<>();
        if (request instanceof SlashCommandRequest slash && slash.getPayload() != null) {
            urls.add(slash.getPayload().getResponseUrl());
        } else if (request instanceof BlockActionRequest action && action.getPayload() != null) {
            urls.add(action.getPayload().getResponseUrl());
        } else if (request instanceof ViewSubmissionRequest submission
                && submission.getPayload() != null
                && submission.getPayload().getResponseUrls() != null) {
            for (ViewSubmissionPayload.ResponseUrl url : submission.getPayload().getResponseUrls()) {
                urls.add(url == null ? null : url.getResponseUrl());
            }
        }
        // an absent response_url calls nothing; the listeners answer another way
        return urls.stream().filter(Objects::nonNull).toList();
    }
}
