package com.whereai.core.answer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.whereai.core.answer.QuestionRequest;
import com.whereai.core.answer.model.ModelUnavailableException.Reason;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ConcurrencyBoundTest {

    private static final QuestionRequest QUESTION = new QuestionRequest("How do I install Ollama?", Lang.EN, "U1");
    private static final Reply ANSWER =
            Reply.builder(Intent.QUESTION, Lang.EN).title("from the model").build();

    @Test
    void refuses_as_busy_at_once_when_every_slot_is_taken() throws Exception {
        BlockingModel model = new BlockingModel();
        ConcurrencyBound bound = new ConcurrencyBound(model, 1);
        CompletableFuture<Reply> first = CompletableFuture.supplyAsync(() -> bound.answer(QUESTION, p -> {}));
        assertThat(model.answering.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> bound.answer(QUESTION, p -> {}))
                .isInstanceOfSatisfying(
                        ModelUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BUSY));

        model.finish.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isSameAs(ANSWER);
        assertThat(model.calls).hasSize(1);
    }

    @Test
    void a_finished_answer_gives_its_slot_back() {
        ScriptedModel model = new ScriptedModel(call -> {
            call.callStarted();
            call.callEnded();
            return ANSWER;
        });
        ConcurrencyBound bound = new ConcurrencyBound(model, 1);

        assertThat(bound.answer(QUESTION, p -> {})).isSameAs(ANSWER);
        assertThat(bound.answer(QUESTION, p -> {})).isSameAs(ANSWER);
    }

    @Test
    void a_call_abandoned_at_the_deadline_keeps_its_slot_until_the_model_really_stops() {
        ScriptedModel model = new ScriptedModel(call -> {
            call.callStarted();
            throw new ModelUnavailableException(Reason.TIMED_OUT);
        });
        ConcurrencyBound bound = new ConcurrencyBound(model, 1);
        assertThatThrownBy(() -> bound.answer(QUESTION, p -> {}))
                .isInstanceOfSatisfying(
                        ModelUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TIMED_OUT));

        assertThatThrownBy(() -> bound.answer(QUESTION, p -> {}))
                .isInstanceOfSatisfying(
                        ModelUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BUSY));

        model.calls.get(0).callEnded();
        assertThatThrownBy(() -> bound.answer(QUESTION, p -> {}))
                .isInstanceOfSatisfying(
                        ModelUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TIMED_OUT));
        assertThat(model.calls).hasSize(2);
    }

    @Test
    void a_call_that_could_not_be_made_gives_its_slot_back_at_once() {
        ScriptedModel model = new ScriptedModel(call -> {
            throw new ModelUnavailableException(Reason.FAILED);
        });
        ConcurrencyBound bound = new ConcurrencyBound(model, 1);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> bound.answer(QUESTION, p -> {}))
                    .isInstanceOfSatisfying(
                            ModelUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.FAILED));
        }
    }

    @Test
    void a_model_that_ends_before_it_is_reported_started_still_gives_its_slot_back() {
        ScriptedModel model = new ScriptedModel(call -> {
            call.callEnded();
            call.callStarted();
            return ANSWER;
        });
        ConcurrencyBound bound = new ConcurrencyBound(model, 1);

        bound.answer(QUESTION, p -> {});

        assertThat(bound.answer(QUESTION, p -> {})).isSameAs(ANSWER);
    }

    @Test
    void a_model_that_stops_twice_gives_back_only_its_own_slot() {
        ScriptedModel model = new ScriptedModel(call -> {
            call.callStarted();
            throw new ModelUnavailableException(Reason.TIMED_OUT);
        });
        ConcurrencyBound bound = new ConcurrencyBound(model, 1);
        assertThatThrownBy(() -> bound.answer(QUESTION, p -> {})).isInstanceOf(ModelUnavailableException.class);

        model.calls.get(0).callEnded();
        model.calls.get(0).callEnded();
        assertThatThrownBy(() -> bound.answer(QUESTION, p -> {})).isInstanceOf(ModelUnavailableException.class);

        assertThatThrownBy(() -> bound.answer(QUESTION, p -> {}))
                .isInstanceOfSatisfying(
                        ModelUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BUSY));
    }

    @Test
    void passes_the_partials_on_and_streams_when_the_model_streams() {
        List<String> partials = new CopyOnWriteArrayList<>();
        ScriptedModel model = new ScriptedModel(call -> ANSWER);
        ConcurrencyBound bound = new ConcurrencyBound(model, 1);

        bound.answer(QUESTION, partials::add);

        assertThat(partials).containsExactly("partial");
        assertThat(bound.streams()).isTrue();
    }

    /** A model answerer whose every answer runs {@code script} with the call's listener. */
    private static final class ScriptedModel implements CallTrackingAnswerer {
        final List<CallListener> calls = new CopyOnWriteArrayList<>();
        private final java.util.function.Function<CallListener, Reply> script;

        ScriptedModel(java.util.function.Function<CallListener, Reply> script) {
            this.script = script;
        }

        @Override
        public boolean streams() {
            return true;
        }

        @Override
        public Reply answer(QuestionRequest request, Consumer<String> partials, CallListener call) {
            calls.add(call);
            partials.accept("partial");
            return script.apply(call);
        }
    }

    /** A model that answers once told to finish. */
    private static final class BlockingModel implements CallTrackingAnswerer {
        final List<CallListener> calls = new CopyOnWriteArrayList<>();
        final CountDownLatch answering = new CountDownLatch(1);
        final CountDownLatch finish = new CountDownLatch(1);

        @Override
        public Reply answer(QuestionRequest request, Consumer<String> partials, CallListener call) {
            calls.add(call);
            call.callStarted();
            answering.countDown();
            try {
                finish.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            call.callEnded();
            return ANSWER;
        }
    }
}
