package com.whereai.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AskCommandTest {

    @Test
    void ask_answers_once_as_plain_text() {
        CliRun run = CliRun.of("ask", "compare", "1", "2a");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Comparison according to the guide", "★★☆☆☆", "Sources: topic.ratings-table");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void ask_json_prints_one_object_with_the_design_fields() throws Exception {
        CliRun run = CliRun.of("ask", "--json", "vi har patientjournaler och ingen IT-avdelning");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(run.code()).isZero();
        assertThat(json.get("intent").asText()).isEqualTo("recommend");
        assertThat(json.get("lang").asText()).isEqualTo("sv");
        assertThat(json.get("text").asText()).startsWith("Rekommendation:");
        assertThat(json.at("/recommendation/signals").toString()).contains("sensitive-data", "no-it-staff");
        assertThat(json.at("/recommendation/excluded").findValuesAsText("option"))
                .contains("own-server", "inference-api");
        assertThat(json.get("sources").size()).isPositive();
    }

    @Test
    void ask_json_gives_fit_for_a_named_model_on_a_named_gpu() throws Exception {
        JsonNode json = new ObjectMapper()
                .readTree(CliRun.of("ask", "--json", "can I run mixtral 8x7b on a 4090?")
                        .out());

        assertThat(json.get("intent").asText()).isEqualTo("model-fit");
        assertThat(json.at("/fit/model").asText()).isEqualTo("mixtral-8x7b");
        assertThat(json.at("/fit/available_gb").asDouble()).isEqualTo(25.8);
        assertThat(json.at("/fit/fits").asBoolean()).isTrue();
        assertThat(json.at("/fit/precision").asText()).matches("Q\\d_K(_[SML])?|Q\\d_0|F16");
    }

    @Test
    void lang_forces_the_reply_language() throws Exception {
        JsonNode json = new ObjectMapper()
                .readTree(CliRun.of("ask", "--json", "--lang", "en", "vad är vram")
                        .out());

        assertThat(json.get("lang").asText()).isEqualTo("en");
    }

    @Test
    void where_ai_lang_sets_the_language_when_the_text_does_not_tell() throws Exception {
        JsonNode en = new ObjectMapper()
                .readTree(CliRun.of(Map.of("WHERE_AI_LANG", "en"), "", "ask", "--json", "2a")
                        .out());
        JsonNode sv = new ObjectMapper()
                .readTree(CliRun.of(Map.of(), "", "ask", "--json", "2a").out());

        assertThat(en.get("lang").asText()).isEqualTo("en");
        assertThat(sv.get("lang").asText()).isEqualTo("sv");
    }

    @Test
    void ask_without_text_is_bad_usage_with_one_line() {
        CliRun run = CliRun.of("ask");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("where-ai: Missing required parameter");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void an_unknown_language_is_bad_usage() {
        CliRun run = CliRun.of("ask", "--lang", "de", "hello");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip())
                .contains("--lang must be sv or en, was 'de'")
                .hasLineCount(1);
    }

    @Test
    void an_unknown_sub_command_is_bad_usage() {
        CliRun run = CliRun.of("bogus");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).hasLineCount(1);
    }

    @Test
    void a_malformed_environment_variable_is_named() {
        CliRun run = CliRun.of(Map.of("WHERE_AI_LANG", "fi"), "", "ask", "help");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("where-ai: WHERE_AI_LANG must be sv or en, was 'fi'");
    }
}
