package com.whereai.slack.listen;

import com.slack.api.methods.MethodsClient;
import com.whereai.core.reply.Form;
import com.whereai.core.reply.Reply;
import com.whereai.slack.render.ModalMetadata;
import com.whereai.slack.render.ModalRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the form a reply carries as a modal, with the trigger id of the click or command (so it must run
 * before the 3-second ack). Says whether it worked, so the caller can tell the user when Slack refused.
 */
final class QuestionnaireModals {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionnaireModals.class);

    private final ModalRenderer modals = new ModalRenderer();

    boolean open(MethodsClient client, String triggerId, Reply reply, ModalMetadata metadata) {
        Form form = reply.formIfAny()
                .orElseThrow(() -> new IllegalArgumentException("the reply has no form: " + reply.intent()));
        try {
            SlackCalls.call(
                    "views.open",
                    () -> client.viewsOpen(r -> r.triggerId(triggerId).view(modals.render(form, metadata))));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("the questionnaire could not be opened: {}", e.getMessage());
            return false;
        }
    }
}
