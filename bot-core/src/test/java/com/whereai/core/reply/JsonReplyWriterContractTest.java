package com.whereai.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.whereai.core.Query;
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
    void a_named_model_fit_carries_the_design_fit_object_in_gb() throws Exception {
        JsonNode fit = JSON.readTree(writer.write(TestBot.BOT.answer(
                        new Query("can I run mixtral 8x7b on 2x3090 at q8_0 with 32k context?", Lang.EN, Lang.EN))))
                .get("fit");

        assertThat(fit.get("model").asText()).isEqualTo("mixtral-8x7b");
        assertThat(fit.get("params_b").asDouble()).isEqualTo(46.7);
        assertThat(fit.get("precision").asText()).isEqualTo("Q8_0");
        assertThat(fit.get("context").asInt()).isEqualTo(32768);
        assertThat(fit.get("available_gb").asDouble()).isEqualTo(51.5); // 2 × 24 GiB in 10⁹ bytes
        assertThat(fit.get("fits").asBoolean()).isFalse();
        assertThat(fit.get("total_gb").asDouble())
                .isGreaterThan(fit.get("available_gb").asDouble())
                .isGreaterThan(
                        fit.get("weights_gb").asDouble() + fit.get("kv_gb").asDouble());
    }

    @Test
    void a_fit_question_by_size_alone_has_a_null_model_and_no_verdict_without_memory() throws Exception {
        JsonNode fit = JSON.readTree(writer.write(TestBot.BOT.answer(new Query("vram 13b", Lang.EN, Lang.EN))))
                .get("fit");

        assertThat(fit.get("model").isNull()).isTrue();
        assertThat(fit.get("params_b").asDouble()).isEqualTo(13.0);
        assertThat(fit.get("available_gb").isNull()).isTrue();
        assertThat(fit.get("fits").isNull()).isTrue();
    }

    @Test
    void only_model_fit_replies_carry_fit() throws Exception {
        assertThat(JSON.readTree(writer.write(TestBot.BOT.answer(new Query("compare 1 2b", Lang.EN, Lang.EN))))
                        .has("fit"))
                .isFalse();
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
