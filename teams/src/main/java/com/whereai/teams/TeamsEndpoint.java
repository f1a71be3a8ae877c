package com.whereai.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.RoleTypes;
import com.whereai.core.WhereAiBot;
import com.whereai.core.i18n.Messages;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One incoming Bot Framework activity, start to finish: parse it, authenticate it (when an app id is set),
 * run the bot, and map the outcome to HTTP: 200/202 accepted, 400 unreadable, 401 not authenticated.
 * botbuilder-java stays inside this module.
 */
public final class TeamsEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(TeamsEndpoint.class);
    /** Bot Framework wants an answer within about 15 s; a longer turn goes on and replies through the connector. */
    private static final long TURN_WAIT_SECONDS = 10;

    /** The HTTP answer to one POST /api/messages. */
    public record Outcome(int status, String body) {}

    private final ObjectMapper json = new ObjectMapper()
            .findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final BotFrameworkAdapter adapter;
    private final WhereAiTeamsBot bot;
    private final TeamsSettings settings;
    private final AtomicInteger turnsInProgress = new AtomicInteger();

    public TeamsEndpoint(TeamsSettings settings, WhereAiBot core) {
        this.settings = settings;
        this.bot = new WhereAiTeamsBot(core, settings.defaultLang());
        settings.openIdMetadataUrl().ifPresent(ChannelValidation::setOpenIdMetaDataUrl);
        this.adapter = settings.authenticated()
                ? new BotFrameworkAdapter(credentials(settings), new AuthenticationConfiguration(), null, null, null)
                : new BotFrameworkAdapter(new SimpleCredentialProvider());
        adapter.setOnTurnError((turn, error) -> {
            LOG.warn("Teams turn failed: {}", error.toString());
            return turn.sendActivity(MessageFactory.text(Messages.get().text(settings.defaultLang(), "teams.error")))
                    .thenApply(r -> null);
        });
    }

    public boolean authenticated() {
        return settings.authenticated();
    }

    /**
     * Turns still running, a long one that outlived its HTTP answer too (it replies through the connector): a server
     * shutting down waits for them.
     */
    public int turnsInProgress() {
        return turnsInProgress.get();
    }

    public Outcome handle(String body, String authorization) {
        Activity activity;
        try {
            activity = json.readValue(body, Activity.class);
        } catch (Exception e) {
            return new Outcome(400, "{\"error\":\"the body is not a Bot Framework activity\"}");
        }
        if (activity == null || activity.getType() == null) {
            return new Outcome(400, "{\"error\":\"the activity has no type\"}");
        }
        if (!settings.authenticated() && !LocalServiceUrls.allowed(activity.getServiceUrl())) {
            return new Outcome(400, "{\"error\":\"without MICROSOFT_APP_ID the serviceUrl must be this machine\"}");
        }
        if (activity.getConversation() == null || activity.getConversation().getId() == null) {
            return new Outcome(400, "{\"error\":\"the activity has no conversation\"}");
        }
        if (activity.getLocale() != null && !wellFormedLocale(activity.getLocale())) {
            activity.setLocale(null); // the SDK throws on a malformed one; the bot falls back to the default language
        }
        withRoles(activity);
        try {
            InvokeResponse response = counted(() -> adapter.processActivity(authorization, activity, bot::onTurn))
                    .get(TURN_WAIT_SECONDS, TimeUnit.SECONDS);
            if (response == null) {
                return new Outcome(202, "");
            }
            if (response.getStatus() == 501) {
                // the SDK's answer to an invoke this bot has no handler for: the request's fault, not the server's
                return new Outcome(400, "{\"error\":\"this bot handles no such invoke\"}");
            }
            return new Outcome(
                    response.getStatus(),
                    response.getBody() == null ? "" : json.writeValueAsString(response.getBody()));
        } catch (ExecutionException | CompletionException e) {
            if (isAuthenticationFailure(e)) {
                return unauthorized(e);
            }
            LOG.warn(
                    "Teams activity failed: {}",
                    e.getCause() == null ? e.toString() : e.getCause().toString());
            return new Outcome(500, "{\"error\":\"the bot failed\"}");
        } catch (TimeoutException e) {
            return new Outcome(202, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(503, "{\"error\":\"interrupted\"}");
        } catch (Exception e) {
            if (isAuthenticationFailure(e)) {
                return unauthorized(e);
            }
            LOG.warn("Teams activity failed: {}", e.toString());
            return new Outcome(500, "{\"error\":\"the bot failed\"}");
        }
    }

    /** The turn, counted in {@link #turnsInProgress()} until it completes. */
    private <T> CompletableFuture<T> counted(Supplier<CompletableFuture<T>> turn) {
        turnsInProgress.incrementAndGet();
        CompletableFuture<T> running;
        try {
            running = turn.get();
        } catch (RuntimeException e) {
            turnsInProgress.decrementAndGet();
            throw e;
        }
        running.whenComplete((result, error) -> turnsInProgress.decrementAndGet());
        return running;
    }

    /** The SDK reports bad tokens as its AuthenticationException or as the JWT library's own exceptions, sync or async. */
    private static boolean isAuthenticationFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthenticationException
                    || t instanceof com.auth0.jwt.exceptions.JWTVerificationException) {
                return true;
            }
        }
        return false;
    }

    private static Outcome unauthorized(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        LOG.info("Teams request refused: {}", root.getMessage());
        return new Outcome(401, "{\"error\":\"unauthorized\"}");
    }

    private static boolean wellFormedLocale(String tag) {
        try {
            new java.util.Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (java.util.IllformedLocaleException e) {
            return false;
        }
    }

    /** The SDK dereferences recipient.role and from.role; Teams and some test clients leave them out. */
    private static void withRoles(Activity activity) {
        if (activity.getRecipient() == null) {
            activity.setRecipient(new ChannelAccount());
        }
        if (activity.getRecipient().getRole() == null) {
            activity.getRecipient().setRole(RoleTypes.BOT);
        }
        if (activity.getFrom() != null && activity.getFrom().getRole() == null) {
            activity.getFrom().setRole(RoleTypes.USER);
        }
    }

    private static AppCredentials credentials(TeamsSettings settings) {
        String appId = settings.appId().orElseThrow();
        String password = settings.appPassword().orElse("");
        if (settings.singleTenant()) {
            String tenant = settings.tenantId()
                    .orElseThrow(() ->
                            new IllegalStateException("MICROSOFT_APP_TYPE=SingleTenant needs MICROSOFT_APP_TENANT_ID"));
            return new com.whereai.teams.auth.TenantAppCredentials(appId, password, tenant, settings.loginUrl());
        }
        return new MicrosoftAppCredentials(appId, password);
    }
}
