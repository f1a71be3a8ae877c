package com.whereai.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.core.TestBot;
import com.whereai.core.reply.Form;
import com.whereai.core.reply.FormRenderer;
import com.whereai.core.reply.contract.FormRendererContract;
import com.whereai.core.reply.contract.ReplyCatalogue;
import com.whereai.knowledge.Lang;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every form of the catalogue as a Teams card: within the limits, every label and choice, errors under their inputs. */
class AdaptiveFormRendererContractTest extends FormRendererContract<ObjectNode> {

    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    @Override
    protected FormRenderer<ObjectNode> renderer() {
        return renderer;
    }

    @Override
    protected void assertWithinLimits(String name, ObjectNode card) throws Exception {
        assertThat(new ObjectMapper().writeValueAsString(card).getBytes(StandardCharsets.UTF_8).length)
                .isLessThan(TeamsLimits.MESSAGE_BYTES);
        assertThat(card.get("actions").size()).isLessThanOrEqualTo(TeamsLimits.CARD_ACTIONS);
    }

    @Override
    protected String visibleText(ObjectNode card) {
        return String.join("\n", card.findValuesAsText("text")) + "\n"
                + String.join("\n", card.findValuesAsText("label")) + "\n"
                + String.join("\n", card.findValuesAsText("title"));
    }

    @Test
    void errors_show_under_their_inputs_and_the_values_read_back() {
        Form form = ReplyCatalogue.forms(TestBot.BOT).get("form-errors-en");
        ObjectNode card = renderer.render(form, Lang.EN);

        assertThat(card.toString()).contains(form.errors().values().toArray(String[]::new));
        ObjectNode submitted = new ObjectMapper()
                .createObjectNode()
                .put("data", "sensitive")
                .put("needs.offline", "true")
                .put("needs.cloud", "false")
                .put("vram", "24");
        assertThat(FormValues.read(form, submitted))
                .isEqualTo(Map.of("data", List.of("sensitive"), "needs", List.of("offline"), "vram", List.of("24")));
    }
}
