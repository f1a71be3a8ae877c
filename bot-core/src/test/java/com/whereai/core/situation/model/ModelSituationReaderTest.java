package com.whereai.core.situation.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.whereai.core.answer.model.ModelSettings;
import com.whereai.core.answer.model.OllamaStub;
import com.whereai.core.situation.Signal;
import com.whereai.knowledge.Lang;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The model's reading of a description, through langchain4j's real Ollama client against a stub speaking Ollama's HTTP API. */
class ModelSituationReaderTest {

    private static final String TEXT = "We are a small clinic with patient records and nobody to run servers.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private OllamaStub ollama;

    @BeforeEach
    void start() throws Exception {
        ollama = new OllamaStub();
    }

    @AfterEach
    void stop() {
        ollama.close();
    }

    private SituationReader reader(Duration timeout, int concurrency, int perUser) {
        return OllamaTestReaders.reader(
                new ModelSettings(ollama.baseUrl(), "llama3.1:8b", timeout, concurrency, perUser));
    }

    private SituationReader reader() {
        return reader(Duration.ofSeconds(5), 2, 10);
    }

    private void modelReplies(String json) {
        ollama.tokens = List.of(json);
    }

    @Test
    void asks_ollama_for_json_held_to_a_schema_of_the_signal_ids_with_the_description() throws Exception {
        modelReplies("{\"signals\":[]}");

        reader().read(TEXT, Lang.EN, "U1");

        assertThat(ollama.chatRequests).hasSize(1);
        JsonNode request = JSON.readTree(ollama.chatRequests.get(0));
        assertThat(request.path("model").asText()).isEqualTo("llama3.1:8b");
        assertThat(request.path("stream").asBoolean(true)).isFalse();
        JsonNode format = request.path("format");
        assertThat(format.path("type").asText()).isEqualTo("object");
        assertThat(format.path("required")).extracting(JsonNode::asText).containsExactly("signals");
        JsonNode signals = format.path("properties").path("signals");
        assertThat(signals.path("type").asText()).isEqualTo("array");
        assertThat(signals.path("items").path("type").asText()).isEqualTo("string");
        List<String> offered = new ArrayList<>();
        signals.path("items").path("enum").forEach(id -> offered.add(id.asText()));
        assertThat(offered)
                .containsExactlyElementsOf(Arrays.stream(Signal.values())
                        .filter(s -> s != Signal.MODEL_SIZE && s != Signal.AVAILABLE_VRAM)
                        .map(Signal::id)
                        .toList());
        assertThat(offered).doesNotContain("model-size", "available-vram");
        JsonNode messages = request.path("messages");
        assertThat(messages.get(0).path("role").asText()).isEqualTo("system");
        assertThat(messages.get(0).path("content").asText())
                .contains("- no-it-staff: ", "- sensitive-data: ", "clearly states", "empty list");
        assertThat(messages.get(messages.size() - 1).path("role").asText()).isEqualTo("user");
        assertThat(messages.get(messages.size() - 1).path("content").asText()).contains(TEXT, "English");
    }

    @Test
    void a_swedish_description_is_sent_as_swedish() throws Exception {
        modelReplies("{\"signals\":[\"offline\"]}");

        assertThat(reader().read("Vi har inget internet på fartyget.", Lang.SV, "U1"))
                .containsExactly(Signal.OFFLINE);

        JsonNode messages = JSON.readTree(ollama.chatRequests.get(0)).path("messages");
        assertThat(messages.get(messages.size() - 1).path("content").asText())
                .contains("Vi har inget internet på fartyget.", "Swedish");
    }

    @Test
    void reads_the_signals_the_models_json_names() {
        modelReplies("{\"signals\":[\"sensitive-data\",\"no-it-staff\",\"small-scale\"]}");

        assertThat(reader().read(TEXT, Lang.EN, "U1"))
                .containsExactlyInAnyOrder(Signal.SENSITIVE_DATA, Signal.NO_IT_STAFF, Signal.SMALL_SCALE);
    }

