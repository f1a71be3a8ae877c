package com.whereai.slack.listen;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.whereai.core.questionnaire.Answers;
import com.whereai.core.questionnaire.Questionnaire;
import com.whereai.knowledge.Lang;
import com.whereai.slack.render.ButtonValue;
import com.whereai.slack.render.ModalMetadata;
import com.whereai.slack.render.QuestionnaireModal;
import java.util.Optional;

/**
 * "Answer the questions" (App Home) and "Change answers" (a recommendation card): opens the questionnaire,
 * prefilled with the answers the card was built from. views.open runs before the ack, within Slack's 3 s.
 */
public final class QuestionnaireButtonListener implements BlockActionHandler {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(QuestionnaireButtonListener.class);

    private final SlackAnswers answers;
    private final QuestionnaireModal modal = new QuestionnaireModal();

    public QuestionnaireButtonListener(SlackAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Optional<ButtonValue> value = Pressed.value(payload);
        Lang lang = value.map(ButtonValue::lang).orElseGet(() -> answers.languageWithoutCalling("", payload.getUser().getId()));
        Answers prefill = Answers.fromCommand(value.map(ButtonValue::command).orElse(""), Questionnaire.STANDARD);
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        try {
            SlackCalls.call("views.open", () -> ctx.client().viewsOpen(r -> r.triggerId(payload.getTriggerId())
                    .view(modal.build(new ModalMetadata(channel, lang.code()), prefill))));
        } catch (RuntimeException e) {
            LOG.warn("the questionnaire could not be opened: {}", e.getMessage());
            if (payload.getResponseUrl() != null) {
                answers.later("questionnaire notice", () -> ButtonListener.respond(ctx, r -> r.responseType("ephemeral")
                        .replaceOriginal(false).text(answers.text(lang, "slack.questionnaire-failed"))), () -> { });
            }
        }
        return ctx.ack();
    }
}
