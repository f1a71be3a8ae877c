package com.whereai.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.model.view.View;
import com.whereai.core.reply.FormRenderer;
import com.whereai.core.reply.contract.FormRendererContract;
import com.whereai.slack.BlockTexts;

/** Every form of the catalogue as a Slack modal fits the modal limits and shows every label and choice. */
class ModalRendererContractTest extends FormRendererContract<View> {

    private final ModalRenderer renderer = new ModalRenderer();

    @Override
    protected FormRenderer<View> renderer() {
        return form -> renderer.render(form, new ModalMetadata("C1", form.lang().code()));
    }

    @Override
    protected void assertWithinLimits(String name, View view) throws Exception {
        JsonNode tree = BlockKitRendererContractTest.tree(view);
        assertThat(tree.get("blocks").size()).isLessThanOrEqualTo(SlackLimits.VIEW_BLOCKS);
        assertThat(tree.get("title").get("text").asText().length()).isLessThanOrEqualTo(SlackLimits.MODAL_TITLE);
        assertThat(tree.get("submit").get("text").asText().length()).isLessThanOrEqualTo(SlackLimits.MODAL_TITLE);
        assertThat(tree.get("close").get("text").asText().length()).isLessThanOrEqualTo(SlackLimits.MODAL_TITLE);
        assertThat(tree.get("private_metadata").asText().length()).isLessThanOrEqualTo(SlackLimits.PRIVATE_METADATA);
        for (JsonNode block : tree.get("blocks")) {
            if (block.get("type").asText().equals("input")) {
                assertThat(block.get("label").get("text").asText().length())
                        .isLessThanOrEqualTo(SlackLimits.INPUT_LABEL);
                JsonNode options = block.get("element").get("options");
                if (options != null) {
                    assertThat(options.size()).isLessThanOrEqualTo(SlackLimits.CHECKBOX_OPTIONS);
                    options.forEach(
                            o -> assertThat(o.get("text").get("text").asText().length())
                                    .isLessThanOrEqualTo(SlackLimits.OPTION_TEXT));
                }
            }
        }
        SlackBlockLimits.assertWithinLimits(tree.get("blocks"));
    }

    @Override
    protected String visibleText(View view) throws Exception {
        return BlockTexts.of(BlockKitRendererContractTest.tree(view).get("blocks"));
    }
}
