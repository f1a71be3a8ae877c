package com.whereai.slack.listen;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.whereai.slack.render.HomeTab;

/** app_home_opened: publishes the Home tab in the user's language. */
public final class HomeOpenedListener implements BoltEventHandler<AppHomeOpenedEvent> {

    private final SlackAnswers answers;
    private final HomeTab home;
    private final SeenEvents seen;

    public HomeOpenedListener(SlackAnswers answers, HomeTab home, SeenEvents seen) {
        this.answers = answers;
        this.home = home;
        this.seen = seen;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent event = payload.getEvent();
        if (!seen.firstTime(payload.getEventId()) || !"home".equals(event.getTab())) {
            return ctx.ack();
        }
        String user = event.getUser();
        answers.later(
                "app home",
                () -> SlackCalls.call(
                        "views.publish",
                        () -> ctx.client()
                                .viewsPublish(r -> r.userId(user)
                                        .view(home.build(answers.home(answers.languageFor("", ctx.client(), user)))))),
                () -> {});
        return ctx.ack();
    }
}
