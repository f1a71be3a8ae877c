package com.whereai.core.reply;

/**
 * Turns a reply into what one surface shows: plain text, the {@code ask --json} object, Slack's Block Kit,
 * a Teams Adaptive Card. Each implementation shows every {@link CardElement} and every {@link Action} through
 * their visitors, so a new element or action does not compile until every surface has a way to show it, and
 * keeps its platform's limits next to it.
 */
public interface ReplyRenderer<T> {

    T render(Reply reply);
}
