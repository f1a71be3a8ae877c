package com.whereai.core.answer.model;

import com.whereai.core.answer.QuestionAnswerer;
import com.whereai.core.answer.QuestionRequest;
import com.whereai.core.reply.Reply;
import java.util.function.Consumer;

/**
 * An answerer whose work can outlive its answer: the model call behind an answer given up at a deadline goes on
 * until the model really stops. It tells a {@link CallListener} when that call starts and when it ends, so
 * {@link ConcurrencyBound} can hold the call's slot for exactly as long as the model works.
 */
public interface CallTrackingAnswerer extends QuestionAnswerer {

    /** Hears about the one model call behind one answer; {@link #callEnded()} may come on another thread, and after the answer. */
    interface CallListener {

        CallListener NONE = new CallListener() {
            @Override
            public void callStarted() {}

            @Override
            public void callEnded() {}
        };

        /** The model was called and is working (not told when the call could not even be made). */
        void callStarted();

        /** The model stopped: it finished or failed. May come before {@link #callStarted()} when the model is quick. */
        void callEnded();
    }

    Reply answer(QuestionRequest request, Consumer<String> partials, CallListener call);

    @Override
    default Reply answer(QuestionRequest request, Consumer<String> partials) {
        return answer(request, partials, CallListener.NONE);
    }
}
