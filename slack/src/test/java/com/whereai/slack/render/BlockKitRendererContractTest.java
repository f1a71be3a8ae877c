package com.whereai.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import com.whereai.core.Query;
import com.whereai.core.TestBot;
import com.whereai.core.reply.CardElement;
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
