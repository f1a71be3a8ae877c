package com.whereai.core.answer.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.TestBot;
import com.whereai.core.answer.AnswerCounters;
import com.whereai.core.answer.AnswerPath;
import com.whereai.core.answer.LuceneRetriever;
import com.whereai.core.answer.ModelCallOutcome;
import com.whereai.core.answer.QuestionAnswerer;
import com.whereai.core.answer.QuestionRequest;
import com.whereai.core.answer.RetrievalAnswerer;
import com.whereai.core.answer.model.ModelUnavailableException.Reason;
import com.whereai.core.compose.GuideTexts;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetrievalFallbackTest {

    private static final QuestionRequest COVERED = new QuestionRequest("How do I install Ollama?", Lang.EN, "U1");
    private static final Reply ANSWER =
            Reply.builder(Intent.QUESTION, Lang.EN).title("from the model").build();

    private final AnswerCounters counters = new AnswerCounters();
    private final GuideTexts texts = new GuideTexts(TestBot.GUIDE);
    private final RetrievalAnswerer retrieval =
            new RetrievalAnswerer(new LuceneRetriever(TestBot.GUIDE), texts, counters);
    private final AtomicInteger asked = new AtomicInteger();

    @Test
    void falls_back_with_a_busy_note_when_every_slot_is_taken() {
        RetrievalFallback fallback =
                new RetrievalFallback(new ConcurrencyBound(new AbandonedModel(), 1), retrieval, texts, counters);
        assertThat(notes(fallback.answer(COVERED, p -> {}))).first().asString().contains("did not answer in time");

        Reply reply = fallback.answer(COVERED, p -> {});

        assertThat(notes(reply))
                .first()
                .isEqualTo("The local model is busy right now, so here are the guide's own entries.");
        assertThat(reply.sources()).extracting(s -> s.id()).contains("topic.ollama-steps");
        assertThat(counters.answers(AnswerPath.FALLBACK)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            RATE_LIMITED | You have asked many questions in a short time, so here are the guide's own entries straight away.
            BUSY         | The local model is busy right now, so here are the guide's own entries.
            TIMED_OUT    | The local model did not answer in time, so here are the guide's own entries.
            FAILED       | The local model could not answer right now, so here are the guide's own entries.
            """)
    void falls_back_to_the_guides_entries_with_a_note_that_says_why(Reason why, String note) {
        RetrievalFallback fallback = new RetrievalFallback(refusing(why), retrieval, texts, counters);

        Reply reply = fallback.answer(COVERED, p -> {});

        assertThat(reply.intent()).isEqualTo(Intent.QUESTION);
        assertThat(notes(reply)).first().isEqualTo(note);
        assertThat(reply.sources()).extracting(s -> s.id()).contains("topic.ollama-steps");
        assertThat(asked).hasValue(1);
        assertThat(counters.answers(AnswerPath.FALLBACK)).isEqualTo(1);
        assertThat(counters.answers(AnswerPath.RETRIEVAL)).isZero();
        assertThat(counters.answers(AnswerPath.MODEL)).isZero();
    }

    @Test
    void each_question_meant_for_the_model_is_reported_with_how_it_went() {
        List<ModelCallOutcome> outcomes = new java.util.concurrent.CopyOnWriteArrayList<>();
        counters.listen((outcome, took) -> outcomes.add(outcome));

        new RetrievalFallback((request, partials) -> ANSWER, retrieval, texts, counters).answer(COVERED, p -> {});
        new RetrievalFallback(refusing(Reason.TIMED_OUT), retrieval, texts, counters).answer(COVERED, p -> {});
        new RetrievalFallback(refusing(Reason.BUSY), retrieval, texts, counters).answer(COVERED, p -> {});
        new RetrievalFallback(refusing(Reason.FAILED), retrieval, texts, counters)
                .answer(new QuestionRequest("What is the capital of France?", Lang.EN, "U1"), p -> {});

        assertThat(outcomes)
                .containsExactly(ModelCallOutcome.ANSWERED, ModelCallOutcome.TIMED_OUT, ModelCallOutcome.BUSY);
    }

    @Test
    void the_models_answer_goes_out_as_it_is() {
        RetrievalFallback fallback = new RetrievalFallback(
                (request, partials) -> {
                    partials.accept("from the");
                    return ANSWER;
                },
                retrieval,
                texts,
                counters);
        List<String> partials = new java.util.ArrayList<>();

        assertThat(fallback.answer(COVERED, partials::add)).isSameAs(ANSWER);
        assertThat(partials).containsExactly("from the");
        assertThat(counters.answers(AnswerPath.FALLBACK)).isZero();
        assertThat(counters.answers(AnswerPath.RETRIEVAL)).isZero();
    }

    @Test
    void a_question_the_guide_does_not_cover_is_answered_from_the_guide_without_asking_the_model() {
        RetrievalFallback fallback = new RetrievalFallback(refusing(Reason.FAILED), retrieval, texts, counters);

        Reply reply = fallback.answer(new QuestionRequest("What is the capital of France?", Lang.EN, "U1"), p -> {});

        assertThat(reply.title()).isEqualTo("The guide does not cover that");
        assertThat(notes(reply)).noneMatch(n -> n.contains("local model"));
        assertThat(asked).hasValue(0);
        assertThat(counters.answers(AnswerPath.RETRIEVAL)).isEqualTo(1);
        assertThat(counters.answers(AnswerPath.FALLBACK)).isZero();
    }

    @Test
    void streams_when_the_model_streams() {
        assertThat(new RetrievalFallback(retrieval, retrieval, texts, counters).streams())
                .isFalse();
        assertThat(new RetrievalFallback(new ConcurrencyBound(new AbandonedModel(), 1), retrieval, texts, counters)
                        .streams())
                .isTrue();
    }

    private QuestionAnswerer refusing(Reason why) {
        return (request, partials) -> {
            asked.incrementAndGet();
            throw new ModelUnavailableException(why);
        };
    }

    private static List<String> notes(Reply reply) {
        return reply.body().stream()
                .filter(e -> e instanceof CardElement.Note)
                .map(e -> ((CardElement.Note) e).text())
                .toList();
    }

    /** Misses its deadline, and the call it started never ends: it keeps its slot. */
    private static final class AbandonedModel implements CallTrackingAnswerer {
        @Override
        public boolean streams() {
            return true;
        }

        @Override
        public Reply answer(QuestionRequest request, Consumer<String> partials, CallListener call) {
            call.callStarted();
            throw new ModelUnavailableException(Reason.TIMED_OUT);
        }
    }
}
