package com.whereai.core;

import com.whereai.core.command.Command;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A query the bot has read but not yet answered. A surface asks it how the answer will come (a form to open
 * in place, or text a model writes as it goes) before it calls {@link #answer}.
 */
public final class PreparedAnswer {

    private final Command command;
    private final Lang lang;
    private final boolean streams;
    private final Function<Consumer<String>, Reply> answer;

    PreparedAnswer(Command command, Lang lang, boolean streams, Function<Consumer<String>, Reply> answer) {
        this.command = command;
        this.lang = lang;
        this.streams = streams;
        this.answer = answer;
    }

    /** The language the answer will be in. */
    public Lang lang() {
        return lang;
    }

    /** Whether the answer is a form (the questionnaire) that a surface able to show forms opens in place. */
    public boolean opensForm() {
        return command instanceof Command.OpenQuestionnaire;
    }

    /**
     * Whether a local model takes part in the answer: it writes it token by token, or reads the description before
     * the recommendation. A surface shows a placeholder meanwhile.
     */
    public boolean streams() {
        return streams;
    }

    /** The answer; a model-written one arrives in {@code partials} as it grows. Fast unless {@link #streams()}. */
    public Reply answer(Consumer<String> partials) {
        return answer.apply(partials);
    }

    public Reply answer() {
        return answer(partial -> {});
    }
}