    @Test
    void keeps_only_known_signal_ids_from_the_models_json() {
        modelReplies(
                "{\"signals\":[\"offline\",\"quantum-computing\",\"model-size\",\"available-vram\",42,null,\" Sensitive-Data \"],"
                        + "\"extra\":true}");

        assertThat(reader().read(TEXT, Lang.EN, "U1")).containsExactlyInAnyOrder(Signal.OFFLINE, Signal.SENSITIVE_DATA);
    }

    @Test
    void garbage_from_the_model_reads_as_no_signals() {
        SituationReader reader = reader();
        for (String garbage : List.of(
                "this is not json at all",
                "",
                "{\"signals\":[\"offline\"",
                "[\"offline\"]",
                "{\"signal\":[\"offline\"]}",
                "{\"signals\":\"offline\"}",
                "{\"signals\":{\"offline\":true}}",
                "{\"signals\":[1,2,3]}",
                "{\"signals\":[{\"id\":\"offline\"}]}",
                "{\"signals\":[\"made-up\",\"also-made-up\"]}",
                "{\"signals\":null}",
                "null",
                "42")) {
            modelReplies(garbage);

            assertThat(reader.read(TEXT, Lang.EN, null)).as(garbage).isEmpty();
        }
    }

    @Test
    void the_json_is_found_inside_a_code_fence() {
        modelReplies("```json\n{\"signals\":[\"offline\"]}\n```");

        assertThat(reader().read(TEXT, Lang.EN, "U1")).containsExactly(Signal.OFFLINE);
    }

    @Test
    void signals_that_contradict_each_other_in_one_reply_cancel_out() {
        modelReplies("{\"signals\":[\"it-staff\",\"no-it-staff\",\"offline\",\"large-scale\",\"small-scale\"]}");

        assertThat(reader().read(TEXT, Lang.EN, "U1")).containsExactly(Signal.OFFLINE);
    }

    @Test
    void a_reply_ollama_itself_garbles_reads_as_no_signals() {
        ollama.mode = OllamaStub.Mode.GARBAGE;

        assertThat(reader().read(TEXT, Lang.EN, "U1")).isEmpty();
    }

    @Test
    void a_model_that_is_down_a_500_or_a_missing_model_reads_nothing_quickly_and_is_not_retried() {
        SituationReader down = OllamaTestReaders.reader(
                new ModelSettings("http://127.0.0.1:9", "llama3.1:8b", Duration.ofSeconds(2), 2, 10));
        assertWithin(
                Duration.ofSeconds(3),
                () -> assertThat(down.read(TEXT, Lang.EN, "U1")).isEmpty());

        for (OllamaStub.Mode mode : List.of(OllamaStub.Mode.SERVER_ERROR, OllamaStub.Mode.MISSING_MODEL)) {
            ollama.mode = mode;
            ollama.chatRequests.clear();
            SituationReader reader = reader(Duration.ofSeconds(2), 2, 10);

            assertWithin(
                    Duration.ofSeconds(3),
                    () -> assertThat(reader.read(TEXT, Lang.EN, "U1"))
                            .as(mode.name())
                            .isEmpty());
            assertThat(ollama.chatRequests).as(mode.name()).hasSize(1);
        }
    }

    @Test
    void a_model_slower_than_the_timeout_reads_nothing_at_the_deadline() {
        ollama.mode = OllamaStub.Mode.SLOW_START;
        ollama.delayMillis = 5_000;
        modelReplies("{\"signals\":[\"offline\"]}");
        SituationReader reader = reader(Duration.ofMillis(700), 2, 10);
        long start = System.nanoTime();

        assertThat(reader.read(TEXT, Lang.EN, "U1")).isEmpty();

        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isBetween(Duration.ofMillis(600), Duration.ofMillis(2_500));
    }

