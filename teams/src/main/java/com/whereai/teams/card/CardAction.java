package com.whereai.teams.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.knowledge.Lang;
import java.util.Optional;

/**
 * The data an Action.Submit of ours carries back in {@code activity.value}: what to do, a command in the
 * command language, and the card's language.
 */
public record CardAction(String kind, String command, Lang lang) {

    public static final String FIELD = "whereai";
    /** A button that sends {@code command} to the bot. */
    public static final String COMMAND = "command";
    /** A form's submit button; the card's inputs come with it. */
    public static final String QUESTIONNAIRE = "questionnaire";
    /** "Answer the questions", "Adjust": open the questionnaire prefilled from the situation in {@code command}. */
    public static final String CHANGE = "change";

    public ObjectNode toData(ObjectMapper json) {
        return json.createObjectNode().put(FIELD, kind).put("command", command).put("lang", lang.code());
    }

    /** Reads our Action.Submit data from an activity's value; empty for anything else. */
    public static Optional<CardAction> from(JsonNode value) {
        if (value == null || !value.isObject() || !value.has(FIELD)) {
            return Optional.empty();
        }
        String kind = value.get(FIELD).asText();
        if (!kind.equals(COMMAND) && !kind.equals(QUESTIONNAIRE) && !kind.equals(CHANGE)) {
            return Optional.empty();
        }
        Lang lang = Lang.fromCode(value.path("lang").asText("")).orElse(Lang.SV);
        return Optional.of(new CardAction(kind, value.path("command").asText(""), lang));
    }
}
