package com.whereai.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.whereai.core.i18n.Messages;
import com.whereai.knowledge.Lang;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a request gets while Slack rejects the bot token. Bolt runs auth.test when it starts on the first
 * request and, if Slack says no, throws, which the servlet turns into a 500. Instead: the request's
 * signature is still verified (401 if bad), the failure gets one clear log line a minute, a slash command
 * gets a short notice for the user, and anything else a quiet 200 so Slack does not retry a broken set-up.
 * Bolt tries auth.test again on the next request, so a fixed installation recovers without a restart.
 */
final class ClearAuthorizationFailure {

    private static final Logger LOG = LoggerFactory.getLogger(ClearAuthorizationFailure.class);
    private static final long LOG_EVERY_MILLIS = 60_000;

    private final RequestVerification verification;
    private final Lang defaultLang;
    private final AtomicLong lastLogged = new AtomicLong();

    ClearAuthorizationFailure(String signingSecret, Lang defaultLang) {
        this.verification =
                new RequestVerification(new SlackSignature.Verifier(new SlackSignature.Generator(signingSecret)));
        this.defaultLang = defaultLang;
    }

    Response respond(Request request, Exception failure) throws Exception {
        return verification.apply(request, Response.builder().statusCode(200).build(), verified -> {
            long now = System.currentTimeMillis();
            long last = lastLogged.get();
            if (now - last > LOG_EVERY_MILLIS && lastLogged.compareAndSet(last, now)) {
                LOG.error(
                        "Slack request not handled: Slack rejects SLACK_BOT_TOKEN ({}). Check the token and that the app is "
                                + "installed; users get a short notice meanwhile.",
                        failure.getMessage());
            }
            if (verified.getRequestType() == RequestType.Command) {
                return Response.json(
                        200,
                        Map.of(
                                "response_type",
                                "ephemeral",
                                "text",
                                Messages.get().text(defaultLang, "slack.not-authorized")));
            }
            return Response.ok();
        });
    }
}
