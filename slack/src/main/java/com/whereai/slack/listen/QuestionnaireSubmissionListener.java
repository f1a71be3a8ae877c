package com.whereai.slack.listen;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.whereai.core.Query;
import com.whereai.core.compose.QuestionnaireReplies;
import com.whereai.core.reply.Form;
import com.whereai.core.reply.FormSubmission;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import com.whereai.slack.render.ModalMetadata;
import com.whereai.slack.render.ModalRenderer;
import java.util.Map;

/**
 * The questionnaire submitted: the core reads the values. When it hands the form back with errors they are
 * shown under their inputs (response_action errors); otherwise the modal closes and the recommendation goes
 * back to the user where they started. Opened from the bot's message in a conversation (a mention's thread, a DM or
 * a DM thread), it is posted in that thread like the bot's other answers there, and the answers replace the
 * situation that conversation remembers, so the next message in it follows up on them. Otherwise it goes privately
 * in the channel, and the answers replace what the user's slash commands there said before; from App Home, or when
 * the channel is out of reach, in a DM.
 */
public final class QuestionnaireSubmissionListener implements ViewSubmissionHandler {

    private final SlackAnswers answers;

    public QuestionnaireSubmissionListener(SlackAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload payload = request.getPayload();
        ModalMetadata metadata = ModalMetadata.decode(payload.getView().getPrivateMetadata(), Lang.SV);
        Lang lang = metadata.language();
        String user = payload.getUser().getId();
        boolean inConversation = metadata.channel() != null && metadata.inConversation();
        String conversation = metadata.channel() == null
                ? null
                : inConversation
                        ? SlackConversations.thread(metadata.channel(), metadata.thread())
                        : SlackConversations.privateTo(metadata.channel(), user);
        Reply reply = answers.submit(
                new FormSubmission(
                        QuestionnaireReplies.FORM_ID,
                        ModalRenderer.read(payload.getView().getState()),
                        lang,
                        user),
                inConversation ? Query.Audience.CONVERSATION : Query.Audience.ASKER,
                conversation);
        Map<String, String> errors = reply.formIfAny().map(Form::errors).orElse(Map.of());
        if (!errors.isEmpty()) {
            return ctx.ackWithErrors(errors);
        }
        answers.later(
                "questionnaire",
                () -> answers.send(reply, ctx.client(), blocks -> deliver(ctx, metadata, user, reply, blocks)),
                () -> SlackCalls.call(
                        "chat.postMessage",
                        () -> ctx.client()
                                .chatPostMessage(r -> r.channel(user).text(answers.text(lang, "slack.error")))));
        return ctx.ack();
    }

    private void deliver(
            ViewSubmissionContext ctx,
            ModalMetadata metadata,
            String user,
            Reply reply,
            java.util.List<com.slack.api.model.block.LayoutBlock> blocks) {
        String channel = metadata.channel();
        if (channel != null) {
            try {
                if (metadata.inConversation()) {
                    SlackCalls.call(
                            "chat.postMessage",
                            () -> ctx.client()
                                    .chatPostMessage(r -> r.channel(channel)
                                            .threadTs(metadata.thread())
                                            .text(answers.fallbackText(reply))
                                            .blocks(blocks)));
                } else {
                    SlackCalls.call(
                            "chat.postEphemeral",
                            () -> ctx.client()
                                    .chatPostEphemeral(r -> r.channel(channel)
                                            .user(user)
                                            .text(answers.fallbackText(reply))
                                            .blocks(blocks)));
                }
                return;
            } catch (SlackCalls.SlackCallFailed e) {
                if (!e.is("channel_not_found") && !e.is("not_in_channel")) {
                    throw e;
                }
            }
        }
        SlackCalls.call(
                "chat.postMessage",
                () -> ctx.client()
                        .chatPostMessage(r -> r.channel(user)
                                .text(answers.fallbackText(reply))
                                .blocks(blocks)));
    }
}
