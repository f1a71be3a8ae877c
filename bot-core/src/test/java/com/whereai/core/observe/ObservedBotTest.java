package com.whereai.core.observe;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.Query;
import com.whereai.core.TestBot;
import com.whereai.core.WhereAiBot;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.situation.Signal;
import com.whereai.knowledge.Lang;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A bot observed for metrics hears each reply's intent and time, and shares everything else with the bot it views. */
class ObservedBotTest {

    private final WhereAiBot bot = new WhereAiBot(TestBot.GUIDE, retrieval -> retrieval);
    private final List<Intent> heard = new CopyOnWriteArrayList<>();
    private final List<Duration> took = new CopyOnWriteArrayList<>();
    private final WhereAiBot observed = bot.observedBy(new ReplyObserver() {
        @Override
        public void replied(Intent intent, Duration time) {
            heard.add(intent);
            took.add(time);
        }

        @Override
        public void failed(Duration time) {
            throw new AssertionError("no reply failed");
        }
    });

    @Test
    void each_reply_is_told_with_its_intent_and_time_and_nothing_else() {
        observed.answer(Query.of("vram 13b"));
        observed.prepare(Query.of("compare 1 2b")).answer();
        observed.home(Lang.EN);
        observed.welcome(Lang.SV);
        observed.questionnaire("patient records", Lang.EN);

        assertThat(heard)
                .containsExactly(Intent.MODEL_FIT, Intent.COMPARE, Intent.HOME, Intent.WELCOME, Intent.QUESTIONNAIRE);
        assertThat(took).allMatch(time -> !time.isNegative());
    }

    @Test
    void reading_a_submission_against_the_questionnaire_form_is_not_a_reply() {
        assertThat(observed.questionnaireForm(Lang.EN).fields()).isNotEmpty();

        assertThat(heard).isEmpty();
    }

    @Test
    void the_observed_bot_shares_the_conversations_and_counters_of_the_bot_it_views() {
        observed.answer(Query.of("recommend we have patient records").inConversation("c1"));
        observed.answer(Query.of("feedback up"));

        Reply followUp = bot.answer(Query.of("and we have no IT staff").inConversation("c1"));

        assertThat(followUp.recommendationIfAny().orElseThrow().situation().signals())
                .contains(Signal.SENSITIVE_DATA, Signal.NO_IT_STAFF);
        assertThat(bot.counters().thumbsUp()).isEqualTo(1);
        assertThat(observed.counters()).isSameAs(bot.counters());
        assertThat(heard).containsExactly(Intent.RECOMMEND, Intent.FEEDBACK);
    }
}
