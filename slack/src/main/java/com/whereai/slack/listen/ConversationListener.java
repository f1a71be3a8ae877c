package com.whereai.slack.listen;

import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.whereai.core.reply.Reply;
import java.util.regex.Pattern;

/**
 * The shared part of answering a message written to the bot (a mention in a channel, a DM): strip the
 * mention, answer in the writer's language, post in the thread. Each event is answered once.
 */
final class ConversationListener {

    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

    private final SlackAnswers answers;
    private final SeenEvents seen;

    ConversationListener(SlackAnswers answers, SeenEvents seen) {
        this.answers = answers;
        this.seen = seen;
    }

    /**
     * @param threadTs the thread to answer in, or null to answer at the top level of the conversation
     */
    Response answer(String eventId, String text, String user, String channel, String threadTs, EventContext ctx) {
        if (!seen.firstTime(eventId)) {
            return ctx.ack();
        }
        String question = MENTION.matcher(text == null ? "" : text).replaceAll(" ").strip();
        answers.later("message", () -> {
            Reply reply = answers.answer(question, null, answers.languageFor(question, ctx.client(), user));
            SlackCalls.call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
                    .text(answers.fallbackText(reply)).blocks(answers.publicCard(reply))));
        }, () -> SlackCalls.call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
                .text(answers.text(answers.languageWithoutCalling(question, user), "slack.error")))));
        return ctx.ack();
    }
}
