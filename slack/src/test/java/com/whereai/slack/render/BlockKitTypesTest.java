package com.whereai.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.util.json.GsonFactory;
import com.whereai.core.WhereAiBot;
import com.whereai.core.reply.Form;
import com.whereai.core.reply.Reply;
import com.whereai.core.reply.contract.ReplyCatalogue;
import com.whereai.knowledge.Lang;
import com.whereai.slack.support.SlackTestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Type-checks every rendered reply, the questionnaire modal and the Home tab against Slack's own Block Kit
 * types (npm {@code @slack/types}, installed by the build in src/test/typescript) with {@code tsc}: it
 * catches misspelt block types, wrong text objects, missing required fields and unknown keys.
 */
class BlockKitTypesTest {

    private static final Path PROJECT = Path.of("src/test/typescript");
    private static final Path TSC = PROJECT.resolve("node_modules/typescript/bin/tsc");
    private static final WhereAiBot BOT = new WhereAiBot(SlackTestServer.GUIDE, r -> r);

    @BeforeAll
    static void typesAreInstalled() {
        assertThat(TSC)
                .as("the build installs @slack/types and typescript with npm ci in %s", PROJECT)
                .exists();
        assertThat(PROJECT.resolve("node_modules/@slack/types/package.json")).exists();
    }

    @Test
    void every_rendered_reply_modal_and_home_tab_type_checks_against_slacks_types() throws Exception {
        BlockKitRenderer renderer = new BlockKitRenderer();
        StringBuilder ts = new StringBuilder("import type { KnownBlock, View } from \"@slack/types\";\n");
        for (Map.Entry<String, Reply> reply : ReplyCatalogue.replies(BOT).entrySet()) {
            ts.append("export const ")
                    .append(reply.getKey().replace('-', '_'))
                    .append(": KnownBlock[] = ")
                    .append(GsonFactory.createSnakeCase().toJson(renderer.render(reply.getValue())))
                    .append(";\n");
        }
        for (Lang lang : Lang.values()) {
            // The catalogue's line chart as Slack shows it once uploaded: an image block with a slack_file.
            ts.append("export const every_element_uploaded_chart_")
                    .append(lang.code())
                    .append(": KnownBlock[] = ")
                    .append(GsonFactory.createSnakeCase()
                            .toJson(renderer.render(
                                    ReplyCatalogue.everyElement(lang),
                                    ChartFiles.of(Map.of(ReplyCatalogue.lineChart(), "F0CHART0001")))))
                    .append(";\n");
        }
        for (Map.Entry<String, Form> form : ReplyCatalogue.forms(BOT).entrySet()) {
            ts.append("export const modal_")
                    .append(form.getKey().replace('-', '_'))
                    .append(": View = ")
                    .append(GsonFactory.createSnakeCase()
                            .toJson(new ModalRenderer()
                                    .render(
                                            form.getValue(),
                                            new ModalMetadata(
                                                    "C1", form.getValue().lang().code()))))
                    .append(";\n");
        }
        for (Lang lang : Lang.values()) {
            ts.append("export const home_tab_")
                    .append(lang.code())
                    .append(": View = ")
                    .append(GsonFactory.createSnakeCase().toJson(new HomeTab().build(BOT.home(lang))))
                    .append(";\n");
        }
        Path generated = PROJECT.resolve("generated");
        Files.createDirectories(generated);
        Files.writeString(generated.resolve("rendered.ts"), ts, StandardCharsets.UTF_8);

        Result result = tsc("-p", PROJECT.toString());

        assertThat(result.output()).as("tsc output").isEmpty();
        assertThat(result.code()).isZero();
        assertThat(ts)
                .as("the chart both ways: as text and as the uploaded picture")
                .contains("Lines-series-marker  ▂", "\"slack_file\":{\"id\":\"F0CHART0001\"}");
    }

    @Test
    void the_check_catches_a_block_slack_would_reject() throws Exception {
        Path bad = Files.createTempDirectory("blockkit").resolve("bad.ts");
        Path types = PROJECT.resolve("node_modules/@slack/types").toAbsolutePath();
        Files.writeString(
                bad,
                "import type { KnownBlock } from \"" + types.toString().replace('\\', '/') + "\";\n"
                        + "export const bad: KnownBlock[] = [{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\"}}, {\"type\":\"sectoin\"}];\n");

        Result result = tsc("--noEmit", "--strict", bad.toString());

        assertThat(result.code()).isNotZero();
        assertThat(result.output()).contains("error TS");
    }

    @Test
    void the_check_catches_an_image_block_whose_slack_file_is_misspelt() throws Exception {
        Path bad = Files.createTempDirectory("blockkit").resolve("bad-image.ts");
        Path types = PROJECT.resolve("node_modules/@slack/types").toAbsolutePath();
        Files.writeString(
                bad,
                "import type { KnownBlock } from \"" + types.toString().replace('\\', '/') + "\";\n"
                        + "export const bad: KnownBlock[] = [{\"type\":\"image\",\"alt_text\":\"a\","
                        + "\"slack_file\":{\"file_id\":\"F0CHART0001\"}}];\n");

        Result result = tsc("--noEmit", "--strict", bad.toString());

        assertThat(result.output()).contains("error TS");
    }

    private static Result tsc(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", TSC.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int code, String output) {}
}
