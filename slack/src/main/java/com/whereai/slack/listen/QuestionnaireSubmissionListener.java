package com.whereai.slack.listen;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.whereai.core.questionnaire.Answers;
import com.whereai.core.questionnaire.Questionnaire;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import com.whereai.slack.render.ModalMetadata;
import com.whereai.slack.render.QuestionnaireModal;
import java.util.Map;

/**
 * The questionnaire submitted: unreadable figures get inline errors in the modal (response_action errors);
 * otherwise the modal closes and the recommendation card goes back to the user where they started:
 * privately in that channel, or in a DM when they started from App Home or the channel is out of reach.
 */
public final class QuestionnaireSubmissionListener implements ViewSubmissionHandler {

    private final SlackAnswers answers;
    private final QuestionnaireModal modal = new QuestionnaireModal();

    public QuestionnaireSubmissionListener(SlackAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload payload = request.getPayload();
        ModalMetadata metadata = ModalMetadata.decode(payload.getView().getPrivateMetadata(), Lang.SV);
        Lang lang = metadata.language();
        Answers filled = modal.read(payload.getView().getState());
        Map<String, String> errors = modal.errors(filled, lang);
        if (!errors.isEmpty()) {
            return ctx.ackWithErrors(errors);
        }
        String user = payload.getUser().getId();
        String command = filled.toCommand(Questionnaire.STANDARD);
        answers.later("questionnaire", () -> {
            Reply reply = answers.answer(command, lang, lang, user, partial -> { });
            deliver(ctx, metadata.channel(), user, reply, command);
        }, () -> SlackCalls.call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r.channel(user)
                .text(answers.text(lang, "slack.error")))));
        return ctx.ack();
    }

    private void deliver(ViewSubmissionContext ctx, String channel, String user, Reply reply, String command) {
        if (channel != null) {
            try {
                SlackCalls.call("chat.postEphemeral", () -> ctx.client().chatPostEphemeral(r -> r.channel(channel).user(user)
                        .text(answers.fallbackText(reply)).blocks(answers.privateCard(reply, command))));
                return;
            } catch (SlackCalls.SlackCallFailed e) {
                if (!e.is("channel_not_found") && !e.is("not_in_channel")) {
                    throw e;
                }
            }
        }
        SlackCalls.call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r.channel(user)
                .text(answers.fallbackText(reply)).blocks(answers.privateCard(reply, command))));
    }
}
