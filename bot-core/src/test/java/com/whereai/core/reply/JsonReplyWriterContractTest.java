package com.whereai.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.whereai.core.TestBot;
import com.whereai.core.reply.contract.ReplyRendererContract;
import com.whereai.knowledge.Lang;
import org.junit.jupiter.api.Test;

/** Every reply of the catalogue as the ask --json object: the DESIGN contract's fields, the text, nothing dropped. */
class JsonReplyWriterContractTest extends ReplyRendererContract<String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonReplyWriter writer = new JsonReplyWriter();

    @Override
    protected ReplyRenderer<String> renderer() {
        return writer;
    }

    @Override
    protected void assertWithinLimits(String name, String written) throws Exception {
        JsonNode json = JSON.readTree(written);
        assertThat(json.get("intent").asText()).as(name).isNotBlank();
        assertThat(json.get("lang").asText()).as(name).isIn("sv", "en");
        assertThat(json.get("text").asText()).as(name).isNotBlank();
        assertThat(json.get("sources").isArray()).as(name).isTrue();
        json.get("actions")
                .forEach(a -> assertThat(a.get("kind").asText()).isIn("command", "form", "feedback", "share"));
    }

    @Override
    protected String visibleText(String written) throws Exception {
        return JSON.readTree(written).get("text").asText();
    }

    @Test
    void a_questionnaire_carries_its_form_fields_with_the_prefill() throws Exception {
        JsonNode json = JSON.readTree(writer.write(TestBot.BOT.questionnaire("sensitive-data 70b", Lang.EN)));

        assertThat(json.get("intent").asText()).isEqualTo("questionnaire");
        JsonNode fields = json.get("form").get("fields");
        assertThat(fields.get(0).get("id").asText()).isEqualTo("data");
        assertThat(fields.get(0).get("value").get(0).asText()).isEqualTo("sensitive");
        assertThat(json.get("form").toString()).contains("\"value\":[\"70b\"]");
    }
}
