package com.whereai.slack.listen;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.whereai.core.PreparedAnswer;
import com.whereai.core.Query;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import com.whereai.slack.render.ModalMetadata;

/**
 * {@code /where-ai ...}: answers privately. A reply the bot computes at once (no model, the user's language known
 * without asking Slack) goes in the ack itself; slow work (a model's answer, a locale lookup, chart uploads) is acked
 * empty and answered through the response_url. When the core says the
 * answer is a form (the bare command, "recommend" alone, "questionnaire"), it opens as a modal before the ack.
 * A model-written answer gets a placeholder first, then replaces it (the response_url takes only five
 * messages, so the ephemeral answer is not updated token by token). A user's slash commands in one channel are a
 * conversation: a follow-up is read against the situation their last one described.
 */
public final class SlashCommandListener implements SlashCommandHandler {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SlashCommandListener.class);

    private final SlackAnswers answers;
    private final QuestionnaireModals modals = new QuestionnaireModals();
    private final AckCards ackCards;

    public SlashCommandListener(SlackAnswers answers) {
        this.answers = answers;
        this.ackCards = new AckCards(reply -> SlashCommandResponse.builder()
                .responseType("ephemeral")
                .text(answers.fallbackText(reply))
                .blocks(answers.card(reply))
                .build());
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        String user = payload.getUserId();
        String text = payload.getText() == null ? "" : payload.getText().strip();
        if (text.isEmpty()) {
            // The slash command alone is Slack's way to open an app's main form: it asks for the questionnaire.
            text = answers.text(answers.languageWithoutCalling("", user), "command.questionnaire");
        }
        String asked = text;
        String conversation = SlackConversations.privateTo(payload.getChannelId(), user);
        java.util.Optional<Lang> known = answers.languageKnownWithoutCalling(text, user);
        PreparedAnswer quick = answers.prepare(
                new Query(text, null, known.orElseGet(() -> answers.languageWithoutCalling(asked, user)), user)
                        .toAskerOnly()
                        .inConversation(conversation));
        if (quick.opensForm()) {
            Lang lang = quick.lang();
            if (!modals.open(
                    ctx.client(),
                    ctx.getTriggerId(),
                    quick.answer(),
                    new ModalMetadata(payload.getChannelId(), lang.code()))) {
                return ctx.ack(r -> r.responseType("ephemeral").text(answers.text(lang, "slack.questionnaire-failed")));
            }
            return ctx.ack();
        }
        if (known.isPresent() && !quick.streams()) {
            Reply reply;
            try {
                reply = quick.answer();
            } catch (RuntimeException e) {
                LOG.warn("Slack slash command failed: {}", e.toString());
                return ctx.ack(r -> r.responseType("ephemeral").text(answers.text(known.get(), "slack.error")));
            }
            return answerInTheAck(ctx, reply);
        }
        // once a placeholder is shown, a failure replaces it rather than leaving it "writing..." above the error
        java.util.concurrent.atomic.AtomicBoolean placeholderShown = new java.util.concurrent.atomic.AtomicBoolean();
        boolean queued = answers.tryLater(
                "slash command",
                () -> {
                    Lang fallback = answers.languageFor(asked, ctx.client(), user);
                    PreparedAnswer prepared = answers.prepare(
                            new Query(asked, null, fallback, user).toAskerOnly().inConversation(conversation));
                    if (prepared.streams()) {
                        respond(
                                ctx,
                                r -> r.responseType("ephemeral").text(answers.text(prepared.lang(), "slack.thinking")));
                        placeholderShown.set(true);
                    }
                    Reply reply = prepared.answer();
                    if (prepared.streams()) {
                        answers.send(
                                reply,
                                ctx.client(),
                                blocks -> replacePlaceholder(ctx, answers.fallbackText(reply), blocks));
                    } else {
                        answers.send(reply, ctx.client(), blocks -> respondWithCard(ctx, reply, blocks));
                    }
                },
                () -> {
                    String error = answers.text(answers.languageWithoutCalling(asked, user), "slack.error");
                    if (placeholderShown.get()) {
                        replacePlaceholder(ctx, error, java.util.List.of());
                    } else {
                        respond(ctx, r -> r.responseType("ephemeral").text(error));
                    }
                });
        if (!queued) {
            return ctx.ack(r -> r.responseType("ephemeral")
                    .text(answers.text(answers.languageWithoutCalling(asked, user), "slack.busy")));
        }
        return ctx.ack();
    }

    /**
     * A reply computed within the request (no model, no call to Slack for the user's language) goes back in the ack
     * itself: one round trip, nothing queued. Only its chart pictures, which must be uploaded first, are sent later
     * through the response_url.
     */
    private Response answerInTheAck(SlashCommandContext ctx, Reply reply) {
        if (answers.needsUploads(reply)) {
            boolean queued = answers.tryLater(
                    "slash command chart",
                    () -> answers.send(reply, ctx.client(), blocks -> respondWithCard(ctx, reply, blocks)),
                    () -> respondWithCard(ctx, reply, answers.card(reply)));
            if (queued) {
                return ctx.ack();
            }
            // no worker free to upload the picture: the card now, its chart drawn as text
        }
        return ackCards.ack(reply);
    }

    /** The reply's card, privately, through the command's response_url. */
    private void respondWithCard(
            SlashCommandContext ctx, Reply reply, java.util.List<com.slack.api.model.block.LayoutBlock> blocks) {
        respond(
                ctx,
                r -> r.responseType("ephemeral")
                        .text(answers.fallbackText(reply))
                        .blocks(blocks));
    }

    /**
     * The slash-command response type has no replace_original, so the replacing message is written as JSON here.
     * With no blocks, the message becomes the text alone.
     */
    private static void replacePlaceholder(
            SlashCommandContext ctx, String text, java.util.List<com.slack.api.model.block.LayoutBlock> blocks) {
        com.google.gson.JsonObject body = new com.google.gson.JsonObject();
        body.addProperty("response_type", "ephemeral");
        body.addProperty("replace_original", true);
        body.addProperty("text", text);
        if (!blocks.isEmpty()) {
            body.add("blocks", SlackCalls.tree(blocks));
        }
        SlackCalls.respond(ctx.getSlack(), ctx.getResponseUrl(), body);
    }

    private static void respond(
            SlashCommandContext ctx,
            com.slack.api.bolt.util.BuilderConfigurator<
                            com.slack.api.app_backend.slash_commands.response.SlashCommandResponse
                                    .SlashCommandResponseBuilder>
                    body) {
        SlackCalls.respond(
                ctx.getSlack(),
                ctx.getResponseUrl(),
                body.configure(com.slack.api.app_backend.slash_commands.response.SlashCommandResponse.builder())
                        .build());
    }
}
