package com.whereai.slack.listen;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.whereai.knowledge.Lang;
import com.whereai.slack.render.ButtonValue;
import java.util.Optional;

/**
 * A button that opens a form ("Answer the questions", "Adjust"): the core's questionnaire, prefilled
 * from the situation in the button's command, as a modal. views.open runs before the ack, within Slack's 3 s. The
 * modal remembers where the pressed message lives (its channel, its thread, whether it was private), so the answer
 * goes back there.
 */
public final class QuestionnaireButtonListener implements BlockActionHandler {

    private final SlackAnswers answers;
    private final QuestionnaireModals modals = new QuestionnaireModals();

    public QuestionnaireButtonListener(SlackAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Optional<ButtonValue> value = Pressed.value(payload);
        Lang lang = value.map(ButtonValue::lang)
                .orElseGet(() ->
                        answers.languageWithoutCalling("", payload.getUser().getId()));
        boolean opened = modals.open(
                ctx.client(),
                payload.getTriggerId(),
                answers.questionnaire(value.map(ButtonValue::command).orElse(""), lang),
                Pressed.modalMetadata(payload, lang));
        if (!opened && payload.getResponseUrl() != null) {
            answers.later(
                    "questionnaire notice",
                    () -> ButtonListener.respond(
                            ctx,
                            r -> r.responseType("ephemeral")
                                    .replaceOriginal(false)
                                    .text(answers.text(lang, "slack.questionnaire-failed"))),
                    () -> {});
        }
        return ctx.ack();
    }
}
