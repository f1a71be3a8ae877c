package com.whereai.slack.render;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.whereai.knowledge.Lang;

/**
 * Where a questionnaire was opened, kept in the modal's private_metadata so the answer goes back there.
 *
 * @param channel the channel the user started in, or null (App Home: the answer goes to a DM)
 * @param lang    the language of the modal
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModalMetadata(String channel, String lang) {

    private static final ObjectMapper JSON = new ObjectMapper();

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
            return text == null || text.isBlank()
                    ? new ModalMetadata(null, fallback.code())
                    : JSON.readValue(text, ModalMetadata.class);
        } catch (JsonProcessingException e) {
            return new ModalMetadata(null, fallback.code());
        }
    }
}
