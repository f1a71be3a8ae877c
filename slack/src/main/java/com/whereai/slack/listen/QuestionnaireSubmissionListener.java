package com.whereai.slack.listen;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.whereai.core.compose.QuestionnaireReplies;
import com.whereai.core.reply.Form;
import com.whereai.core.reply.FormSubmission;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import com.whereai.slack.render.ModalMetadata;
import com.whereai.slack.render.ModalRenderer;
import java.util.Map;
import java.util.Optional;

/**
 * The questionnaire submitted: the core reads the values. When it hands the form back with errors they are
 * shown under their inputs (response_action errors); otherwise the modal closes and the recommendation goes
 * back to the user where they started: privately in that channel, or in a DM when they started from App
 * Home or the channel is out of reach. Started from a channel, the answers replace what the user's slash commands
 * there said before, and their next slash command can follow up on them.
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
        String conversation =
                metadata.channel() == null ? null : SlackConversations.privateTo(metadata.channel(), user);
        Reply reply = answers.submit(
                new FormSubmission(
                        QuestionnaireReplies.FORM_ID,
                        ModalRenderer.read(payload.getView().getState()),
                        lang,
                        user),
                conversation);
        Map<String, String> errors = reply.formIfAny().map(Form::errors).orElse(Map.of());
        if (!errors.isEmpty()) {
            return ctx.ackWithErrors(errors);
        }
        answers.later(
                "questionnaire",
                () -> deliver(ctx, Optional.ofNullable(metadata.channel()), user, reply),
                () -> SlackCalls.call(
                        "chat.postMessage",
                        () -> ctx.client()
                                .chatPostMessage(r -> r.channel(user).text(answers.text(lang, "slack.error")))));
        return ctx.ack();
    }

    private void deliver(ViewSubmissionContext ctx, Optional<String> channel, String user, Reply reply) {
        if (channel.isPresent()) {
            try {
                SlackCalls.call(
                        "chat.postEphemeral",
                        () -> ctx.client()
                                .chatPostEphemeral(r -> r.channel(channel.get())
                                        .user(user)
                                        .text(answers.fallbackText(reply))
                                        .blocks(answers.card(reply))));
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
                                .blocks(answers.card(reply))));
    }
}
