package com.whereai.core.command;

import java.util.Arrays;
import java.util.Optional;

/** The commands a message can start with; their words in both languages are data ({@code words/commands.yaml}). */
public enum CommandWord {
    HELP("help"),
    OPTIONS("options"),
    OPTION("option"),
    COMPARE("compare"),
    RECOMMEND("recommend"),
    QUESTIONNAIRE("questionnaire"),
    MODEL_FIT("model-fit"),
    FEEDBACK("feedback"),
    LICENCES("licences"),
    CONCEPTS("concepts"),
    START_OVER("start-over"),
    COST("cost");

    private final String id;

    CommandWord(String id) {
        this.id = id;
    }

    /** The command's key in the data file. */
    public String id() {
        return id;
    }

    public static Optional<CommandWord> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
