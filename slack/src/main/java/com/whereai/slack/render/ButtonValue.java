package com.whereai.slack.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.whereai.knowledge.Lang;
import java.util.Optional;

/**
 * What a where-ai button carries: a command in the command language and the language of the card it sits
 * on, so pressing it answers in that language. Stored as compact JSON in the button's value.
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
public record ButtonValue(String c, String l) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ButtonValue of(String command, Lang lang) {
        return new ButtonValue(command, lang.code());
    }

    public String command() {
        return c == null ? "" : c;
    }

    public Lang lang() {
        return Lang.fromCode(l).orElse(Lang.SV);
    }

    public String encode() {
        try {
            String command = command();
            String json = JSON.writeValueAsString(this);
            while (json.length() > SlackLimits.BUTTON_VALUE) {
                int cut =
                        Math.max(0, command.length() - Math.max(1, (json.length() - SlackLimits.BUTTON_VALUE + 1) / 2));
                if (cut > 0 && Character.isHighSurrogate(command.charAt(cut - 1))) {
                    cut--;
                }
                command = command.substring(0, cut);
                json = JSON.writeValueAsString(new ButtonValue(command, l));
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a button value; empty for anything that is not ours. */
    public static Optional<ButtonValue> decode(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            ButtonValue decoded = JSON.readValue(value, ButtonValue.class);
            return decoded.c == null ? Optional.empty() : Optional.of(decoded);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
