package com.whereai.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.compose.QuestionnaireReplies;
import com.whereai.core.reply.CostFigures;
import com.whereai.core.reply.Form;
import com.whereai.core.reply.FormSubmission;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.situation.Signal;
import com.whereai.knowledge.Lang;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The questionnaire submitted on any surface: a recommendation for what was answered, or the form with its errors. */
class FormSubmissionTest {

    private final WhereAiBot bot = TestBot.BOT;

    @Test
    void a_questionnaire_submitted_with_nothing_answered_still_gets_a_recommendation() {
        Reply reply = bot.submit(
                new FormSubmission(QuestionnaireReplies.FORM_ID, Map.of(), Lang.EN, "U1"), Query.Audience.ASKER);

        assertThat(reply.intent()).isEqualTo(Intent.RECOMMEND);
        assertThat(reply.recommendation().ranking()).hasSize(6);
    }

    @Test
    void the_answers_become_the_situation_and_unknown_choices_are_left_out() {
        Reply reply = bot.submit(
                new FormSubmission(
                        QuestionnaireReplies.FORM_ID,
                        Map.of(
                                "data",
                                List.of("on-premises"),
                                "expertise",
                                List.of("it-staff"),
                                "needs",
                                List.of("offline", "made-up"),
                                "model-size",
                                List.of("13b")),
                        Lang.SV,
                        "U1"),
                Query.Audience.CONVERSATION);

        assertThat(reply.intent()).isEqualTo(Intent.RECOMMEND);
        assertThat(reply.lang()).isEqualTo(Lang.SV);
        assertThat(reply.recommendation().situation().signals())
                .contains(
                        Signal.SENSITIVE_DATA, Signal.ON_PREMISES, Signal.IT_STAFF, Signal.OFFLINE, Signal.MODEL_SIZE);
        assertThat(reply.recommendation().top().orElseThrow().option().id()).isIn("local", "own-server");
    }

    @Test
    void unreadable_figures_send_the_form_back_with_an_error_under_each_and_the_answers_kept() {
        Reply reply = bot.submit(
                new FormSubmission(
                        QuestionnaireReplies.FORM_ID,
                        Map.of("data", List.of("sensitive"), "model-size", List.of("huge"), "vram", List.of("lots")),
                        Lang.EN,
                        "U1"),
                Query.Audience.ASKER);

        Form form = reply.formIfAny().orElseThrow();
        assertThat(reply.intent()).isEqualTo(Intent.QUESTIONNAIRE);
        assertThat(form.errors()).containsOnlyKeys("model-size", "vram");
        assertThat(form.fields())
                .filteredOn(f -> f.id().equals("data"))
                .singleElement()
                .satisfies(f -> assertThat(((Form.SingleChoice) f).selected()).isEqualTo("sensitive"));
        assertThat(reply.actions()).noneMatch(a -> a instanceof com.whereai.core.reply.Action.Share);
    }

    @Test
    void adjusting_keeps_what_was_understood_when_an_answer_stands_for_more_than_one_signal() {
        Reply first = bot.answer(Query.of("we have patient records and no IT staff, what should we choose?"));
        String adjust = first.actions().stream()
                .filter(a -> a instanceof com.whereai.core.reply.Action.OpenForm)
                .findFirst()
                .orElseThrow()
                .command();

        Form form = bot.questionnaire(adjust, Lang.EN).formIfAny().orElseThrow();
        Map<String, List<String>> unchanged = new java.util.LinkedHashMap<>();
        form.fields()
                .forEach(f -> f.accept(new Form.Visitor<Void>() {
                    @Override
                    public Void singleChoice(Form.SingleChoice c) {
                        if (!c.selected().isEmpty()) {
                            unchanged.put(c.id(), List.of(c.selected()));
                        }
                        return null;
                    }

                    @Override
                    public Void multipleChoice(Form.MultipleChoice c) {
                        unchanged.put(c.id(), c.selected());
                        return null;
                    }

                    @Override
                    public Void text(Form.TextInput t) {
                        return null;
                    }
                }));
        Reply again = bot.submit(
                new FormSubmission(QuestionnaireReplies.FORM_ID, unchanged, Lang.EN, "U1"), Query.Audience.ASKER);

        assertThat(unchanged)
                .containsEntry("expertise", List.of("no-it-staff"))
                .containsEntry("data", List.of("sensitive"));
        assertThat(again.recommendation().situation().signals()).contains(Signal.SENSITIVE_DATA, Signal.NO_IT_STAFF);
        assertThat(again.recommendation().excluded())
                .extracting(e -> e.option().id())
                .contains("own-server");
        assertThat(bot.questionnaire("our data must stay on premises", Lang.EN)
                        .formIfAny()
                        .orElseThrow()
                        .fields())
                .filteredOn(f -> f.id().equals("data"))
                .singleElement()
                .satisfies(f -> assertThat(((Form.SingleChoice) f).selected()).isEqualTo("on-premises"));
    }

