package com.whereai.slack.listen;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.whereai.core.PreparedAnswer;
import com.whereai.core.Query;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import com.whereai.slack.render.ButtonValue;
import java.util.Optional;

/**
 * A card's command buttons (option details, compare, why not, feedback ...): the button's command goes to the
 * core in the card's language. A command that opens a form opens the modal at once (before the ack), remembering
 * where the pressed message lives so the form's answer goes back there; any other
 * is answered privately to whoever pressed it, or from App Home, where there is no response_url, in a DM.
 */
public final class ButtonListener implements BlockActionHandler {

    private final SlackAnswers answers;
    private final QuestionnaireModals modals = new QuestionnaireModals();

    public ButtonListener(SlackAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        String user = payload.getUser().getId();
        Optional<ButtonValue> value = Pressed.value(payload);
        boolean privately = payload.getResponseUrl() != null;
        Lang lang = value.map(ButtonValue::lang).orElseGet(() -> answers.languageWithoutCalling("", user));
        String command = value.map(ButtonValue::command).orElse(answers.text(lang, "command.help"));
        Query query = new Query(command, lang, lang, user);
        PreparedAnswer prepared = answers.prepare(privately ? query.toAskerOnly() : query);
        if (prepared.opensForm()) {
            if (!modals.open(
                            ctx.client(),
                            payload.getTriggerId(),
                            prepared.answer(),
                            Pressed.modalMetadata(payload, lang))
                    && privately) {
                answers.later(
                        "questionnaire notice",
                        () -> respond(
                                ctx,
                                r -> r.responseType("ephemeral")
                                        .replaceOriginal(false)
                                        .text(answers.text(lang, "slack.questionnaire-failed"))),
                        () -> {});
            }
            return ctx.ack();
        }
        answers.later(
                "button",
                () -> {
                    Reply reply = prepared.answer();
                    answers.send(reply, ctx.client(), blocks -> {
                        if (privately) {
                            respond(
                                    ctx,
                                    r -> r.responseType("ephemeral")
                                            .replaceOriginal(false)
                                            .text(answers.fallbackText(reply))
                                            .blocks(blocks));
                        } else {
                            SlackCalls.call(
                                    "chat.postMessage",
                                    () -> ctx.client()
                                            .chatPostMessage(r -> r.channel(user)
                                                    .text(answers.fallbackText(reply))
                                                    .blocks(blocks)));
                        }
                    });
                },
                () -> {
                    if (privately) {
                        respond(
                                ctx,
                                r -> r.responseType("ephemeral")
                                        .replaceOriginal(false)
                                        .text(answers.text(lang, "slack.error")));
                    }
                });
        return ctx.ack();
    }

    static void respond(
            ActionContext ctx,
            com.slack.api.bolt.util.BuilderConfigurator<
                            com.slack.api.app_backend.interactive_components.response.ActionResponse
                                    .ActionResponseBuilder>
                    body) {
        SlackCalls.respond(
                ctx.getSlack(),
                ctx.getResponseUrl(),
                body.configure(com.slack.api.app_backend.interactive_components.response.ActionResponse.builder())
                        .build());
    }
}
