package com.whereai.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import com.whereai.core.Query;
import com.whereai.core.WhereAiBot;
import com.whereai.core.questionnaire.Answers;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import com.whereai.slack.support.SlackTestServer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every reply type in both languages, rendered as Block Kit, stays inside Slack's limits (SlackLimits). */
class BlockKitLimitsTest {

    private static final WhereAiBot BOT = new WhereAiBot(SlackTestServer.GUIDE, r -> r);
    private static final List<String> ONE_OF_EACH = BlockKitLimitsTestInputs.ONE_OF_EACH;

    private final BlockKitRenderer renderer = new BlockKitRenderer();
    private final ObjectMapper json = new ObjectMapper();

    static Stream<Arguments> replies() {
        return ONE_OF_EACH.stream().flatMap(t -> Stream.of(Arguments.of(t, Lang.SV), Arguments.of(t, Lang.EN)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("replies")
    void every_reply_fits_slacks_message_limits(String text, Lang lang) throws Exception {
        Reply reply = BOT.answer(new Query(text, lang, lang));
        List<LayoutBlock> blocks = renderer.render(reply, List.of(renderer.shareButton(text, reply),
                renderer.questionnaireButton("questionnaire.change", text, lang)));

        JsonNode tree = json.readTree(GsonFactory.createSnakeCase().toJson(blocks));
        assertThat(tree.size()).isLessThanOrEqualTo(SlackLimits.MESSAGE_BLOCKS);
        assertWithinLimits(tree);
        assertThat(renderer.fallbackText(reply).length()).isBetween(1, SlackLimits.MESSAGE_TEXT);
    }

    @Test
    void a_reply_too_long_for_one_message_is_shortened_with_a_note_and_keeps_its_buttons() throws Exception {
        Reply reply = BOT.answer(new Query("options", Lang.EN, Lang.EN));
        Reply huge = new Reply(reply.intent(), reply.lang(), reply.title(), reply.summary(),
                java.util.Collections.nCopies(80, new com.whereai.core.reply.CardElement.Paragraph("x".repeat(5000))),
                reply.actions(), reply.sources(), null, Map.of());

        JsonNode tree = json.readTree(GsonFactory.createSnakeCase().toJson(renderer.render(huge, List.of())));

        assertThat(tree.size()).isEqualTo(SlackLimits.MESSAGE_BLOCKS);
        assertThat(tree.get(tree.size() - 1).get("type").asText()).isEqualTo("actions");
        assertThat(tree.toString()).contains("shortened");
        assertWithinLimits(tree);
    }

    @Test
    void the_questionnaire_modal_fits_the_modal_limits_in_both_languages() throws Exception {
        for (Lang lang : Lang.values()) {
            View view = new QuestionnaireModal().build(new ModalMetadata("C1", lang.code()), new Answers(Map.of(), "", ""));
            JsonNode tree = json.readTree(GsonFactory.createSnakeCase().toJson(view));

            assertThat(tree.get("blocks").size()).isLessThanOrEqualTo(SlackLimits.VIEW_BLOCKS);
            assertThat(tree.get("title").get("text").asText().length()).isLessThanOrEqualTo(SlackLimits.MODAL_TITLE);
            assertThat(tree.get("submit").get("text").asText().length()).isLessThanOrEqualTo(SlackLimits.MODAL_TITLE);
            assertThat(tree.get("close").get("text").asText().length()).isLessThanOrEqualTo(SlackLimits.MODAL_TITLE);
            assertThat(tree.get("private_metadata").asText().length()).isLessThanOrEqualTo(SlackLimits.PRIVATE_METADATA);
            for (JsonNode block : tree.get("blocks")) {
                if (block.get("type").asText().equals("input")) {
                    assertThat(block.get("label").get("text").asText().length()).isLessThanOrEqualTo(SlackLimits.INPUT_LABEL);
                    JsonNode options = block.get("element").get("options");
                    if (options != null) {
                        assertThat(options.size()).isLessThanOrEqualTo(SlackLimits.CHECKBOX_OPTIONS);
                        options.forEach(o -> assertThat(o.get("text").get("text").asText().length())
                                .isLessThanOrEqualTo(SlackLimits.OPTION_TEXT));
                    }
                }
            }
            assertWithinLimits(tree.get("blocks"));
        }
    }

    @Test
    void the_home_tab_fits_the_view_limits_in_both_languages() throws Exception {
        for (Lang lang : Lang.values()) {
            JsonNode tree = json.readTree(GsonFactory.createSnakeCase().toJson(new HomeTab(SlackTestServer.GUIDE).build(lang)));

            assertThat(tree.get("type").asText()).isEqualTo("home");
            assertThat(tree.get("blocks").size()).isLessThanOrEqualTo(SlackLimits.VIEW_BLOCKS);
            assertWithinLimits(tree.get("blocks"));
        }
    }

    private static void assertWithinLimits(JsonNode blocks) {
        for (JsonNode block : blocks) {
            String type = block.get("type").asText();
            switch (type) {
                case "header" -> assertThat(block.get("text").get("text").asText().length()).isLessThanOrEqualTo(SlackLimits.HEADER_TEXT);
                case "section" -> {
                    if (block.has("text")) {
                        assertThat(block.get("text").get("text").asText().length()).as("section text")
                                .isLessThanOrEqualTo(SlackLimits.SECTION_TEXT);
                    }
                    if (block.has("fields")) {
                        assertThat(block.get("fields").size()).isLessThanOrEqualTo(SlackLimits.SECTION_FIELDS);
                        block.get("fields").forEach(f -> assertThat(f.get("text").asText().length())
                                .isLessThanOrEqualTo(SlackLimits.SECTION_FIELD));
                    }
                    assertThat(block.has("text") || block.has("fields")).as("a section needs text or fields").isTrue();
                }
                case "context" -> {
                    assertThat(block.get("elements").size()).isBetween(1, SlackLimits.CONTEXT_ELEMENTS);
                    block.get("elements").forEach(e -> assertThat(e.get("text").asText().length())
                            .isLessThanOrEqualTo(SlackLimits.CONTEXT_TEXT));
                }
                case "actions" -> {
                    assertThat(block.get("elements").size()).isBetween(1, SlackLimits.ACTIONS_ELEMENTS);
                    List<String> ids = new java.util.ArrayList<>();
                    block.get("elements").forEach(e -> {
                        assertThat(e.get("text").get("text").asText().length()).isLessThanOrEqualTo(SlackLimits.BUTTON_TEXT);
                        assertThat(e.get("value").asText().length()).isLessThanOrEqualTo(SlackLimits.BUTTON_VALUE);
                        ids.add(e.get("action_id").asText());
                    });
                    assertThat(ids).as("action ids unique within a block").doesNotHaveDuplicates();
                }
                case "divider", "input" -> {
                }
                default -> throw new AssertionError("unexpected block type " + type);
            }
        }
    }
}
