package com.whereai.slack.listen;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.response.Response;
import com.whereai.core.reply.Reply;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * A reply as the JSON of a private slash-command ack, remembered for the replies asked most often. A reply is a value
 * (records all the way down), and the same command gives an equal reply, so its card is written once: writing the
 * Block Kit model as JSON costs more than composing the reply itself. At most {@value #CAPACITY} cards are kept; when
 * more are written, the oldest go first. Lock-free for readers: every request thread looks up here at once.
 */
final class AckCards {

    static final int CAPACITY = 256;
    private static final String JSON = "application/json; charset=utf-8";

    private final Function<Reply, SlashCommandResponse> message;
    private final Map<Reply, String> cards = new ConcurrentHashMap<>();
    private final Queue<Reply> written = new ConcurrentLinkedQueue<>();

    /** @param message the ack's message for a reply (ephemeral, its fallback text and its blocks) */
    AckCards(Function<Reply, SlashCommandResponse> message) {
        this.message = message;
    }

    /** The ack carrying {@code reply}'s card. */
    Response ack(Reply reply) {
        String json = cards.get(reply);
        if (json == null) {
            json = ascii(SlackCalls.json(message.apply(reply)));
            if (cards.putIfAbsent(reply, json) == null) {
                written.add(reply);
                while (cards.size() > CAPACITY) {
                    Reply oldest = written.poll();
                    if (oldest == null) {
                        break;
                    }
                    cards.remove(oldest);
                }
            }
        }
        return Response.builder().statusCode(200).contentType(JSON).body(json).build();
    }

    /**
     * The same JSON with every character outside ASCII written as a {@code \\uXXXX} escape, which JSON allows anywhere
     * in a string: an ASCII string is stored one byte a character and sent as it is, where a card with stars in it would
     * otherwise be encoded to UTF-8 again on every request.
     */
    static String ascii(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c < 0x80) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(json.length() + 64).append(json, 0, i);
            }
            out.append("\\u")
                    .append(HEX[(c >> 12) & 0xF])
                    .append(HEX[(c >> 8) & 0xF])
                    .append(HEX[(c >> 4) & 0xF])
                    .append(HEX[c & 0xF]);
        }
        return out == null ? json : out.toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
}
