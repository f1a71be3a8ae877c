package com.whereai.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.compose.QuestionnaireReplies;
import com.whereai.core.conversation.InMemoryConversationStore;
import com.whereai.core.recommend.RankedOption;
import com.whereai.core.reply.Action;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.FormSubmission;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.situation.Signal;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.OptionId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Follow-ups: a conversation's messages read against the situation it described before (issue 8). */
class FollowUpConversationsTest {

    private static final String MUNICIPALITY =
            "vi är en kommun med känsliga personuppgifter och en IT-avdelning, vad ska vi välja?";
    private static final String HOSPITAL =
            "we are 200 employees sharing a 70b model with trade secrets, constant traffic around the clock, "
                    + "our own IT department and money to buy hardware";

    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final WhereAiBot bot = new WhereAiBot(TestBot.GUIDE, (retrieval, texts, counters) -> retrieval, store);

    @Test
    void a_swedish_follow_up_adds_no_it_staff_keeps_the_sensitive_data_and_says_what_changed() {
        Reply first = say("kommun-1", MUNICIPALITY);
        assertThat(signals(first)).contains(Signal.SENSITIVE_DATA, Signal.IT_STAFF);
        assertThat(notes(first)).noneMatch(n -> n.startsWith("Läst tillsammans"));

        Reply second = say("kommun-1", "och vi har ingen IT-avdelning");

        assertThat(second.intent()).isEqualTo(Intent.RECOMMEND);
        assertThat(signals(second))
                .contains(Signal.SENSITIVE_DATA, Signal.NO_IT_STAFF)
                .doesNotContain(Signal.IT_STAFF);
        assertThat(notes(second).get(0))
                .matches("(Nu hamnar .+ först i stället för|Fortfarande) .+du lade till: ingen IT-personal\\.");
        assertThat(notes(second).get(1))
                .isEqualTo(
                        "Läst tillsammans med det du berättat tidigare i konversationen – skriv 'börja om' för att glömma det.");
        assertThat(notes(second).get(2)).startsWith("Jag förstod: känslig data").contains("ingen IT-personal");
    }

    @Test
    void a_follow_up_that_rules_out_the_first_option_names_the_new_one_instead_of_the_old() {
        Reply first = say("hospital", HOSPITAL);
        assertThat(top(first)).isEqualTo(OptionId.OWN_SERVER);

        Reply second = say("hospital", "and we have no IT staff");

        OptionId now = top(second);
        assertThat(now).as("no IT staff rules out buying a server").isNotEqualTo(OptionId.OWN_SERVER);
        assertThat(notes(second).get(0))
                .isEqualTo("Now " + label(now, Lang.EN)
                        + " first instead of 2A Own server, because you added: no IT staff.");
        assertThat(notes(second).get(1))
                .isEqualTo(
                        "Read with what you told me earlier in this conversation – write 'start over' to forget it.");
    }

    @Test
    void a_follow_up_can_take_back_what_was_said() {
        say("c", "we have patient records and our own IT department");

        Reply reply = say("c", "the data is not sensitive after all");

        assertThat(reply.intent()).isEqualTo(Intent.RECOMMEND);
        assertThat(signals(reply)).contains(Signal.IT_STAFF).doesNotContain(Signal.SENSITIVE_DATA);
        assertThat(notes(reply).get(0)).contains("you took back: sensitive data");
    }

    @Test
    void a_what_if_question_in_a_conversation_is_read_as_a_follow_up() {
        say("c", "we have our own IT department and money to buy hardware, what should we choose?");

        Reply reply = say("c", "what if the data is sensitive?");

        assertThat(reply.intent()).isEqualTo(Intent.RECOMMEND);
        assertThat(signals(reply)).contains(Signal.SENSITIVE_DATA, Signal.IT_STAFF, Signal.HARDWARE_BUDGET);
        assertThat(notes(reply).get(0)).contains("you added: sensitive data");
    }

    @Test
    void a_yes_no_follow_up_about_an_option_is_answered_first_against_the_conversations_situation() {
        say("yn", "vi har patientjournaler och en IT-avdelning, vad ska vi välja?");

        Reply reply = say("yn", "och kan vi använda OpenAI då?");

        assertThat(reply.intent()).isEqualTo(Intent.RECOMMEND);
        assertThat(signals(reply)).contains(Signal.SENSITIVE_DATA, Signal.IT_STAFF);
        assertThat(reply.body().stream()
                        .filter(e -> e instanceof com.whereai.core.reply.CardElement.Paragraph)
                        .map(e -> ((com.whereai.core.reply.CardElement.Paragraph) e).text())
                        .findFirst())
                .hasValueSatisfying(first -> assertThat(first).startsWith("Nej – 5 Direkt-API"));
    }

    @Test
    void the_same_question_outside_a_conversation_is_read_on_its_own() {
        Reply reply = bot.answer(new Query("vad händer om datan är känslig?", null, Lang.SV));

        assertThat(reply.intent()).isEqualTo(Intent.RECOMMEND);
        assertThat(signals(reply)).containsExactly(Signal.SENSITIVE_DATA);
        assertThat(notes(reply)).noneMatch(n -> n.contains("lade till") || n.contains("you added"));
    }

    @Test
    void why_not_without_a_situation_of_its_own_uses_the_conversations() {
        say("c", "we have patient records and no IT staff, what should we choose?");

        Reply reply = say("c", "why not 2b");

        assertThat(reply.intent()).isEqualTo(Intent.WHY_NOT);
        assertThat(signals(reply)).containsExactlyInAnyOrder(Signal.SENSITIVE_DATA, Signal.NO_IT_STAFF);
        assertThat(notes(reply).get(0)).startsWith("Read with what you told me earlier");
    }

