package com.whereai.core.answer.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.Query;
import com.whereai.core.TestBot;
import com.whereai.core.WhereAiBot;
import com.whereai.core.answer.AnswerPath;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The local-model path through langchain4j's real Ollama client against a stub speaking Ollama's HTTP API. */
class ModelAnswererTest {

    private static final String QUESTION = "How do I install Ollama?";
    private OllamaStub ollama;

    @BeforeEach
    void start() throws Exception {
        ollama = new OllamaStub();
    }

    @AfterEach
    void stop() {
        ollama.close();
    }

    private WhereAiBot bot(Duration timeout, int concurrency, int perUser) {
        return new WhereAiBot(
                TestBot.GUIDE,
                OllamaTestAnswerers.factory(
                        new ModelSettings(ollama.baseUrl(), "llama3.1:8b", timeout, concurrency, perUser)));
    }

    @Test
    void the_model_writes_the_answer_from_the_retrieved_entries_and_cites_them() {
        ollama.tokens = List.of(
                "Download Ollama, pick a model, ",
                "copy the command and run it in the terminal ",
                "[topic.ollama-steps].");
        WhereAiBot bot = bot(Duration.ofSeconds(5), 2, 10);
        List<String> partials = new CopyOnWriteArrayList<>();

        Reply reply = bot.answer(new Query(QUESTION, Lang.EN, Lang.EN, "U1"), partials::add);

        assertThat(reply.intent()).isEqualTo(Intent.QUESTION);
        assertThat(reply.title()).isEqualTo("Answer from the guide");
        assertThat(paragraphs(reply))
                .containsExactly("Download Ollama, pick a model, copy the command and run it in the terminal.");
        assertThat(reply.sources()).extracting(s -> s.id()).containsExactly("topic.ollama-steps");
        assertThat(partials).hasSizeGreaterThanOrEqualTo(3).last().asString().contains("run it in the terminal");
        String prompt = ollama.chatRequests.get(0);
        assertThat(prompt.replaceAll("\\s", "")).contains("\"model\":\"llama3.1:8b\"", "\"stream\":true");
        assertThat(prompt).contains("[topic.ollama-steps]", "Answer in English", "How do I install Ollama?");
        assertThat(reply.actions())
                .extracting(a -> a.command())
                .contains("feedback up question", "feedback down question");
        assertThat(bot.counters().answers(AnswerPath.MODEL)).isEqualTo(1);
    }

    @Test
    void figures_that_appear_in_no_cited_entry_are_removed() {
        ollama.tokens = List.of(
                "An ordinary, modern gaming computer costs SEK 10,000–15,000 [vram.7b]. ",
                "A faster one costs SEK 99,000 [vram.7b].");
        Reply reply = bot(Duration.ofSeconds(5), 2, 10)
                .answer(new Query(
                        "Which gaming computer does the guide mention and what does it cost?", Lang.EN, Lang.EN));

        assertThat(paragraphs(reply).get(0)).contains("SEK 10,000–15,000").doesNotContain("99,000");
        assertThat(notes(reply)).anyMatch(n -> n.contains("1 sentence(s) with figures"));
    }

    @Test
    void a_model_that_is_down_gets_the_retrieval_answer_with_a_note() {
        WhereAiBot bot = new WhereAiBot(
                TestBot.GUIDE,
                OllamaTestAnswerers.factory(
                        new ModelSettings("http://127.0.0.1:9", "llama3.1:8b", Duration.ofSeconds(2), 2, 10)));

        Reply reply = bot.answer(new Query(QUESTION, Lang.EN, Lang.EN));

        assertFallback(reply, "could not answer right now");
        assertThat(bot.counters().answers(AnswerPath.FALLBACK)).isEqualTo(1);
    }

    @Test
    void a_500_a_missing_model_and_garbage_all_end_in_the_retrieval_answer() {
        for (OllamaStub.Mode mode : List.of(OllamaStub.Mode.SERVER_ERROR, OllamaStub.Mode.MISSING_MODEL)) {
            ollama.mode = mode;
            assertFallback(
                    bot(Duration.ofSeconds(3), 2, 10).answer(new Query(QUESTION, Lang.EN, Lang.EN)),
                    "could not answer right now");
        }
        ollama.mode = OllamaStub.Mode.GARBAGE;
        long start = System.nanoTime();
        Reply garbage = bot(Duration.ofSeconds(1), 2, 10).answer(new Query(QUESTION, Lang.EN, Lang.EN));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(notes(garbage))
                .anyMatch(n -> n.contains("could not answer right now") || n.contains("did not answer in time"));
    }

