package com.whereai.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import com.whereai.core.Query;
import com.whereai.core.TestBot;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.reply.ReplyRenderer;
import com.whereai.core.reply.contract.ReplyCatalogue;
import com.whereai.core.reply.contract.ReplyRendererContract;
import com.whereai.knowledge.Lang;
import com.whereai.slack.BlockTexts;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every reply of the catalogue as Block Kit stays inside Slack's limits (SlackLimits); nothing is dropped. */
class BlockKitRendererContractTest extends ReplyRendererContract<List<LayoutBlock>> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    @Override
    protected ReplyRenderer<List<LayoutBlock>> renderer() {
        return renderer;
    }

    @Override
    protected void assertWithinLimits(String name, List<LayoutBlock> rendered) throws Exception {
        JsonNode tree = tree(rendered);
        assertThat(tree.size()).as(name).isLessThanOrEqualTo(SlackLimits.MESSAGE_BLOCKS);
        SlackBlockLimits.assertWithinLimits(tree);
    }

    @Override
    protected String visibleText(List<LayoutBlock> rendered) throws Exception {
        return BlockTexts.of(tree(rendered));
    }

    static JsonNode tree(Object blocks) throws Exception {
        return JSON.readTree(GsonFactory.createSnakeCase().toJson(blocks));
    }

    @Test
    void every_fallback_text_fits_a_message() {
        ReplyCatalogue.replies()
                .forEach(
                        (name, reply) -> assertThat(renderer.fallbackText(reply).length())
                                .as(name)
                                .isBetween(1, SlackLimits.MESSAGE_TEXT));
    }

    @Test
    void a_reply_too_long_for_one_message_is_shortened_with_a_note_and_keeps_its_buttons() throws Exception {
        Reply reply = TestBot.BOT.answer(new Query("options", Lang.EN, Lang.EN));
        Reply huge = new Reply(
                reply.intent(),
                reply.lang(),
                reply.title(),
                reply.summary(),
                Collections.nCopies(80, new CardElement.Paragraph("x".repeat(5000))),
                reply.actions(),
                reply.sources(),
                null,
                Map.of(),
                null,
                null);

        JsonNode tree = tree(renderer.render(huge));

        assertThat(tree.size()).isEqualTo(SlackLimits.MESSAGE_BLOCKS);
        assertThat(tree.get(tree.size() - 1).get("type").asText()).isEqualTo("actions");
        assertThat(tree.toString()).contains("shortened");
        SlackBlockLimits.assertWithinLimits(tree);
    }

    @Test
    void each_action_kind_gets_its_own_kind_of_button() throws Exception {
        JsonNode tree = tree(renderer.render(ReplyCatalogue.everyElement(Lang.EN)));

        assertThat(tree.findValuesAsText("action_id"))
                .contains(
                        BlockKitRenderer.COMMAND_ACTION + "0",
                        BlockKitRenderer.QUESTIONNAIRE_ACTION,
                        BlockKitRenderer.COMMAND_ACTION + "2",
                        BlockKitRenderer.SHARE_ACTION,
                        BlockKitRenderer.COMMAND_ACTION + "item-0");
        assertThat(tree.findValuesAsText("image_url")).containsExactly(ReplyCatalogue.IMAGE_URL);
    }

    @Test
    void a_line_chart_without_a_picture_is_drawn_as_escaped_text_rows_in_a_code_block() throws Exception {
        CardElement.LineChart chart = new CardElement.LineChart(
                "Cost <b>&</b> *more*",
                "months",
                "SEK",
                List.of("0", "1", "2"),
                List.of(
                        new CardElement.Series("`1`", List.of(0.0, 5.0, 10.0), "10 <kr>"),
                        new CardElement.Series("2A", List.of(4.0, 4.0, 4.0), "4 kr")),
                "Two lines & <!channel>.");

        JsonNode tree = tree(renderer.render(
                Reply.builder(Intent.HELP, Lang.EN).title("Chart").add(chart).build()));

        assertThat(tree.findValuesAsText("type")).doesNotContain("image");
        String text = tree.get(1).at("/text/text").asText();
        assertThat(text)
                .isEqualTo("*Cost &lt;b&gt;&amp;&lt;/b&gt; *more**\n```"
                        + "  ˋ1ˋ  ▁▅█  10 &lt;kr&gt;\n"
                        + "  2A   ▄▄▄  4 kr\n"
                        + "       0 2 months\n"
                        + "```\nTwo lines &amp; &lt;!channel&gt;.");
        SlackBlockLimits.assertWithinLimits(tree);
    }

    @Test
    void an_uploaded_line_chart_is_an_image_block_showing_the_slack_file() throws Exception {
        CardElement.LineChart chart = ReplyCatalogue.lineChart();

        JsonNode tree = tree(
                renderer.render(ReplyCatalogue.everyElement(Lang.EN), ChartFiles.of(Map.of(chart, "F0CHART0001"))));

        JsonNode image = tree.findParents("type").stream()
                .filter(b -> b.get("type").asText().equals("image") && b.has("slack_file"))
                .findFirst()
                .orElseThrow();
        assertThat(image.get("slack_file").toString()).isEqualTo("{\"id\":\"F0CHART0001\"}");
        assertThat(image.has("image_url")).isFalse();
        assertThat(image.at("/title/type").asText()).isEqualTo("plain_text");
        assertThat(image.at("/title/text").asText()).isEqualTo("Lines-caption-marker");
        assertThat(image.get("alt_text").asText())
                .isEqualTo(ReplyCatalogue.LINE_CHART_ALT_TEXT
                        + " Lines-series-marker: Lines-value-marker; 2A: 27 200 kr; 5: 54 000 kr");
        assertThat(tree.toString()).as("no text chart beside the picture").doesNotContain("▁");
        assertThat(tree.findValuesAsText("image_url")).containsExactly(ReplyCatalogue.IMAGE_URL);
        SlackBlockLimits.assertWithinLimits(tree);
    }

    @Test
    void a_chart_that_was_not_uploaded_is_text_beside_one_that_was() throws Exception {
        CardElement.LineChart uploaded = ReplyCatalogue.lineChart();
        CardElement.LineChart other = new CardElement.LineChart(
                "Other",
                "months",
                "SEK",
                List.of("0", "1"),
                List.of(new CardElement.Series("1", List.of(0.0, 1.0), "1 kr")),
                "Another chart.");

        JsonNode tree = tree(renderer.render(
                Reply.builder(Intent.HELP, Lang.EN)
                        .title("Two charts")
                        .add(uploaded)
                        .add(other)
                        .build(),
                ChartFiles.of(Map.of(uploaded, "F0CHART0001"))));

        assertThat(tree.get(1).get("type").asText()).isEqualTo("image");
        assertThat(tree.get(2).at("/text/text").asText())
                .startsWith("*Other*\n```")
                .contains("▁█  1 kr");
    }

    @Test
    void the_home_tab_fits_the_view_limits_in_both_languages() throws Exception {
        for (Lang lang : Lang.values()) {
            JsonNode tree = tree(new HomeTab().build(TestBot.BOT.home(lang)));

            assertThat(tree.get("type").asText()).isEqualTo("home");
            assertThat(tree.get("blocks").size()).isLessThanOrEqualTo(SlackLimits.VIEW_BLOCKS);
            SlackBlockLimits.assertWithinLimits(tree.get("blocks"));
            assertThat(BlockTexts.of(tree.get("blocks"))).doesNotContain("`");
        }
    }
}
