package com.whereai.slack.listen;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.whereai.core.reply.Reply;
import com.whereai.slack.render.ButtonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * A card's buttons (option details, compare, why not, ...): the button's command is answered privately to
 * whoever pressed it, in the card's language. From App Home, where there is no response_url, in a DM.
 */
public final class ButtonListener implements BlockActionHandler {

    private final SlackAnswers answers;

    public ButtonListener(SlackAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        String user = payload.getUser().getId();
        Optional<ButtonValue> value = Pressed.value(payload);
        answers.later("button", () -> {
            Reply reply = value.map(v -> answers.answer(v.command(), v.lang(), v.lang(), user, partial -> { }))
                    .orElseGet(() -> answers.answer("help", null, answers.languageFor("", ctx.client(), user)));
            String command = value.map(ButtonValue::command).orElse("help");
            if (payload.getResponseUrl() != null) {
                respond(ctx, r -> r.responseType("ephemeral").replaceOriginal(false).text(answers.fallbackText(reply))
                        .blocks(answers.privateCard(reply, command)));
            } else {
                SlackCalls.call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r.channel(user)
                        .text(answers.fallbackText(reply)).blocks(answers.privateCard(reply, command))));
            }
        }, () -> {
            if (payload.getResponseUrl() != null) {
                respond(ctx, r -> r.responseType("ephemeral").replaceOriginal(false)
                        .text(answers.text(value.map(ButtonValue::lang).orElse(com.whereai.knowledge.Lang.SV), "slack.error")));
            }
        });
        return ctx.ack();
    }

    static void respond(ActionContext ctx,
            com.slack.api.bolt.util.BuilderConfigurator<com.slack.api.app_backend.interactive_components.response.ActionResponse.ActionResponseBuilder> body) {
        try {
            ctx.respond(body);
        } catch (IOException e) {
            throw new UncheckedIOException("response_url failed", e);
        }
    }
}
