package com.whereai.slack.render;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.whereai.knowledge.Lang;

/**
 * Where a questionnaire was opened, kept in the modal's private_metadata so the answer goes back there. Metadata
 * written before {@code thread} and {@code inConversation} existed still reads: as opened privately in its channel.
 *
 * @param channel        the channel the user started in, or null (App Home: the answer goes to a DM)
 * @param lang           the language of the modal
 * @param thread         the thread of the bot's message the form was opened from, or null (its DM's top level, or
 *                       not opened from a conversation)
 * @param inConversation opened from the bot's message in a conversation (a mention's thread, a DM): the answer
 *                       goes back into that thread and replaces its situation; false: privately in the channel,
 *                       as the user's slash commands there (an ephemeral answer, a slash command, App Home)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModalMetadata(
        String channel,
        String lang,
        @JsonInclude(JsonInclude.Include.NON_NULL) String thread,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean inConversation) {

    private static final ObjectMapper JSON = new ObjectMapper();

    @JsonCreator
    public ModalMetadata {}

    /** Opened privately in {@code channel} (a slash command, an ephemeral answer), or from App Home when null. */
    public ModalMetadata(String channel, String lang) {
        this(channel, lang, null, false);
    }

    /** Opened from the bot's message in a conversation: in {@code thread} of {@code channel}, or at a DM's top level. */
    public static ModalMetadata conversation(String channel, String thread, String lang) {
        return new ModalMetadata(channel, lang, thread, true);
    }

    public Lang language() {
        return Lang.fromCode(lang).orElse(Lang.SV);
    }

    public String encode() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ModalMetadata decode(String text, Lang fallback) {
        try {
            ModalMetadata read = text == null || text.isBlank() ? null : JSON.readValue(text, ModalMetadata.class);
            return read == null ? new ModalMetadata(null, fallback.code()) : read;
        } catch (JsonProcessingException e) {
            return new ModalMetadata(null, fallback.code());
        }
    }
}
