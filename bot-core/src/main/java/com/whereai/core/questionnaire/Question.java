package com.whereai.core.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * One question of the recommendation questionnaire. A single-choice question needs one answer, a
 * multiple-choice question takes any number; a figure question takes a typed value ("70b", "24", "200").
 *
 * @param key the message key of the question's label and the prefix of its choices' labels
 */
public record Question(String id, Kind kind, String key, List<Choice> choices) {

    public Question {
        choices = List.copyOf(choices);
    }

    public enum Kind {
        SINGLE,
        MULTIPLE,
        MODEL_SIZE,
        VRAM,
        /** How many people will ask it (a whole number). */
        USERS,
        /** Questions a day per person (a number). */
        REQUESTS_PER_USER
    }

    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
    }
}
