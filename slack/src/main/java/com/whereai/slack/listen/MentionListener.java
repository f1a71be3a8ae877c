package com.whereai.slack.listen;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;

/** app_mention: "@where-ai compare 1 2a" in a channel is answered in a thread under the mention. */
public final class MentionListener implements BoltEventHandler<AppMentionEvent> {

    private final ConversationListener conversation;

    public MentionListener(SlackAnswers answers, SeenEvents seen) {
        this.conversation = new ConversationListener(answers, seen);
    }

    @Override
    public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent event = payload.getEvent();
        String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        return conversation.answer(
                payload.getEventId(), event.getText(), event.getUser(), event.getChannel(), thread, ctx);
    }
}
