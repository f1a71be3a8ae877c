package com.whereai.slack.listen;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.whereai.core.questionnaire.Answers;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import com.whereai.slack.render.ModalMetadata;
import com.whereai.slack.render.QuestionnaireModal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code /where-ai ...}: acks at once and answers privately through the response_url with a card and a
 * "share in channel" button. A model-written answer gets a placeholder first, then replaces it (the
 * response_url takes only five messages, so the ephemeral answer is not updated token by token). Alone, or with just "recommend", it opens the questionnaire modal instead.
 */
public final class SlashCommandListener implements SlashCommandHandler {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SlashCommandListener.class);

    private static final Set<String> OPENS_QUESTIONNAIRE = Set.of("", "recommend", "rekommendera", "rek", "questionnaire", "frågor");

    private final SlackAnswers answers;
    private final QuestionnaireModal modal = new QuestionnaireModal();

    public SlashCommandListener(SlackAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        String text = payload.getText() == null ? "" : payload.getText().strip();
        String user = payload.getUserId();
        if (OPENS_QUESTIONNAIRE.contains(text.toLowerCase(Locale.ROOT))) {
            Lang lang = answers.languageWithoutCalling(text, user);
            try {
                SlackCalls.call("views.open", () -> ctx.client().viewsOpen(r -> r.triggerId(ctx.getTriggerId())
                        .view(modal.build(new ModalMetadata(payload.getChannelId(), lang.code()), new Answers(Map.of(), "", "")))));
            } catch (RuntimeException e) {
                LOG.warn("the questionnaire could not be opened: {}", e.getMessage());
                return ctx.ack(r -> r.responseType("ephemeral").text(answers.text(lang, "slack.questionnaire-failed")));
            }
            return ctx.ack();
        }
        answers.later("slash command", () -> {
            Lang fallback = answers.languageFor(text, ctx.client(), user);
            boolean streams = answers.streams(text, fallback);
            if (streams) {
                respond(ctx, r -> r.responseType("ephemeral").text(answers.text(fallback, "slack.thinking")));
            }
            Reply reply = answers.answer(text, null, fallback, user, partial -> { });
            if (streams) {
                replacePlaceholder(ctx, answers.fallbackText(reply), answers.privateCard(reply, text));
            } else {
                respond(ctx, r -> r.responseType("ephemeral").text(answers.fallbackText(reply)).blocks(answers.privateCard(reply, text)));
            }
        }, () -> respond(ctx, r -> r.responseType("ephemeral")
                .text(answers.text(answers.languageWithoutCalling(text, user), "slack.error"))));
        return ctx.ack();
    }

    /** The slash-command response type has no replace_original, so the replacing message is written as JSON here. */
    private static void replacePlaceholder(SlashCommandContext ctx, String text, java.util.List<com.slack.api.model.block.LayoutBlock> blocks) {
        com.google.gson.JsonObject body = new com.google.gson.JsonObject();
        body.addProperty("response_type", "ephemeral");
        body.addProperty("replace_original", true);
        body.addProperty("text", text);
        body.add("blocks", com.slack.api.util.json.GsonFactory.createSnakeCase().toJsonTree(blocks));
        try {
            ctx.getSlack().send(ctx.getResponseUrl(), body.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("response_url failed", e);
        }
    }

    private static void respond(SlashCommandContext ctx,
            com.slack.api.bolt.util.BuilderConfigurator<com.slack.api.app_backend.slash_commands.response.SlashCommandResponse.SlashCommandResponseBuilder> body) {
        try {
            ctx.respond(body);
        } catch (IOException e) {
            throw new UncheckedIOException("response_url failed", e);
        }
    }
}