    @Test
    void a_model_slow_to_start_is_abandoned_at_the_deadline() {
        ollama.mode = OllamaStub.Mode.SLOW_START;
        ollama.delayMillis = 5_000;
        long start = System.nanoTime();

        Reply reply = bot(Duration.ofMillis(700), 2, 10).answer(new Query(QUESTION, Lang.SV, Lang.SV));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertFallback(reply, "svarade inte i tid");
    }

    @Test
    void a_model_that_stalls_mid_answer_is_abandoned() {
        ollama.mode = OllamaStub.Mode.STALL;
        ollama.delayMillis = 5_000;
        ollama.tokens = List.of("Download ", "Ollama ", "and then nothing more");
        long start = System.nanoTime();

        Reply reply = bot(Duration.ofMillis(700), 2, 10).answer(new Query(QUESTION, Lang.EN, Lang.EN));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertFallback(reply, "did not answer in time");
    }

    @Test
    void past_the_concurrency_limit_the_retrieval_answer_comes_at_once() throws Exception {
        ollama.mode = OllamaStub.Mode.SLOW_START;
        ollama.delayMillis = 3_000;
        WhereAiBot bot = bot(Duration.ofSeconds(8), 1, 10);
        CompletableFuture<Reply> first =
                CompletableFuture.supplyAsync(() -> bot.answer(new Query(QUESTION, Lang.EN, Lang.EN)));
        while (ollama.chatRequests.isEmpty()) {
            Thread.sleep(10);
        }

        Reply second = bot.answer(new Query(QUESTION, Lang.EN, Lang.EN));

        assertThat(first).as("the second answer did not wait for the first").isNotDone();
        assertFallback(second, "busy");
        assertThat(first.get().title()).isEqualTo("Answer from the guide");
    }

    @Test
    void past_a_users_rate_limit_the_retrieval_answer_comes_at_once() {
        WhereAiBot bot = bot(Duration.ofSeconds(5), 2, 1);

        assertThat(bot.answer(new Query(QUESTION, Lang.EN, Lang.EN, "U1")).title())
                .isEqualTo("Answer from the guide");
        assertFallback(bot.answer(new Query(QUESTION, Lang.EN, Lang.EN, "U1")), "many questions");
        assertThat(bot.answer(new Query(QUESTION, Lang.EN, Lang.EN, "U2")).title())
                .isEqualTo("Answer from the guide");
    }

    @Test
    void a_question_the_guide_does_not_cover_never_reaches_the_model() {
        Reply reply =
                bot(Duration.ofSeconds(5), 2, 10).answer(new Query("What is the capital of France?", Lang.EN, Lang.EN));

        assertThat(reply.title()).isEqualTo("The guide does not cover that");
        assertThat(ollama.chatRequests).isEmpty();
    }

    @Test
    void with_a_model_questions_stream_and_commands_do_not() {
        WhereAiBot bot = bot(Duration.ofSeconds(5), 2, 10);

        assertThat(bot.streams(new Query(QUESTION, Lang.EN, Lang.EN))).isTrue();
        assertThat(bot.streams(Query.of("help"))).isFalse();
        assertThat(TestBot.BOT.streams(new Query(QUESTION, Lang.EN, Lang.EN))).isFalse();
    }

    @Test
    void feedback_buttons_are_counted() {
        WhereAiBot bot = bot(Duration.ofSeconds(5), 2, 10);

        bot.answer(Query.of("feedback up"));
        bot.answer(Query.of("feedback down"));
        bot.answer(Query.of("feedback up"));

        assertThat(bot.counters().thumbsUp()).isEqualTo(2);
        assertThat(bot.counters().thumbsDown()).isEqualTo(1);
    }

    private static void assertFallback(Reply reply, String note) {
        assertThat(reply.intent()).isEqualTo(Intent.QUESTION);
        assertThat(notes(reply)).anyMatch(n -> n.contains(note));
        assertThat(reply.sources()).extracting(s -> s.id()).contains("topic.ollama-steps");
    }

    private static List<String> paragraphs(Reply reply) {
        return reply.body().stream()
                .filter(e -> e instanceof CardElement.Paragraph)
                .map(e -> ((CardElement.Paragraph) e).text())
                .toList();
    }

    private static List<String> notes(Reply reply) {
        List<String> notes = new ArrayList<>();
        reply.body().stream()
                .filter(e -> e instanceof CardElement.Note)
                .forEach(e -> notes.add(((CardElement.Note) e).text()));
        return notes;
    }
}
