package com.whereai.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.core.reply.ReplyRenderer;
import com.whereai.core.reply.contract.ReplyCatalogue;
import com.whereai.core.reply.contract.ReplyRendererContract;
import com.whereai.knowledge.Lang;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every reply of the catalogue as an Adaptive Card stays inside what Teams takes (TeamsLimits) and drops no
 * element; the official parser and the Teams card types check the same cards in {@link AdaptiveCardChecksTest}.
 */
class AdaptiveCardRendererContractTest extends ReplyRendererContract<ObjectNode> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    @Override
    protected ReplyRenderer<ObjectNode> renderer() {
        return renderer;
    }

    @Override
    protected void assertWithinLimits(String name, ObjectNode card) throws Exception {
        assertThat(JSON.writeValueAsString(card).getBytes(StandardCharsets.UTF_8).length)
                .as(name)
                .isLessThan(TeamsLimits.MESSAGE_BYTES);
        assertThat(card.get("actions").size()).as(name).isLessThanOrEqualTo(TeamsLimits.CARD_ACTIONS);
        card.findValues("title").forEach(t -> assertThat(t.asText().length()).isLessThanOrEqualTo(TeamsLimits.TEXT));
        card.get("actions")
                .forEach(a ->
                        assertThat(a.get("title").asText().length()).isLessThanOrEqualTo(TeamsLimits.ACTION_TITLE));
        card.findValues("text").forEach(t -> assertThat(t.asText().length()).isLessThanOrEqualTo(TeamsLimits.TEXT * 2));
    }

    @Override
    protected String visibleText(ObjectNode card) {
        List<String> texts = new ArrayList<>();
        collect(card, texts);
        return String.join("\n", texts).replace("\\", "");
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isArray()) {
            node.forEach(child -> collect(child, texts));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if ((field.getKey().equals("text")
                                || field.getKey().equals("title")
                                || field.getKey().equals("value"))
                        && field.getValue().isTextual()) {
                    texts.add(field.getValue().asText());
                } else if (!field.getKey().equals("data")) {
                    collect(field.getValue(), texts);
                }
            }
        }
    }

    @Test
    void each_action_kind_becomes_a_submit_and_sharing_is_left_to_teams() {
        ObjectNode card = renderer.render(ReplyCatalogue.everyElement(Lang.EN));

        assertThat(card.get("actions").findValuesAsText(CardAction.FIELD))
                .containsExactly(CardAction.COMMAND, CardAction.CHANGE, CardAction.COMMAND);
        assertThat(card.findValuesAsText("url")).containsExactly(ReplyCatalogue.IMAGE_URL);
        assertThat(card.toString()).doesNotContain("Share in channel");
    }
}
