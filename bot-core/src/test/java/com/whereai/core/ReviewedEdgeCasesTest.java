package com.whereai.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.whereai.core.reply.Form;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.situation.Signal;
import com.whereai.knowledge.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs a review found mishandled: odd figures, what "Adjust" may add, and readings that went wrong. */
class ReviewedEdgeCasesTest {

    private final WhereAiBot bot = TestBot.BOT;

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "9999999999x7b",
                "we have 1.000,5 users",
                "context 99999999999999999999 tokens",
                "budget 100 000,00 kr",
                "budget 1.2.3 kr",
                "budget $,",
                "budget 9999999999999999999 sek per month"
            })
    void odd_figures_are_answered_not_thrown(String text) {
        assertThatCode(() -> bot.answer(Query.of(text))).doesNotThrowAnyException();
        assertThatCode(() -> bot.prepare(Query.of(text).toAskerOnly())).doesNotThrowAnyException();
    }

    @Test
    void adjusting_does_not_add_what_the_text_did_not_say() {
        assertThat(selected(bot.questionnaire("it has to be simple", Lang.EN), "expertise"))
                .isEmpty();
        assertThat(selected(bot.questionnaire("it must understand images", Lang.EN), "quality"))
                .isEmpty();
        assertThat(selected(bot.questionnaire("no IT staff", Lang.EN), "expertise"))
                .isEqualTo("no-it-staff");
        assertThat(selected(bot.questionnaire("no money up front", Lang.EN), "budget"))
                .isEqualTo("no-up-front");
    }

    @Test
    void traffic_that_grows_tenfold_is_large_scale_and_a_few_requests_a_day_are_not_around_the_clock() {
        Reply grows = bot.answer(Query.of("what if traffic grows 10× for our team?"));
        Reply few = bot.answer(Query.of("we get 20 requests a day from our staff, what should we use?"));

        assertThat(grows.intent()).isEqualTo(Intent.RECOMMEND);
        assertThat(grows.recommendation().situation().signals()).contains(Signal.LARGE_SCALE);
        assertThat(few.recommendation().situation().signals()).doesNotContain(Signal.CONSTANT_TRAFFIC);
    }

    @Test
    void a_description_that_starts_with_all_is_not_the_options_command() {
        Reply reply = bot.answer(Query.of("all our data is patient records and we have an IT department"));

        assertThat(reply.intent()).isEqualTo(Intent.RECOMMEND);
        assertThat(reply.recommendation().situation().signals()).contains(Signal.SENSITIVE_DATA, Signal.IT_STAFF);
    }

    private static String selected(Reply questionnaire, String field) {
        Form.Field f = questionnaire.formIfAny().orElseThrow().fields().stream()
                .filter(x -> x.id().equals(field))
                .findFirst()
                .orElseThrow();
        return ((Form.SingleChoice) f).selected();
    }
}
