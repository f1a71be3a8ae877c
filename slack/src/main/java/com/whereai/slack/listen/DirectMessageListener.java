package com.whereai.slack.listen;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;

/**
 * message.im: a DM to the bot is answered in the DM (in its thread when the user wrote in one). Messages
 * from bots, edits and other subtypes are acknowledged and left alone.
 */
public final class DirectMessageListener implements BoltEventHandler<MessageEvent> {

    private final ConversationListener conversation;

    public DirectMessageListener(SlackAnswers answers, SeenEvents seen) {
        this.conversation = new ConversationListener(answers, seen);
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent event = payload.getEvent();
        if (!"im".equals(event.getChannelType()) || event.getBotId() != null || event.getSubtype() != null) {
            return ctx.ack();
        }
        return conversation.answer(
                payload.getEventId(), event.getText(), event.getUser(), event.getChannel(), event.getThreadTs(), ctx);
    }
}
