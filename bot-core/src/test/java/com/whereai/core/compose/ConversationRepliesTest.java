package com.whereai.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.TestBot;
import com.whereai.core.command.Command;
import com.whereai.core.conversation.ConversationState;
import com.whereai.core.conversation.Turn;
import com.whereai.core.recommend.RankedOption;
import com.whereai.core.recommend.Recommendation;
import com.whereai.core.recommend.Weights;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.situation.Signal;
import com.whereai.core.situation.Situation;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.OptionId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a follow-up's answer says about the answer before, on recommendations made up for the purpose. */
class ConversationRepliesTest {

    private final ConversationReplies replies = new ConversationReplies(new GuideTexts(TestBot.GUIDE));

    @Test
    void a_new_first_option_is_named_with_the_one_it_replaces_and_why() {
        Reply reply = followUp(
                state(Situation.of(Signal.SENSITIVE_DATA, Signal.IT_STAFF), OptionId.OWN_SERVER, OptionId.LOCAL),
                rec(Situation.of(Signal.SENSITIVE_DATA, Signal.NO_IT_STAFF), OptionId.RENTED_SERVER, OptionId.LOCAL),
                Lang.EN);

        assertThat(notes(reply))
                .startsWith(
                        "Now 2B Rented server first instead of 2A Own server, because you added: no IT staff.",
                        "Read with what you told me earlier in this conversation – write 'start over' to forget it.");
    }

    @Test
    void in_swedish_too() {
        Reply reply = followUp(
                state(Situation.of(Signal.SENSITIVE_DATA, Signal.IT_STAFF), OptionId.OWN_SERVER, OptionId.LOCAL),
                rec(Situation.of(Signal.SENSITIVE_DATA, Signal.NO_IT_STAFF), OptionId.RENTED_SERVER, OptionId.LOCAL),
                Lang.SV);

        assertThat(notes(reply))
                .startsWith(
                        "Nu hamnar 2B Hyrd server först i stället för 2A Egen server, eftersom du lade till: ingen IT-personal.",
                        "Läst tillsammans med det du berättat tidigare i konversationen – skriv 'börja om' för att glömma det.");
    }

    @Test
    void what_was_taken_back_is_said_too() {
        Reply reply = followUp(
                state(Situation.of(Signal.SENSITIVE_DATA, Signal.NO_IT_STAFF), OptionId.LOCAL, OptionId.CLOUD_PLATFORM),
                rec(
                        Situation.of(Signal.NO_IT_STAFF, Signal.LOW_LATENCY),
                        OptionId.PROPRIETARY_API,
                        OptionId.INFERENCE_API),
                Lang.EN);

        assertThat(notes(reply).get(0))
                .isEqualTo(
                        "Now 5 Direct API first instead of 1 Local, because you added: low latency; you took back: sensitive data.");
    }

    @Test
    void the_same_first_option_is_still_first_with_what_was_added() {
        Reply reply = followUp(
                state(Situation.of(Signal.SENSITIVE_DATA), OptionId.LOCAL, OptionId.OWN_SERVER),
                rec(Situation.of(Signal.SENSITIVE_DATA, Signal.LOW_LATENCY), OptionId.LOCAL, OptionId.OWN_SERVER),
                Lang.EN);

        assertThat(notes(reply).get(0)).isEqualTo("Still 1 Local first; you added: low latency.");
    }

    @Test
    void a_new_runner_up_under_the_same_first_option_is_named() {
        Reply reply = followUp(
                state(Situation.of(Signal.SENSITIVE_DATA, Signal.IT_STAFF), OptionId.LOCAL, OptionId.OWN_SERVER),
                rec(Situation.of(Signal.SENSITIVE_DATA, Signal.NO_IT_STAFF), OptionId.LOCAL, OptionId.CLOUD_PLATFORM),
                Lang.SV);

        assertThat(notes(reply).get(0))
                .isEqualTo(
                        "Fortfarande 1 Lokalt först, nu följt av 4 Molnplattform i stället för 2A Egen server; du lade till: ingen IT-personal.");
    }

