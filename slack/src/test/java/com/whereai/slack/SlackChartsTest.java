package com.whereai.slack;

import static com.whereai.slack.support.SlackPayloads.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.whereai.core.WhereAiBot;
import com.whereai.core.answer.QuestionAnswerer;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.reply.contract.ReplyCatalogue;
import com.whereai.slack.support.SlackApiStub;
import com.whereai.slack.support.SlackTestServer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reply with a line chart (the cost chart) in Slack: the chart is drawn as a PNG, uploaded with files upload v2
 * (get an upload address, send the bytes, complete the upload), awaited until Slack has processed it, and shown in
 * the card as an image block with the file's id. Without the files:write scope, or when anything on the way fails,
 * the card shows the chart as text, and the user never sees an error.
 */
class SlackChartsTest {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** The upload, then the card: the Web API methods in the order they must come. */
    private static final List<String> UPLOAD_THEN_POST = List.of(
            "files.getUploadURLExternal",
            SlackApiStub.UPLOAD_PATH,
            "files.completeUploadExternal",
            "files.info",
            "chat.postMessage");

    private final ObjectMapper json = new ObjectMapper();
    private SlackApiStub slack;
    private SlackTestServer server;

    /** Every free-form question is answered with the catalogue's line chart, until the cost command gives one. */
    @BeforeEach
    void start() throws Exception {
        slack = new SlackApiStub();
        QuestionAnswerer charts = (question, partials) -> Reply.builder(Intent.QUESTION, question.lang())
                .title("Cost over time")
                .summary("The cost of three options over 36 months.")
                .add(ReplyCatalogue.lineChart())
                .build();
        server = new SlackTestServer(slack, new WhereAiBot(SlackTestServer.GUIDE, retrieval -> charts));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        slack.close();
    }

    @Test
    void a_mentions_chart_is_uploaded_as_a_png_then_shown_by_its_file_id() throws Exception {
        server.postEvent(event("EvChart1", mention("<@UBOT> why is the sky blue?", "1700000000.000810")), Map.of());

        SlackApiStub.Call posted = slack.await("chat.postMessage");
        assertThat(methods()).containsSubsequence(UPLOAD_THEN_POST);
        SlackApiStub.Call url = slack.calls("files.getUploadURLExternal").get(0);
        SlackApiStub.Call upload = slack.calls(SlackApiStub.UPLOAD_PATH).get(0);
        assertThat(Arrays.copyOf(upload.bytes(), PNG_MAGIC.length))
                .as("the upload is a PNG")
                .isEqualTo(PNG_MAGIC);
        assertThat(url.param("length")).isEqualTo(Integer.toString(upload.bytes().length));
        assertThat(url.param("filename")).endsWith(".png");
        assertThat(url.param("alt_txt")).isEqualTo(ReplyCatalogue.LINE_CHART_ALT_TEXT);
        SlackApiStub.Call complete = slack.calls("files.completeUploadExternal").get(0);
        assertThat(json.readTree(complete.param("files")).get(0).get("id").asText())
                .isEqualTo(SlackApiStub.FILE_ID);
        assertThat(complete.param("channel_id"))
                .as("shared to no channel: the card shows it")
                .isNull();
        assertThat(complete.param("channels")).isNull();
        assertThat(slack.calls("files.info").get(0).param("file")).isEqualTo(SlackApiStub.FILE_ID);

        assertThat(posted.param("thread_ts")).isEqualTo("1700000000.000810");
        JsonNode image = imageBlock(json.readTree(posted.param("blocks")));
        assertThat(image.at("/slack_file/id").asText()).isEqualTo(SlackApiStub.FILE_ID);
        assertThat(image.get("alt_text").asText()).startsWith(ReplyCatalogue.LINE_CHART_ALT_TEXT);
        assertThat(image.at("/title/text").asText()).isEqualTo("Lines-caption-marker");
        assertThat(posted.param("blocks")).doesNotContain("▁");
    }

