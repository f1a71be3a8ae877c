package com.whereai.slack.listen;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.response.Response;
import com.whereai.core.reply.Reply;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A reply as the JSON of a private slash-command ack, remembered for the replies asked most often. A reply is a value
 * (records all the way down), and the same command gives an equal reply, so its card is written once: writing the
 * Block Kit model as JSON costs more than composing the reply itself. At most {@value #CAPACITY} cards are kept, the
 * least recently used one going first.
 */
final class AckCards {

    static final int CAPACITY = 256;
    private static final String JSON = "application/json; charset=utf-8";

    private final Function<Reply, SlashCommandResponse> message;
    private final Map<Reply, String> cards = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Reply, String> eldest) {
            return size() > CAPACITY;
        }
    };

    /** @param message the ack's message for a reply (ephemeral, its fallback text and its blocks) */
    AckCards(Function<Reply, SlashCommandResponse> message) {
        this.message = message;
    }

    /** The ack carrying {@code reply}'s card. */
    Response ack(Reply reply) {
        String json;
        synchronized (cards) {
            json = cards.get(reply);
        }
        if (json == null) {
            json = SlackCalls.json(message.apply(reply));
            synchronized (cards) {
                cards.put(reply, json);
            }
        }
        return Response.builder().statusCode(200).contentType(JSON).body(json).build();
    }
}