    @Test
    void past_the_concurrency_limit_a_reading_is_empty_at_once() throws Exception {
        ollama.mode = OllamaStub.Mode.SLOW_START;
        ollama.delayMillis = 2_000;
        modelReplies("{\"signals\":[\"offline\"]}");
        SituationReader reader = reader(Duration.ofSeconds(8), 1, 10);
        CompletableFuture<Set<Signal>> first = CompletableFuture.supplyAsync(() -> reader.read(TEXT, Lang.EN, "U1"));
        while (ollama.chatRequests.isEmpty()) {
            Thread.sleep(10);
        }

        assertWithin(
                Duration.ofMillis(1_000),
                () -> assertThat(reader.read(TEXT, Lang.EN, "U2")).isEmpty());

        assertThat(first).as("the second reading did not wait for the first").isNotDone();
        assertThat(first.get(10, TimeUnit.SECONDS)).containsExactly(Signal.OFFLINE);
        assertThat(ollama.chatRequests).hasSize(1);
    }

    @Test
    void a_reading_given_up_at_the_deadline_keeps_its_slot_until_the_model_really_stops() throws Exception {
        ollama.mode = OllamaStub.Mode.SLOW_START;
        ollama.delayMillis = 2_000;
        modelReplies("{\"signals\":[\"offline\"]}");
        SituationReader reader = reader(Duration.ofMillis(500), 1, 100);
        long start = System.nanoTime();
        assertThat(reader.read(TEXT, Lang.EN, null)).isEmpty();
        ollama.delayMillis = 0;

        assertThat(reader.read(TEXT, Lang.EN, null))
                .as("the abandoned call still holds the only slot")
                .isEmpty();
        assertThat(ollama.chatRequests).hasSize(1);

        Set<Signal> read = Set.of();
        while (read.isEmpty() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10)) {
            Thread.sleep(100);
            read = reader.read(TEXT, Lang.EN, null);
        }
        assertThat(read).containsExactly(Signal.OFFLINE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(1_200));
        assertThat(ollama.chatRequests).hasSize(2);
    }

    @Test
    void past_a_users_limit_a_reading_is_empty_at_once_and_never_reaches_the_model() {
        modelReplies("{\"signals\":[\"offline\"]}");
        SituationReader reader = reader(Duration.ofSeconds(5), 2, 1);

        assertThat(reader.read(TEXT, Lang.EN, "U1")).containsExactly(Signal.OFFLINE);
        assertWithin(
                Duration.ofMillis(500),
                () -> assertThat(reader.read(TEXT, Lang.EN, "U1")).isEmpty());
        assertThat(ollama.chatRequests).hasSize(1);
        assertThat(reader.read(TEXT, Lang.EN, "U2")).containsExactly(Signal.OFFLINE);
        assertThat(reader.read(TEXT, Lang.EN, null))
                .as("no known user: never limited")
                .containsExactly(Signal.OFFLINE);
        assertThat(reader.read(TEXT, Lang.EN, null)).containsExactly(Signal.OFFLINE);
    }

    @Test
    void a_blank_description_never_reaches_the_model() {
        assertThat(reader().read("  \n ", Lang.EN, "U1")).isEmpty();
        assertThat(reader().read(null, Lang.EN, "U1")).isEmpty();

        assertThat(ollama.chatRequests).isEmpty();
    }

    @Test
    void the_stubs_format_reply_goes_only_to_structured_calls() {
        ollama.formatReply = "{\"signals\":[\"prototype\"]}";
        ollama.tokens = List.of("not for the reader");

        assertThat(reader().read(TEXT, Lang.EN, "U1")).containsExactly(Signal.PROTOTYPE);
        assertThat(ollama.formatRequests()).hasSize(1);
    }

    @Test
    void switched_off_it_reads_nothing() {
        assertThat(SituationReader.NONE.read(TEXT, Lang.EN, "U1")).isEmpty();
    }

    private static void assertWithin(Duration most, Runnable check) {
        long start = System.nanoTime();
        check.run();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(most);
    }
}
