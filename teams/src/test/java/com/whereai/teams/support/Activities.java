package com.whereai.teams.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Bot Framework activities shaped like the ones Teams sends. */
public final class Activities {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Activities() {}

    public static ObjectNode message(String serviceUrl, String text, String conversationType, String locale) {
        ObjectNode a = base("message", serviceUrl, conversationType);
        a.put("text", text).put("textFormat", "plain").put("locale", locale);
        return a;
    }

    /** A channel message that @mentions the bot, with the mention entity Teams adds. */
    public static ObjectNode channelMention(String serviceUrl, String afterMention) {
        ObjectNode a = message(serviceUrl, "<at>where-ai</at> " + afterMention, "channel", "en-US");
        ObjectNode mention = a.putArray("entities").addObject();
        mention.put("type", "mention").put("text", "<at>where-ai</at>");
        mention.putObject("mentioned").put("id", "28:bot-id").put("name", "where-ai");
        return a;
    }

    /** An Action.Submit from one of our cards: the card's data arrives as the activity's value. */
    public static ObjectNode submit(String serviceUrl, ObjectNode value) {
        ObjectNode a = base("message", serviceUrl, "personal");
        a.set("value", value);
        a.put("locale", "sv-SE");
        return a;
    }

    public static ObjectNode botAdded(String serviceUrl, String conversationType) {
        ObjectNode a = base("conversationUpdate", serviceUrl, conversationType);
        a.putArray("membersAdded").addObject().put("id", "28:bot-id").put("name", "where-ai");
        a.put("locale", "en-US");
        return a;
    }

    public static ObjectNode base(String type, String serviceUrl, String conversationType) {
        ObjectNode a = JSON.createObjectNode();
        a.put("type", type)
                .put("id", "activity-1")
                .put("timestamp", "2026-11-27T10:00:00.000Z")
                .put("channelId", "msteams")
                .put("serviceUrl", serviceUrl);
        a.putObject("from").put("id", "29:user-1").put("name", "Anna").put("aadObjectId", "aad-1");
        a.putObject("conversation")
                .put("id", "a:conv-1")
                .put("conversationType", conversationType)
                .put("tenantId", "tenant-1");
        a.putObject("recipient").put("id", "28:bot-id").put("name", "where-ai");
        return a;
    }
}
