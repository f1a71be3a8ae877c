package com.whereai.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.whereai.core.WhereAiBot;
import com.whereai.core.answer.QuestionAnswerer;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.reply.contract.ReplyCatalogue;
import com.whereai.knowledge.GuideLoader;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AskCommandTest {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path folder;

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
    void png_writes_the_replys_chart_and_names_the_file_on_stderr() throws Exception {
        Path file = folder.resolve("cost.png");

        CliRun run = withChart("ask", "--png", file.toString(), "why is the sky blue?");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Lines-caption-marker", "Lines-series-marker");
        assertThat(run.err().strip())
                .isEqualTo("where-ai: wrote the chart \"Lines-caption-marker\" to " + file + " (800x450 PNG)");
        assertPng(file);
    }

    @Test
    void png_with_json_writes_the_chart_too() throws Exception {
        Path file = folder.resolve("cost-json.png");

        CliRun run = withChart("ask", "--json", "--png", file.toString(), "why is the sky blue?");

        assertThat(run.code()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).get("text").asText()).contains("Lines-caption-marker");
        assertPng(file);
    }

    @Test
    void png_of_a_reply_without_a_chart_writes_nothing_and_says_so() {
        Path file = folder.resolve("none.png");

        CliRun run = CliRun.of("ask", "--png", file.toString(), "compare", "1", "2a");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Comparison according to the guide");
        assertThat(run.err().strip()).isEqualTo("where-ai: this reply has no chart; nothing was written to " + file);
        assertThat(file).doesNotExist();
    }

    @Test
    void png_to_a_path_that_cannot_be_written_is_exit_2_with_one_line() throws Exception {
        Path missing = folder.resolve("no-such-folder").resolve("cost.png");
        Path aFolder = Files.createDirectory(folder.resolve("a-folder"));

        for (Path unwritable : List.of(missing, aFolder)) {
            CliRun run = withChart("ask", "--png", unwritable.toString(), "why is the sky blue?");

            assertThat(run.code()).as("%s", unwritable).isEqualTo(2);
            assertThat(run.err().strip())
                    .as("%s", unwritable)
                    .startsWith("where-ai: cannot write the chart to " + unwritable + ": ")
                    .hasLineCount(1)
                    .doesNotContain("Exception", "\tat ");
        }
        assertThat(missing).doesNotExist();
    }

    @Test
    void png_without_a_file_is_bad_usage() {
        CliRun run = CliRun.of("ask", "--png");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).hasLineCount(1).startsWith("where-ai: Missing required parameter");
    }

    @Test
    void png_writes_the_cost_chart_of_cost_70b_200_users() throws Exception {
        Path file = folder.resolve("cost-70b.png");

        CliRun run = CliRun.of("ask", "--png", file.toString(), "cost", "70b", "200", "users");

        assertThat(run.code()).isZero();
        assertThat(run.err().strip()).startsWith("where-ai: wrote the chart \"").endsWith(file + " (800x450 PNG)");
        assertPng(file);
    }

    /** {@code where-ai ask} with a bot that answers every free-form question with a line chart. */
    private static CliRun withChart(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        WhereAi.Context context = new WhereAi.Context(
                Map.of(), new BufferedReader(new StringReader("")), new PrintWriter(out), new PrintWriter(err));
        QuestionAnswerer charts = (question, partials) -> Reply.builder(Intent.QUESTION, question.lang())
                .title("Cost over time")
                .summary("The cost of three options over 36 months.")
                .add(ReplyCatalogue.lineChart())
                .build();
        CommandLine cli = new CommandLine(
                new AskCommand(context, config -> new WhereAiBot(GuideLoader.loadBundled(), retrieval -> charts)));
        cli.setOut(context.out());
        cli.setErr(context.err());
        int code = cli.execute(Arrays.copyOfRange(args, 1, args.length));
        context.out().flush();
        context.err().flush();
        return new CliRun(code, out.toString(), err.toString());
    }

    private static void assertPng(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(PNG_MAGIC);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(450);
    }

    @Test
    void a_malformed_environment_variable_is_named() {
        CliRun run = CliRun.of(Map.of("WHERE_AI_LANG", "fi"), "", "ask", "help");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("where-ai: WHERE_AI_LANG must be sv or en, was 'fi'");
    }
}