    @Test
    void a_slash_commands_chart_reaches_the_response_url_as_the_uploaded_picture() throws Exception {
        server.postForm(slashCommand("why is the sky blue?", slack.responseUrl("chart")));

        JsonNode answer = json.readTree(slack.await("/response/chart").body());
        assertThat(methods())
                .containsSubsequence(
                        "files.getUploadURLExternal",
                        SlackApiStub.UPLOAD_PATH,
                        "files.completeUploadExternal",
                        "/response/chart");
        assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(imageBlock(answer.get("blocks")).at("/slack_file/id").asText())
                .isEqualTo(SlackApiStub.FILE_ID);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"missing_scope", "not_allowed_token_type"})
    void without_the_files_write_scope_the_chart_is_text_and_no_error(String error) throws Exception {
        slack.answer(
                "files.getUploadURLExternal",
                "{\"ok\":false,\"error\":\"" + error + "\",\"needed\":\"files:write\",\"provided\":\"chat:write\"}");

        server.postForm(slashCommand("why is the sky blue?", slack.responseUrl("text-chart")));

        JsonNode answer = json.readTree(slack.await("/response/text-chart").body());
        assertTextChart(answer.get("blocks"));
        assertThat(slack.calls(SlackApiStub.UPLOAD_PATH)).as("nothing uploaded").isEmpty();
        assertThat(slack.calls("files.completeUploadExternal")).isEmpty();
        assertThat(slack.calls("/response/text-chart")).hasSize(1);
    }

    @Test
    void a_failed_upload_shows_the_chart_as_text() throws Exception {
        slack.answer(SlackApiStub.UPLOAD_PATH, "HTTP 500 upload failed");

        server.postEvent(event("EvChart2", mention("<@UBOT> why is the sky blue?", "1700000000.000820")), Map.of());

        assertTextChart(json.readTree(slack.await("chat.postMessage").param("blocks")));
        assertThat(slack.calls("files.completeUploadExternal")).isEmpty();
    }

    @Test
    void a_refused_completion_shows_the_chart_as_text() throws Exception {
        slack.answer("files.completeUploadExternal", "{\"ok\":false,\"error\":\"invalid_arguments\"}");

        server.postEvent(event("EvChart3", mention("<@UBOT> why is the sky blue?", "1700000000.000830")), Map.of());

        assertTextChart(json.readTree(slack.await("chat.postMessage").param("blocks")));
    }

    @Test
    void the_card_waits_until_slack_has_processed_the_file() throws Exception {
        slack.answerOnce("files.info", "{\"ok\":false,\"error\":\"file_not_found\"}");
        slack.answerOnce(
                "files.info", "{\"ok\":true,\"file\":{\"id\":\"" + SlackApiStub.FILE_ID + "\",\"mimetype\":\"\"}}");

        server.postEvent(event("EvChart4", mention("<@UBOT> why is the sky blue?", "1700000000.000840")), Map.of());

        SlackApiStub.Call posted = slack.await("chat.postMessage");
        assertThat(slack.calls("files.info"))
                .as("asked until it had a mimetype")
                .hasSize(3);
        assertThat(methods().indexOf("chat.postMessage"))
                .isGreaterThan(methods().lastIndexOf("files.info"));
        assertThat(imageBlock(json.readTree(posted.param("blocks")))
                        .at("/slack_file/id")
                        .asText())
                .isEqualTo(SlackApiStub.FILE_ID);
    }

    @Test
    void without_files_read_the_card_is_sent_at_once_with_the_picture() throws Exception {
        slack.answer("files.info", "{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"files:read\"}");

        server.postEvent(event("EvChart5", mention("<@UBOT> why is the sky blue?", "1700000000.000850")), Map.of());

        SlackApiStub.Call posted = slack.await("chat.postMessage");
        assertThat(slack.calls("files.info")).hasSize(1);
        assertThat(imageBlock(json.readTree(posted.param("blocks")))
                        .at("/slack_file/id")
                        .asText())
                .isEqualTo(SlackApiStub.FILE_ID);
    }

    @Test
    void when_slack_refuses_the_picture_the_card_is_sent_again_with_the_chart_as_text() throws Exception {
        slack.answerOnce(
                "chat.postMessage",
                "{\"ok\":false,\"error\":\"invalid_blocks\",\"errors\":[\"invalid slack file [json-pointer:/blocks/1/slack_file]\"]}");

        server.postEvent(event("EvChart6", mention("<@UBOT> why is the sky blue?", "1700000000.000860")), Map.of());

        SlackApiStub.Call second =
                slack.await("chat.postMessage", c -> !c.param("blocks").contains("slack_file"));
        List<SlackApiStub.Call> posts = slack.calls("chat.postMessage");
        assertThat(posts).hasSize(2);
        assertThat(posts.get(0).param("blocks")).contains(SlackApiStub.FILE_ID);
        assertTextChart(json.readTree(second.param("blocks")));
    }

    @Test
    void when_a_response_url_refuses_the_picture_the_chart_is_sent_again_as_text() throws Exception {
        slack.answerOnce("/response/refused", "{\"ok\":false,\"error\":\"invalid_blocks\"}");

        server.postForm(slashCommand("why is the sky blue?", slack.responseUrl("refused")));

        List<SlackApiStub.Call> responses = awaitCalls("/response/refused", 2);
        assertThat(responses.get(0).body()).contains(SlackApiStub.FILE_ID);
        assertTextChart(json.readTree(responses.get(1).body()).get("blocks"));
    }

    @Test
    void a_reply_without_a_chart_uploads_nothing() throws Exception {
        assertThat(server.slashCommandAnswer("compare 1 2a", slack, "plain"))
                .contains("Comparison according to the guide");
        assertThat(methods()).noneMatch(m -> m.startsWith("files.") || m.equals(SlackApiStub.UPLOAD_PATH));
    }

    /** The text chart: the caption, sparkline rows with the last values in a code block, the alt text; no image. */
    private static void assertTextChart(JsonNode blocks) {
        String text = BlockTexts.of(blocks);
        assertThat(blocks.findValuesAsText("type")).doesNotContain("image");
        assertThat(blocks.toString()).doesNotContain("slack_file");
        assertThat(text)
                .contains(
                        "*Lines-caption-marker*\n```",
                        "  Lines-series-marker  ▂",
                        "  Lines-value-marker\n",
                        "54 000 kr",
                        ReplyCatalogue.LINE_CHART_ALT_TEXT)
                .doesNotContain("Something went wrong", "Något gick fel");
    }

    private static JsonNode imageBlock(JsonNode blocks) {
        for (JsonNode block : blocks) {
            if (block.get("type").asText().equals("image")) {
                return block;
            }
        }
        throw new AssertionError("no image block in " + blocks);
    }

    private List<String> methods() {
        return slack.calls().stream().map(SlackApiStub.Call::method).toList();
    }

    private List<SlackApiStub.Call> awaitCalls(String path, int count) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            List<SlackApiStub.Call> calls = slack.calls(path);
            if (calls.size() >= count) {
                return calls;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("fewer than " + count + " calls to " + path + ": " + methods());
    }
}