    @Test
    void start_over_forgets_the_situation() {
        say("kommun-2", MUNICIPALITY);

        Reply startOver = say("kommun-2", "börja om");
        Reply whyNot = say("kommun-2", "why not 2b");

        assertThat(startOver.intent()).isEqualTo(Intent.START_OVER);
        assertThat(store.get("kommun-2")).isEmpty();
        assertThat(signals(whyNot)).isEmpty();
        assertThat(notes(whyNot))
                .noneMatch(n -> n.startsWith("Read with"))
                .anyMatch(n -> n.startsWith("I found nothing"));
    }

    @Test
    void a_new_full_description_replaces_the_situation_before() {
        say("c", MUNICIPALITY);

        String startup =
                "we are a startup building a prototype with public data and no money for hardware, what do you suggest?";
        Reply reply = say("c", startup);

        assertThat(signals(reply))
                .isEqualTo(signals(bot.answer(new Query(startup, null, Lang.SV))))
                .contains(Signal.PROTOTYPE, Signal.NO_HARDWARE_BUDGET)
                .doesNotContain(Signal.SENSITIVE_DATA);
        assertThat(notes(reply)).noneMatch(n -> n.startsWith("Read with"));
        assertThat(store.get("c").orElseThrow().situation().signals()).isEqualTo(signals(reply));
    }

    @Test
    void conversations_do_not_share_their_situations_and_without_one_nothing_is_kept() {
        say("thread-a", MUNICIPALITY);

        Reply other = say("thread-b", "och vi har ingen IT-avdelning");
        Reply none = bot.answer(new Query("och vi har ingen IT-avdelning", null, Lang.SV));

        assertThat(signals(other)).containsExactly(Signal.NO_IT_STAFF);
        assertThat(signals(none)).containsExactly(Signal.NO_IT_STAFF);
        assertThat(notes(other)).noneMatch(n -> n.startsWith("Läst tillsammans"));
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void figures_and_weights_in_a_follow_up_replace_the_ones_before() {
        say("c", "recommend patient records, no IT staff, 70b");

        Reply reply = say("c", "recommend 8b privacy=5");

        assertThat(reply.recommendationIfAny().orElseThrow().situation().modelBillions())
                .isEqualTo(8.0);
        assertThat(signals(reply)).contains(Signal.SENSITIVE_DATA, Signal.NO_IT_STAFF, Signal.MODEL_SIZE);
        assertThat(store.get("c").orElseThrow().weights()).containsValue(5.0);
    }

    @Test
    void a_submitted_questionnaire_replaces_the_conversations_situation() {
        say("teams-1", MUNICIPALITY);

        Reply reply = bot.submit(
                new FormSubmission(
                        QuestionnaireReplies.FORM_ID,
                        Map.of("data", List.of("public"), "expertise", List.of("no-it-staff")),
                        Lang.EN,
                        "u1"),
                Query.Audience.CONVERSATION,
                "teams-1");

        assertThat(signals(reply)).contains(Signal.NO_IT_STAFF).doesNotContain(Signal.SENSITIVE_DATA, Signal.IT_STAFF);
        assertThat(notes(reply)).noneMatch(n -> n.startsWith("Read with"));
        Reply followUp = say("teams-1", "and we need low latency");
        assertThat(signals(followUp))
                .contains(Signal.NO_IT_STAFF, Signal.LOW_LATENCY)
                .doesNotContain(Signal.SENSITIVE_DATA);
    }

    @Test
    void sharing_a_private_follow_up_replays_the_whole_situation() {
        bot.answer(new Query("we have patient records and our own IT department", null, Lang.EN, "u1")
                .toAskerOnly()
                .inConversation("s"));

        Reply reply = bot.answer(new Query("and we have no IT staff", null, Lang.EN, "u1")
                .toAskerOnly()
                .inConversation("s"));

        assertThat(reply.actions())
                .filteredOn(Action.Share.class::isInstance)
                .singleElement()
                .satisfies(share -> assertThat(share.command()).isEqualTo("recommend sensitive-data no-it-staff"));
    }

    @Test
    void preparing_an_answer_twice_reads_the_conversation_but_only_the_answer_changes_it() {
        say("c", MUNICIPALITY);

        PreparedAnswer quick = bot.prepare(new Query("börja om", null, Lang.SV).inConversation("c"));

        assertThat(store.get("c")).as("prepared, not answered").isPresent();
        quick.answer();
        assertThat(store.get("c")).isEmpty();
    }

    private Reply say(String conversation, String text) {
        return bot.answer(new Query(text, null, Lang.SV, "u1").inConversation(conversation));
    }

    private static java.util.Set<Signal> signals(Reply reply) {
        return reply.recommendationIfAny()
                .orElseThrow(() -> new AssertionError("no recommendation: " + reply.title()))
                .situation()
                .signals();
    }

    private static OptionId top(Reply reply) {
        return reply.recommendationIfAny()
                .orElseThrow()
                .top()
                .map(RankedOption::option)
                .orElseThrow();
    }

    private static String label(OptionId option, Lang lang) {
        return option.guideNumber() + " "
                + TestBot.GUIDE.option(option).shortName().in(lang);
    }

    private static List<String> notes(Reply reply) {
        return reply.body().stream()
                .filter(CardElement.Note.class::isInstance)
                .map(e -> ((CardElement.Note) e).text())
                .toList();
    }
}