    @Test
    void the_questionnaire_asks_for_the_workload_and_leaves_it_optional() {
        Form form = bot.questionnaire("", Lang.SV).formIfAny().orElseThrow();

        assertThat(form.fields())
                .filteredOn(f -> List.of("model-size", "users", "requests").contains(f.id()))
                .hasSize(3)
                .allSatisfy(f -> {
                    assertThat(f).isInstanceOf(Form.TextInput.class);
                    assertThat(((Form.TextInput) f).value()).isEmpty();
                    assertThat(f.label()).contains("valfritt");
                });
    }

    @Test
    void a_workload_in_the_questionnaire_prices_every_ranked_option_for_it() {
        Reply reply = bot.submit(
                new FormSubmission(
                        QuestionnaireReplies.FORM_ID,
                        Map.of(
                                "data", List.of("sensitive"),
                                "model-size", List.of("70"),
                                "users", List.of("1 200"),
                                "requests", List.of("2,5")),
                        Lang.EN,
                        "U1"),
                Query.Audience.ASKER);

        CostFigures cost = reply.costIfAny().orElseThrow();
        assertThat(reply.intent()).isEqualTo(Intent.RECOMMEND);
        assertThat(cost.workload().users()).isEqualTo(1200);
        assertThat(cost.workload().requestsPerDay()).isEqualTo(3000.0); // 1 200 people x 2.5 questions
        assertThat(cost.workload().paramsB()).isEqualTo(70.0);
        assertThat(cost.workload().assumed()).doesNotContain("users", "requests", "model");
        assertThat(reply.recommendation().ranking())
                .allSatisfy(r -> assertThat(cost.options())
                        .extracting(CostFigures.OptionFigures::option)
                        .contains(r.option().id()));
    }

    @Test
    void a_questionnaire_without_a_question_count_gets_no_budget() {
        Reply reply = bot.submit(
                new FormSubmission(QuestionnaireReplies.FORM_ID, Map.of("users", List.of("200")), Lang.EN, "U1"),
                Query.Audience.ASKER);

        assertThat(reply.intent()).isEqualTo(Intent.RECOMMEND);
        assertThat(reply.costIfAny()).isEmpty();
        assertThat(reply.recommendation().situation().users()).isEqualTo(200L);
    }

    @Test
    void unreadable_workload_figures_send_the_form_back_in_the_users_language() {
        Reply reply = bot.submit(
                new FormSubmission(
                        QuestionnaireReplies.FORM_ID,
                        Map.of("users", List.of("många"), "requests", List.of("0"), "model-size", List.of("70b")),
                        Lang.SV,
                        "U1"),
                Query.Audience.ASKER);

        Form form = reply.formIfAny().orElseThrow();
        assertThat(form.errors()).containsOnlyKeys("users", "requests");
        assertThat(form.errors().get("users")).startsWith("Skriv ett heltal personer");
        assertThat(form.errors().get("requests")).startsWith("Skriv hur många frågor");
        assertThat(form.fields())
                .filteredOn(f -> f.id().equals("users"))
                .singleElement()
                .satisfies(f -> assertThat(((Form.TextInput) f).value()).isEqualTo("många"));
    }

    @Test
    void adjusting_a_recommendation_with_a_workload_prefills_the_workload() {
        Form form = bot.questionnaire("recommend 70b 300 users 4 500 questions a day", Lang.EN)
                .formIfAny()
                .orElseThrow();

        assertThat(typed(form, "model-size")).isEqualTo("70b");
        assertThat(typed(form, "users")).isEqualTo("300");
        assertThat(typed(form, "requests")).isEqualTo("15"); // 4 500 a day over 300 people
    }

    @Test
    void a_prefilled_question_rate_is_one_the_form_accepts_again() {
        Form small = bot.questionnaire("recommend 5000 users 100 questions a day", Lang.EN)
                .formIfAny()
                .orElseThrow();
        assertThat(typed(small, "requests")).isEqualTo("0.02");

        Reply again = bot.submit(
                new FormSubmission(
                        QuestionnaireReplies.FORM_ID,
                        Map.of("users", List.of("5000"), "requests", List.of(typed(small, "requests"))),
                        Lang.EN,
                        "U1"),
                Query.Audience.ASKER);
        assertThat(again.intent()).isEqualTo(Intent.RECOMMEND);
        assertThat(again.costIfAny().orElseThrow().workload().requestsPerDay()).isEqualTo(100.0);
    }

    private static String typed(Form form, String id) {
        return form.fields().stream()
                .filter(f -> f.id().equals(id))
                .map(f -> ((Form.TextInput) f).value())
                .findFirst()
                .orElseThrow();
    }
}
