package com.whereai.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.whereai.core.Query;
import com.whereai.core.TestBot;
import com.whereai.core.reply.contract.ReplyCatalogue;
import com.whereai.knowledge.Lang;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of reply, in both languages, is complete and renders as text and as the ask --json object. */
class ReplyContractTest {

    /** One input per intent, shared with every renderer's test; together they reach every intent. */
    static final List<String> ONE_OF_EACH = ReplyCatalogue.ONE_OF_EACH;

    static Stream<Arguments> everyReplyInBothLanguages() {
        return ONE_OF_EACH.stream()
                .flatMap(text -> Stream.of(Arguments.of(text, Lang.SV), Arguments.of(text, Lang.EN)));
    }

    @Test
    void the_inputs_reach_every_intent_but_the_pages_a_surface_shows_unasked() {
        Set<Intent> reached = EnumSet.noneOf(Intent.class);
        ONE_OF_EACH.forEach(
                text -> reached.add(TestBot.BOT.answer(Query.of(text)).intent()));
        assertThat(reached)
                .containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(Intent.HOME, Intent.WELCOME)));
        assertThat(TestBot.BOT.home(Lang.EN).intent()).isEqualTo(Intent.HOME);
        assertThat(TestBot.BOT.welcome(Lang.SV).intent()).isEqualTo(Intent.WELCOME);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("everyReplyInBothLanguages")
    void every_reply_is_complete_in_the_language_asked_for(String text, Lang lang) throws Exception {
        Reply reply = TestBot.BOT.answer(new Query(text, lang, lang));

        assertThat(reply.lang()).isEqualTo(lang);
        assertThat(reply.title()).isNotBlank();
        assertThat(reply.summary()).isNotBlank();
        assertThat(reply.body()).isNotEmpty();
        if (reply.intent() != Intent.CLARIFY && reply.intent() != Intent.FEEDBACK) {
            assertThat(reply.sources()).as("every answer cites the guide").isNotEmpty();
        }
        reply.sources()
                .forEach(s -> assertThat(TestBot.GUIDE.entry(s.id())).as(s.id()).isPresent());

        String plain = new PlainTextRenderer().render(reply);
        assertThat(plain).doesNotContain("%s", "%d", "null").contains(reply.title());

        JsonNode json = new ObjectMapper().readTree(new JsonReplyWriter().write(reply));
        assertThat(json.get("intent").asText()).isEqualTo(reply.intent().id());
        assertThat(json.get("lang").asText()).isEqualTo(lang.code());
        assertThat(json.get("text").asText()).isEqualTo(plain);
        assertThat(json.get("sources").isArray()).isTrue();
        assertThat(json.has("recommendation"))
                .isEqualTo(reply.intent() == Intent.RECOMMEND || reply.intent() == Intent.WHY_NOT);
        assertThat(json.has("ratings")).isEqualTo(reply.intent() == Intent.COMPARE);
    }

    @Test
    void the_json_recommendation_follows_the_design_contract() throws Exception {
        JsonNode json = new ObjectMapper()
                .readTree(new JsonReplyWriter()
                        .write(TestBot.BOT.answer(Query.of("law firm with confidential client files"))));

        JsonNode rec = json.get("recommendation");
        assertThat(json.get("intent").asText()).isEqualTo("recommend");
        assertThat(rec.get("ranking").get(0).get("option").asText()).isIn("local", "own-server");
        assertThat(rec.get("ranking").get(0).get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(rec.get("ranking").get(0).get("reasons").get(0).asText()).isNotBlank();
        assertThat(rec.get("excluded").findValuesAsText("option")).contains("inference-api", "proprietary-api");
        assertThat(rec.get("excluded").get(0).get("reasons").get(0).asText()).isNotBlank();
        assertThat(rec.get("signals").get(0).asText()).isEqualTo("sensitive-data");
        assertThat(rec.get("ranking").size() + rec.get("excluded").size()).isEqualTo(6);
    }

    @Test
    void the_json_comparison_carries_nine_stars_per_option() throws Exception {
        JsonNode ratings = new ObjectMapper()
                .readTree(new JsonReplyWriter().write(TestBot.BOT.answer(Query.of("compare"))))
                .get("ratings");

        assertThat(ratings.size()).isEqualTo(6);
        assertThat(ratings.get("local").toString()).isEqualTo("[2,5,2,5,2,2,5,4,5]");
        assertThat(ratings.get("own-server").toString()).isEqualTo("[1,4,3,5,2,1,4,1,5]");
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("everyReplyInBothLanguages")
    void an_answer_only_the_asker_sees_offers_to_share_it_and_sharing_asks_the_same_again(String text, Lang lang) {
        Reply reply = TestBot.BOT.answer(new Query(text, lang, lang, "U1").toAskerOnly());

        List<Action.Share> shares = reply.actions().stream()
                .filter(a -> a instanceof Action.Share)
                .map(a -> (Action.Share) a)
                .toList();
        if (reply.intent() == Intent.QUESTIONNAIRE
                || reply.intent() == Intent.FEEDBACK
                || reply.intent() == Intent.START_OVER) {
            assertThat(shares).isEmpty();
            return;
        }
        assertThat(shares).hasSize(1);
        Reply shared = TestBot.BOT.answer(new Query(shares.get(0).command(), lang, lang));
        assertThat(shared.intent()).isEqualTo(reply.intent());
        assertThat(shared.title()).isEqualTo(reply.title());
        assertThat(shared.actions()).noneMatch(a -> a instanceof Action.Share);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("everyReplyInBothLanguages")
    void every_button_sends_a_command_the_bot_understands(String text, Lang lang) {
        Reply reply = TestBot.BOT.answer(new Query(text, lang, lang));
        for (Action action : reply.actions()) {
            Reply pressed = TestBot.BOT.answer(new Query(action.command(), null, lang));
            assertThat(pressed.intent())
                    .as("button '%s' -> %s", action.command(), pressed.intent())
                    .isNotIn(Intent.CLARIFY, Intent.QUESTION);
            assertThat(pressed.lang())
                    .as("button '%s' keeps the language", action.command())
                    .isEqualTo(lang);
        }
    }
}
