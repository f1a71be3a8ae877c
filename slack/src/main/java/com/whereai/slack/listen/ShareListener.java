package com.whereai.slack.listen;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.whereai.core.reply.Reply;
import com.whereai.slack.render.ButtonValue;
import com.whereai.slack.render.SlackLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Share in channel": posts the same card publicly where the user is (through the response_url, so it works
 * in private channels and DMs the bot is not a member of), attributed to the user who shares it, and
 * removes the private copy.
 */
public final class ShareListener implements BlockActionHandler {

    private final SlackAnswers answers;

    public ShareListener(SlackAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Optional<ButtonValue> value = Pressed.value(payload);
        String user = payload.getUser().getId();
        String channel =
                payload.getChannel() == null ? user : payload.getChannel().getId();
        answers.later(
                "share",
                () -> {
                    ButtonValue v =
                            value.orElseThrow(() -> new IllegalArgumentException("share button without a value"));
                    Reply reply = answers.answer(v.command(), v.lang(), v.lang(), user, partial -> {});
                    answers.send(reply, ctx.client(), card -> {
                        List<LayoutBlock> blocks = new ArrayList<>();
                        blocks.add(context(
                                List.of(markdownText(answers.text(v.lang(), "slack.shared-by", "<@" + user + ">")))));
                        blocks.addAll(card.subList(0, Math.min(card.size(), SlackLimits.MESSAGE_BLOCKS - 1)));
                        if (payload.getResponseUrl() != null) {
                            ButtonListener.respond(
                                    ctx,
                                    r -> r.responseType("in_channel")
                                            .replaceOriginal(false)
                                            .text(answers.fallbackText(reply))
                                            .blocks(blocks));
                            ButtonListener.respond(ctx, r -> r.deleteOriginal(true));
                        } else {
                            SlackCalls.call(
                                    "chat.postMessage",
                                    () -> ctx.client()
                                            .chatPostMessage(r -> r.channel(channel)
                                                    .text(answers.fallbackText(reply))
                                                    .blocks(blocks)));
                        }
                    });
                },
                () -> ButtonListener.respond(
                        ctx,
                        r -> r.responseType("ephemeral")
                                .replaceOriginal(false)
                                .text(answers.text(
                                        value.map(ButtonValue::lang).orElse(com.whereai.knowledge.Lang.SV),
                                        "slack.share-failed"))));
        return ctx.ack();
    }
}
