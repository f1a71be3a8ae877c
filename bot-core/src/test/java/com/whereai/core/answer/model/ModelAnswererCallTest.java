package com.whereai.core.answer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.whereai.core.TestBot;
import com.whereai.core.answer.AnswerCounters;
import com.whereai.core.answer.AnswerPath;
import com.whereai.core.answer.LuceneRetriever;
import com.whereai.core.answer.QuestionRequest;
import com.whereai.core.answer.RetrievalAnswerer;
import com.whereai.core.answer.model.ModelUnavailableException.Reason;
import com.whereai.core.compose.GuideTexts;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The model answerer on its own, with a scripted model: what it reports about the call, and when it gives up. */
class ModelAnswererCallTest {

    private static final QuestionRequest QUESTION = new QuestionRequest("How do I install Ollama?", Lang.EN, "U1");

    private final AnswerCounters counters = new AnswerCounters();
    private final GuideTexts texts = new GuideTexts(TestBot.GUIDE);
    private final RetrievalAnswerer retrieval =
            new RetrievalAnswerer(new LuceneRetriever(TestBot.GUIDE), texts, counters);
    private final ScriptedModel model = new ScriptedModel();
    private final RecordingListener call = new RecordingListener();
    private final ModelAnswerer answerer = new ModelAnswerer(
            model,
            new ModelSettings("http://unused", "llama3.1:8b", Duration.ofMillis(300), 1, 10),
            retrieval,
            texts,
            counters);

    @Test
    void a_finished_answer_is_the_models_and_its_call_has_ended() {
        model.onChat = handler -> {
            handler.onPartialResponse("Download Ollama ");
            handler.onPartialResponse("and run it [topic.ollama-steps].");
            handler.onCompleteResponse(ChatResponse.builder()
                    .aiMessage(AiMessage.from("Download Ollama and run it [topic.ollama-steps]."))
                    .build());
        };
        List<String> partials = new CopyOnWriteArrayList<>();

        Reply reply = answerer.answer(QUESTION, partials::add, call);

        assertThat(reply.title()).isEqualTo("Answer from the guide");
        assertThat(reply.sources()).extracting(s -> s.id()).containsExactly("topic.ollama-steps");
        assertThat(partials).containsExactly("Download Ollama ", "Download Ollama and run it [topic.ollama-steps].");
        assertThat(call.events).containsExactlyInAnyOrder("started", "ended");
        assertThat(counters.answers(AnswerPath.MODEL)).isEqualTo(1);
    }

    @Test
    void a_missed_deadline_is_a_timeout_and_the_call_ends_only_when_the_model_stops() {
        model.onChat = handler -> handler.onPartialResponse("Download ");

        assertThatThrownBy(() -> answerer.answer(QUESTION, p -> {}, call))
                .isInstanceOfSatisfying(
                        ModelUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TIMED_OUT));
        assertThat(call.events).containsExactly("started");

        model.handler.onError(new RuntimeException("timed out"));
        assertThat(call.events).containsExactly("started", "ended");
        assertThat(counters.answers(AnswerPath.MODEL)).isZero();
    }

    @Test
    void a_model_error_is_a_failure_and_ends_the_call() {
        model.onChat = handler -> handler.onError(new RuntimeException("500"));

        assertThatThrownBy(() -> answerer.answer(QUESTION, p -> {}, call))
                .isInstanceOfSatisfying(
                        ModelUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.FAILED));
        assertThat(call.events).containsExactlyInAnyOrder("started", "ended");
    }

    @Test
    void a_model_that_cannot_be_called_is_a_failure_and_its_call_never_started() {
        model.onChat = handler -> {
            throw new IllegalStateException("no connection");
        };

        assertThatThrownBy(() -> answerer.answer(QUESTION, p -> {}, call))
                .isInstanceOfSatisfying(
                        ModelUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.FAILED));
        assertThat(call.events).isEmpty();
    }

    @Test
    void an_answer_the_guard_leaves_empty_is_a_failure() {
        model.onChat = handler -> handler.onCompleteResponse(ChatResponse.builder()
                .aiMessage(AiMessage.from("It costs SEK 987,654 [topic.ollama-steps]."))
                .build());

        assertThatThrownBy(() -> answerer.answer(QUESTION, p -> {}, call))
                .isInstanceOfSatisfying(
                        ModelUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.FAILED));
        assertThat(counters.answers(AnswerPath.MODEL)).isZero();
    }

    @Test
    void a_question_with_nothing_in_the_guide_to_ground_it_never_reaches_the_model() {
        assertThatThrownBy(() -> answerer.answer(
                        new QuestionRequest("What is the capital of France?", Lang.EN, "U1"), p -> {}, call))
                .isInstanceOf(ModelUnavailableException.class);
        assertThat(model.handler).isNull();
    }

    @Test
    void streams() {
        assertThat(answerer.streams()).isTrue();
    }

    /** A model that does what the test says with each call's handler, and keeps the handler to answer later. */
    private static final class ScriptedModel implements StreamingChatModel {
        java.util.function.Consumer<StreamingChatResponseHandler> onChat = handler -> {};
        volatile StreamingChatResponseHandler handler;

        @Override
        public void chat(List<ChatMessage> messages, StreamingChatResponseHandler handler) {
            this.handler = handler;
            onChat.accept(handler);
        }
    }

    private static final class RecordingListener implements CallTrackingAnswerer.CallListener {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void callStarted() {
            events.add("started");
        }

        @Override
        public void callEnded() {
            events.add("ended");
        }
    }
}
