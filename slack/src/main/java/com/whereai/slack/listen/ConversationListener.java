package com.whereai.slack.listen;

import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import com.whereai.slack.render.SlackLimits;
import com.whereai.slack.render.SlackText;
import java.util.regex.Pattern;

/**
 * The shared part of answering a message written to the bot (a mention in a channel, a DM): strip the
 * mention, answer in the writer's language, post in the thread. The thread (or the DM) is a conversation: a
 * follow-up in it is read against the situation it described before. Each event is answered once. An answer
 * the local model writes is shown as it grows: a placeholder first, then chat.update about once a second,
 * and last the finished card with its sources and feedback buttons.
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
        String question =
                MENTION.matcher(text == null ? "" : text).replaceAll(" ").strip();
        java.util.concurrent.atomic.AtomicReference<String> placeholder =
                new java.util.concurrent.atomic.AtomicReference<>();
        answers.later(
                "message",
                () -> {
                    Lang lang = answers.languageFor(question, ctx.client(), user);
                    com.whereai.core.PreparedAnswer prepared =
                            answers.prepare(new com.whereai.core.Query(question, null, lang, user)
                                    .inConversation(SlackConversations.thread(channel, threadTs)));
                    if (!prepared.streams()) {
                        Reply reply = prepared.answer();
                        answers.send(
                                reply,
                                ctx.client(),
                                blocks -> SlackCalls.call(
                                        "chat.postMessage",
                                        () -> ctx.client()
                                                .chatPostMessage(r -> r.channel(channel)
                                                        .threadTs(threadTs)
                                                        .text(answers.fallbackText(reply))
                                                        .blocks(blocks))));
                        return;
                    }
                    String ts = SlackCalls.call(
                                    "chat.postMessage",
                                    () -> ctx.client()
                                            .chatPostMessage(r -> r.channel(channel)
                                                    .threadTs(threadTs)
                                                    .text(answers.text(lang, "slack.thinking"))))
                            .getTs();
                    placeholder.set(ts);
                    Reply reply = prepared.answer(new ThrottledUpdates(
                            partial -> SlackCalls.call(
                                    "chat.update",
                                    () -> ctx.client()
                                            .chatUpdate(r -> r.channel(channel)
                                                    .ts(ts)
                                                    .text(SlackText.cut(
                                                            SlackText.escape(partial) + " …",
                                                            SlackLimits.MESSAGE_TEXT)))),
                            java.time.Clock.systemUTC()));
                    answers.send(
                            reply,
                            ctx.client(),
                            blocks -> SlackCalls.call(
                                    "chat.update",
                                    () -> ctx.client()
                                            .chatUpdate(r -> r.channel(channel)
                                                    .ts(ts)
                                                    .text(answers.fallbackText(reply))
                                                    .blocks(blocks))));
                },
                () -> {
                    String error = answers.text(answers.languageWithoutCalling(question, user), "slack.error");
                    String ts = placeholder.get();
                    if (ts != null) {
                        // the "writing..." placeholder (text only) becomes the error
                        SlackCalls.call(
                                "chat.update",
                                () -> ctx.client()
                                        .chatUpdate(
                                                r -> r.channel(channel).ts(ts).text(error)));
                    } else {
                        SlackCalls.call(
                                "chat.postMessage",
                                () -> ctx.client()
                                        .chatPostMessage(r -> r.channel(channel)
                                                .threadTs(threadTs)
                                                .text(error)));
                    }
                });
        return ctx.ack();
    }
}
