package com.whereai.core.reply;

/** What kind of answer a reply is; {@link #id()} is the {@code intent} of {@code ask --json}. */
public enum Intent {
    HELP("help"),
    OPTIONS("options"),
    OPTION("option"),
    COMPARE("compare"),
    RECOMMEND("recommend"),
    WHY_NOT("why-not"),
    MODEL_FIT("model-fit"),
    /** A budget scenario: what each option costs for a workload. */
    COST("cost"),
    LICENCE("licence"),
    CONCEPT("concept"),
    TOPIC("topic"),
    QUESTION("question"),
    FEEDBACK("feedback"),
    CLARIFY("clarify"),
    /** The questionnaire: a form where the surface can show one, else a card that says how to answer. */
    QUESTIONNAIRE("questionnaire"),
    /** "start over": the conversation's situation is forgotten. */
    START_OVER("start-over"),
    /** Slack's App Home tab. */
    HOME("home"),
    /** The greeting when where-ai joins a chat or team. */
    WELCOME("welcome");

    private final String id;

    Intent(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The intent whose id this is ("question"), if any. */
    public static java.util.Optional<Intent> fromId(String id) {
        for (Intent intent : values()) {
            if (intent.id.equals(id)) {
                return java.util.Optional.of(intent);
            }
        }
        return java.util.Optional.empty();
    }
}
