package com.whereai.core.answer;

import com.whereai.core.reply.Reply;
import java.util.function.Consumer;

/**
 * Answers a free-form question from the guide. The default answers with retrieved entries; a local model
 * ({@link com.whereai.core.answer.model.ModelAnswerer}, wrapped by {@link com.whereai.core.answer.model.ModelAnswerers})
 * writes the answer from them and falls back to retrieval when it cannot.
 */
public interface QuestionAnswerer {

    /**
     * @param partials receives the answer's text as it grows, for surfaces that show it streaming; may be ignored
     */
    Reply answer(QuestionRequest question, Consumer<String> partials);

    /** Whether answers are written token by token into {@code partials} (surfaces then show a placeholder first). */
    default boolean streams() {
        return false;
    }
}
