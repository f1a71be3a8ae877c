package com.whereai.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.whereai.core.WhereAiBot;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.Lang;
import com.whereai.slack.listen.ButtonListener;
import com.whereai.slack.listen.DirectMessageListener;
import com.whereai.slack.listen.HomeOpenedListener;
import com.whereai.slack.listen.InMemorySeenEvents;
import com.whereai.slack.listen.MentionListener;
import com.whereai.slack.listen.QuestionnaireButtonListener;
import com.whereai.slack.listen.QuestionnaireSubmissionListener;
import com.whereai.slack.listen.SeenEvents;
import com.whereai.slack.listen.ShareListener;
import com.whereai.slack.listen.SlackAnswers;
import com.whereai.slack.listen.SlashCommandListener;
import com.whereai.slack.render.BlockKitRenderer;
import com.whereai.slack.render.HomeTab;
import com.whereai.slack.render.ModalRenderer;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the Bolt app: where-ai's listeners on Slack's command, interactivity and event requests. */
public final class WhereAiSlackApp {

    public static final String COMMAND = "/where-ai";
    private static final Logger LOG = LoggerFactory.getLogger(WhereAiSlackApp.class);

    private WhereAiSlackApp() {}

    /** Bolt's app, answering clearly instead of with a 500 while Slack rejects the bot token. */
    private static final class WhereAiBoltApp extends App {

        private final ClearAuthorizationFailure authorizationFailure;
        private final ResponseUrlCheck responseUrls;
        /** Checked here rather than by Bolt's middleware, which is turned off: see {@link SlackSignatures}. */
        private final SlackSignatures signatures;

        WhereAiBoltApp(AppConfig config, Lang defaultLang, ResponseUrls allowed) {
            super(config);
            this.authorizationFailure = new ClearAuthorizationFailure(config.getSigningSecret(), defaultLang);
            this.responseUrls = new ResponseUrlCheck(allowed);
            this.signatures = new SlackSignatures(config.getSigningSecret(), Clock.systemUTC());
        }

        @Override
        public Response run(Request request) throws Exception {
            if (!signatures.accepts(request)) {
                LOG.info("Slack request refused: its signature is missing, stale or wrong");
                return Response.json(401, "{\"error\":\"invalid request\"}");
            }
            Optional<Response> refused = responseUrls.refusal(request);
            if (refused.isPresent()) {
                return refused.get();
            }
            try {
                return super.run(request);
            } catch (IllegalArgumentException e) {
                if (status() == Status.Running) {
                    throw e;
                }
                return authorizationFailure.respond(request, e);
            }
        }
    }

    public static App create(SlackSettings settings, WhereAiBot bot, Guide guide, ExecutorService executor) {
        return create(settings, bot, guide, executor, new InMemorySeenEvents(Clock.systemUTC()));
    }

    /**
     * @param seen the event ids already answered, kept where every replica sees them, so a retry that reaches another
     *     replica is answered once
     */
    public static App create(
            SlackSettings settings, WhereAiBot bot, Guide guide, ExecutorService executor, SeenEvents seen) {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(settings.apiUrl());
        // the SDK's call statistics are not used (no async clients, no metrics read); on, they keep threads that wake
        // every second
        slackConfig.setStatsEnabled(false);
        Slack slack = Slack.getInstance(slackConfig);
        App app = new WhereAiBoltApp(
                AppConfig.builder()
                        .signingSecret(settings.signingSecret())
                        .requestVerificationEnabled(false) // WhereAiBoltApp checks it, faster (SlackSignatures)
                        .singleTeamBotToken(settings.botToken())
                        .slack(slack)
                        .unmatchedRequestHandler(request -> request.getRequestType() == RequestType.Event
                                ? Response.ok()
                                : Response.builder()
                                        .statusCode(404)
                                        .contentType("application/json")
                                        .body("{\"error\":\"unknown request\"}")
                                        .build())
                        .build(),
                settings.defaultLang(),
                new ResponseUrls(settings.apiUrl()));
        SlackAnswers answers = new SlackAnswers(bot, executor, settings.defaultLang());
        app.command(COMMAND, new SlashCommandListener(answers));
        app.blockAction(
                Pattern.compile("^" + Pattern.quote(BlockKitRenderer.COMMAND_ACTION) + ".+$"),
                new ButtonListener(answers));
        app.blockAction(BlockKitRenderer.SHARE_ACTION, new ShareListener(answers));
        app.blockAction(BlockKitRenderer.QUESTIONNAIRE_ACTION, new QuestionnaireButtonListener(answers));
        app.viewSubmission(ModalRenderer.CALLBACK_ID, new QuestionnaireSubmissionListener(answers));
        app.event(AppHomeOpenedEvent.class, new HomeOpenedListener(answers, new HomeTab(), seen));
        app.event(AppMentionEvent.class, new MentionListener(answers, seen));
        app.event(MessageEvent.class, new DirectMessageListener(answers, seen));
        return app;
    }

    /**
     * Asks Slack who the bot token belongs to and logs one clear line either way; Bolt would otherwise only
     * fail on the first request. Returns whether Slack accepted the token.
     */
    public static boolean checkConnection(App app, SlackSettings settings) {
        try {
            AuthTestResponse auth = app.slack().methods(settings.botToken()).authTest(r -> r);
            if (auth.isOk()) {
                LOG.info(
                        "Slack connected: bot {} in workspace {} ({})",
                        auth.getUser(),
                        auth.getTeam(),
                        settings.apiUrl());
                return true;
            }
            LOG.error(
                    "Slack rejected SLACK_BOT_TOKEN: auth.test answered '{}' at {}. Check the token (xoxb-...) and that the app "
                            + "is installed in the workspace.",
                    auth.getError(),
                    settings.apiUrl());
        } catch (Exception e) {
            LOG.error(
                    "Slack could not be reached for auth.test at {}: {}. Check SLACK_API_URL and the network.",
                    settings.apiUrl(),
                    e.toString());
        }
        return false;
    }
}
