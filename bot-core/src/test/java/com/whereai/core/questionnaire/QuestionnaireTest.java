package com.whereai.core.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.Query;
import com.whereai.core.TestBot;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.situation.Signal;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.OptionId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {

    private final Questionnaire questionnaire = Questionnaire.STANDARD;

    @Test
    void every_question_and_answer_is_labelled_in_both_languages() {
        for (Lang lang : Lang.values()) {
            for (Question q : questionnaire.questions()) {
                assertThat(questionnaire.label(q, lang)).isNotBlank();
                q.choices()
                        .forEach(
                                c -> assertThat(questionnaire.label(q, c, lang)).isNotBlank());
            }
        }
    }

    @Test
    void answers_become_a_recommend_command_that_carries_every_signal() {
        Answers answers = new Answers(
                Map.of(
                        "data",
                        List.of("on-premises"),
                        "expertise",
                        List.of("it-staff"),
                        "scale",
                        List.of("organisation"),
                        "needs",
                        List.of("low-latency", "commercial")),
                "70",
                "2x48");

        String command = answers.toCommand(questionnaire);
        Reply reply = TestBot.BOT.answer(new Query(command, Lang.SV, Lang.SV));

        assertThat(reply.intent()).isEqualTo(Intent.RECOMMEND);
        assertThat(reply.lang()).isEqualTo(Lang.SV);
        assertThat(reply.recommendation().situation().signals())
                .containsAll(EnumSet.of(
                        Signal.SENSITIVE_DATA,
                        Signal.ON_PREMISES,
                        Signal.IT_STAFF,
                        Signal.SHARED_USE,
                        Signal.LOW_LATENCY,
                        Signal.COMMERCIAL_USE,
                        Signal.MODEL_SIZE,
                        Signal.AVAILABLE_VRAM));
        assertThat(reply.recommendation().situation().modelBillions()).isEqualTo(70.0);
        assertThat(reply.recommendation().situation().vramGb()).isEqualTo(96.0);
        assertThat(reply.recommendation().top()).map(r -> r.option()).contains(OptionId.OWN_SERVER);
    }

    @Test
    void the_negative_answers_do_not_also_count_as_their_positive() {
        Answers answers =
                new Answers(Map.of("expertise", List.of("no-it-staff"), "budget", List.of("no-up-front")), "", "");

        Reply reply = TestBot.BOT.answer(Query.of(answers.toCommand(questionnaire)));

        assertThat(reply.recommendation().situation().signals())
                .contains(Signal.NO_IT_STAFF, Signal.NO_HARDWARE_BUDGET)
                .doesNotContain(Signal.IT_STAFF, Signal.HARDWARE_BUDGET);
    }

    @Test
    void unreadable_figures_are_problems_named_by_question() {
        Answers answers = new Answers(Map.of(), "huge", "lots");

        assertThat(answers.problems())
                .containsEntry("model-size", "questionnaire.model-size.invalid")
                .containsEntry("vram", "questionnaire.vram.invalid");
        assertThat(new Answers(Map.of(), "13b", "24").problems()).isEmpty();
        assertThat(new Answers(Map.of(), "", "").problems()).isEmpty();
    }

    @Test
    void unknown_question_or_choice_ids_are_ignored_not_fatal() {
        Answers answers = new Answers(Map.of("nope", List.of("x"), "data", List.of("bogus")), "", "");

        assertThat(answers.signals(questionnaire)).isEmpty();
        assertThat(answers.toCommand(questionnaire)).isEqualTo("recommend");
    }
}