    @Test
    void a_new_figure_is_named_with_its_value() {
        Reply reply = followUp(
                state(new Situation(java.util.EnumSet.of(Signal.MODEL_SIZE), 7.0, null, null), OptionId.LOCAL, null),
                rec(new Situation(java.util.EnumSet.of(Signal.MODEL_SIZE), 70.0, null, null), OptionId.RENTED_SERVER),
                Lang.EN);

        assertThat(notes(reply).get(0))
                .isEqualTo("Now 2B Rented server first instead of 1 Local, because you added: a 70B model.");
    }

    @Test
    void when_nothing_changed_only_the_context_is_noted() {
        Reply reply = followUp(
                state(Situation.of(Signal.SENSITIVE_DATA), OptionId.LOCAL, OptionId.OWN_SERVER),
                rec(Situation.of(Signal.SENSITIVE_DATA), OptionId.LOCAL, OptionId.OWN_SERVER),
                Lang.EN);

        assertThat(notes(reply)).first().asString().startsWith("Read with what you told me earlier");
    }

    @Test
    void when_every_option_is_ruled_out_it_says_so() {
        Reply reply = followUp(
                state(Situation.of(Signal.SENSITIVE_DATA), OptionId.LOCAL, OptionId.OWN_SERVER),
                rec(Situation.of(Signal.SENSITIVE_DATA, Signal.OFFLINE, Signal.FRONTIER_MODEL)),
                Lang.EN);

        assertThat(notes(reply).get(0))
                .isEqualTo(
                        "Now every option is ruled out, because you added: no internet connection, need for the most capable models.");
    }

    @Test
    void an_answer_outside_a_follow_up_is_left_as_it_is_and_shared_by_its_situation() {
        Reply answer = reply(rec(Situation.of(Signal.SENSITIVE_DATA), OptionId.LOCAL), Lang.EN);

        assertThat(replies.followUp(answer, Turn.alone("c1", command()), Lang.EN))
                .isSameAs(answer);
        assertThat(replies.replay(Turn.alone("c1", command()), answer, "we have patient records"))
                .isEqualTo("recommend sensitive-data");
    }

    @Test
    void sharing_a_follow_up_replays_the_whole_situation_it_was_answered_for() {
        Recommendation rec = rec(Situation.of(Signal.SENSITIVE_DATA, Signal.NO_IT_STAFF), OptionId.LOCAL);
        ConversationState before = state(Situation.of(Signal.SENSITIVE_DATA), OptionId.LOCAL, null);

        assertThat(replies.replay(new Turn("c1", command(), before), reply(rec, Lang.EN), "and we have no IT staff"))
                .isEqualTo("recommend sensitive-data no-it-staff");
        assertThat(replies.replay(
                        new Turn(
                                "c1",
                                new Command.WhyNot(OptionId.RENTED_SERVER, rec.situation(), Map.of(), ""),
                                before),
                        reply(rec, Lang.SV),
                        "varför inte 2b"))
                .isEqualTo("varför inte 2b sensitive-data no-it-staff");
    }

    private Reply followUp(ConversationState before, Recommendation now, Lang lang) {
        return replies.followUp(reply(now, lang), new Turn("c1", command(), before), lang);
    }

    private static Command command() {
        return new Command.Recommend(Situation.NOTHING_KNOWN, Map.of(), false, "");
    }

    private static ConversationState state(Situation situation, OptionId top, OptionId runnerUp) {
        return new ConversationState(situation, Map.of(), top, runnerUp);
    }

    private static Recommendation rec(Situation situation, OptionId... ranking) {
        List<RankedOption> ranked = Arrays.stream(ranking)
                .map(o -> new RankedOption(o, 0.5, 0.5, List.of(), List.of()))
                .toList();
        return new Recommendation(situation, Weights.equal(), ranked, List.of(), List.of());
    }

    private static Reply reply(Recommendation rec, Lang lang) {
        return Reply.builder(Intent.RECOMMEND, lang)
                .title("Recommendation")
                .recommendation(rec)
                .note("I understood: …")
                .build();
    }

    private static List<String> notes(Reply reply) {
        return reply.body().stream()
                .filter(CardElement.Note.class::isInstance)
                .map(e -> ((CardElement.Note) e).text())
                .toList();
    }
}
