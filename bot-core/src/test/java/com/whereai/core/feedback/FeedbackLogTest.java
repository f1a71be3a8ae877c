package com.whereai.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.BotState;
import com.whereai.core.Query;
import com.whereai.core.WhereAiBot;
import com.whereai.core.conversation.InMemoryConversationStore;
import com.whereai.core.limits.UseLimits;
import com.whereai.core.reply.Intent;
import com.whereai.core.situation.model.SituationReader;
import com.whereai.knowledge.GuideLoader;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.OptionId;
import com.whereai.knowledge.prices.Prices;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Feedback buttons reach the bot's feedback log with the reply's kind, option and language, never the question. */
class FeedbackLogTest {

    private final InMemoryFeedbackLog log = new InMemoryFeedbackLog();
    private final WhereAiBot bot = new WhereAiBot(
            GuideLoader.loadBundled(),
            (retrieval, texts, counters) -> retrieval,
            SituationReader.NONE,
            Prices.bundled(),
            new BotState(new InMemoryConversationStore(), log, UseLimits.inMemory(Clock.systemUTC())));

    @Test
    void a_thumb_is_kept_by_reply_kind_option_and_language() {
        bot.answer(new Query("feedback up question", Lang.SV, Lang.SV));
        bot.answer(new Query("feedback up question", Lang.SV, Lang.SV));
        bot.answer(new Query("feedback down recommend 2b", Lang.EN, Lang.EN));
        bot.answer(new Query("feedback up", Lang.EN, Lang.EN));

        assertThat(log.counts())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        new FeedbackEntry("question", null, Lang.SV, true), 2L,
                        new FeedbackEntry("recommend", OptionId.RENTED_SERVER, Lang.EN, false), 1L,
                        new FeedbackEntry("question", null, Lang.EN, true), 1L));
        assertThat(bot.counters().thumbsUp()).isEqualTo(3);
    }

    @Test
    void a_feedback_command_with_an_unknown_kind_or_option_is_not_counted() {
        assertThat(bot.answer(Query.of("feedback up banana")).intent()).isNotEqualTo(Intent.FEEDBACK);
        assertThat(bot.answer(Query.of("feedback up question 9z")).intent()).isNotEqualTo(Intent.FEEDBACK);

        assertThat(log.counts()).isEmpty();
    }
}
