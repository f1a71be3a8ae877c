package com.whereai.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import org.junit.jupiter.api.Test;

/** A yes/no question about an option, asked about the writer's own situation, is answered first, then recommended. */
class DirectAnswersTest {

    private final WhereAiBot bot = TestBot.BOT;

    private static String first(Reply reply) {
        return ((CardElement.Paragraph) reply.body().get(0)).text();
    }

    @Test
    void sending_customer_data_to_openai_gets_no_and_the_guides_reason() {
        Reply reply = bot.answer(Query.of("Should we send customer data to OpenAI?"));

        assertThat(reply.intent()).isEqualTo(Intent.RECOMMEND);
        assertThat(first(reply))
                .startsWith("No – 5 Direct API does not suit what you describe.")
                .contains("Sensitive data");
        assertThat(reply.summary()).isEqualTo(first(reply));
        assertThat(reply.recommendation().top().orElseThrow().option().id()).isNotEqualTo("proprietary-api");
    }

    @Test
    void groq_for_a_prototype_gets_yes_in_swedish() {
        Reply reply = bot.answer(Query.of("Kan vi använda Groq för vår prototyp?"));

        assertThat(reply.lang()).isEqualTo(Lang.SV);
        assertThat(first(reply)).startsWith("Ja");
        assertThat(reply.recommendation().top().orElseThrow().option().id()).isEqualTo("inference-api");
    }

    @Test
    void a_rented_server_for_fine_tuning_is_answered_before_the_recommendation() {
        Reply reply = bot.answer(Query.of("Is a rented server enough for fine-tuning?"));

        assertThat(reply.intent()).isEqualTo(Intent.RECOMMEND);
        assertThat(first(reply)).matches("(Yes|Yes, if|It depends|No)\\b.*").contains("2B Rented server");
    }

    @Test
    void buying_a_server_without_it_staff_gets_no_with_the_guides_reason() {
        Reply reply = bot.answer(
                Query.of("Should our small municipality buy its own GPU server? We have no IT staff of our own."));

        assertThat(first(reply)).startsWith("No – 2A Own server").containsIgnoringCase("no IT staff");
    }

    @Test
    void a_question_about_one_option_without_a_situation_stays_a_question() {
        assertThat(bot.answer(Query.of("What does Groq charge per token?")).intent())
                .isEqualTo(Intent.QUESTION);
        assertThat(bot.answer(Query.of("Is Groq open source?")).intent()).isNotEqualTo(Intent.RECOMMEND);
    }
}
