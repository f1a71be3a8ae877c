package com.whereai.core.recommend;

import static com.whereai.core.situation.Signal.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.TestBot;
import com.whereai.core.situation.Signal;
import com.whereai.core.situation.Situation;
import com.whereai.knowledge.CriterionId;
import com.whereai.knowledge.OptionId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecommenderTest {

    private final Recommender recommender = new Recommender(TestBot.GUIDE);

    @Test
    void recommends_own_server_when_data_must_stay_on_premises_and_many_share_it() {
        Recommendation rec = recommender.recommend(Situation.of(ON_PREMISES, SHARED_USE, IT_STAFF));

        assertThat(rec.top()).map(RankedOption::option).contains(OptionId.OWN_SERVER);
        assertThat(rec.excluded())
                .extracting(ExcludedOption::option)
                .containsExactly(
                        OptionId.RENTED_SERVER,
                        OptionId.INFERENCE_API,
                        OptionId.CLOUD_PLATFORM,
                        OptionId.PROPRIETARY_API);
    }

    @Test
    void sensitive_data_rules_out_pay_per_token_apis_with_the_guides_words() {
        Recommendation rec = recommender.recommend(Situation.of(SENSITIVE_DATA));

        ExcludedOption inference = rec.excluded().stream()
                .filter(e -> e.option() == OptionId.INFERENCE_API)
                .findFirst()
                .orElseThrow();
        assertThat(inference.reasons().get(0).source()).isEqualTo("option.inference-api.con.data-risk");
        assertThat(inference.reasons().get(0).text().en())
                .startsWith("Sensitive data: ")
                .contains("patient records");
        assertThat(inference.reasons().get(0).text().sv())
                .startsWith("Känslig data: ")
                .contains("patientjournaler");
    }

    @Test
    void a_frontier_model_rules_out_self_hosting() {
        Recommendation rec = recommender.recommend(Situation.of(FRONTIER_MODEL));

        assertThat(rec.excluded())
                .extracting(ExcludedOption::option)
                .contains(OptionId.LOCAL, OptionId.OWN_SERVER, OptionId.RENTED_SERVER);
        assertThat(rec.top()).map(RankedOption::option).contains(OptionId.PROPRIETARY_API);
    }

    @Test
    void every_reason_cites_an_existing_guide_entry() {
        for (Signal signal : Signal.values()) {
            Recommendation rec = recommender.recommend(Situation.of(signal));
            rec.ranking().forEach(r -> {
                r.reasons()
                        .forEach(reason -> assertThat(TestBot.GUIDE.entry(reason.source()))
                                .as(reason.source())
                                .isPresent());
                r.caveats()
                        .forEach(reason -> assertThat(TestBot.GUIDE.entry(reason.source()))
                                .as(reason.source())
                                .isPresent());
            });
            rec.excluded()
                    .forEach(e -> e.reasons()
                            .forEach(reason -> assertThat(TestBot.GUIDE.entry(reason.source()))
                                    .as(reason.source())
                                    .isPresent()));
        }
    }

    @Test
    void the_ranking_is_sorted_scored_zero_to_one_and_holds_every_option_not_excluded() {
        for (Signal signal : Signal.values()) {
            Recommendation rec = recommender.recommend(Situation.of(signal, LOW_BUDGET));
            assertThat(rec.ranking().size() + rec.excluded().size()).isEqualTo(6);
            assertThat(rec.ranking()).allSatisfy(r -> assertThat(r.score()).isBetween(0.0, 1.0));
            for (int i = 1; i < rec.ranking().size(); i++) {
                assertThat(rec.ranking().get(i - 1).score())
                        .isGreaterThanOrEqualTo(rec.ranking().get(i).score());
            }
        }
    }

    @Test
    void the_same_situation_always_gives_the_same_answer() {
        Situation situation = new Situation(EnumSet.of(SENSITIVE_DATA, UNEVEN_TRAFFIC, FINE_TUNING), 13.0, 24.0, 40L);
        assertThat(recommender.recommend(situation)).isEqualTo(recommender.recommend(situation));
    }

    @Test
    void with_nothing_known_all_criteria_weigh_the_same() {
        Recommendation rec = recommender.recommend(Situation.NOTHING_KNOWN);

        assertThat(rec.weights()).isEqualTo(Weights.equal());
        assertThat(rec.excluded()).isEmpty();
        assertThat(rec.ranking()).hasSize(6);
    }

    @Test
    void explicit_weights_win_over_the_weights_signals_set() {
        Recommendation rec = recommender.recommend(Situation.of(SENSITIVE_DATA), Map.of(CriterionId.PRIVACY, 0.0));

        assertThat(rec.weights().of(CriterionId.PRIVACY)).isZero();
        assertThat(rec.weights().isExplicit(CriterionId.PRIVACY)).isTrue();
    }

    @Test
    void signals_raise_the_weight_of_the_criteria_they_concern() {
        Recommendation rec = recommender.recommend(Situation.of(LOW_LATENCY, SMALL_SCALE));

        assertThat(rec.weights().of(CriterionId.LATENCY)).isEqualTo(5.0);
        assertThat(rec.weights().of(CriterionId.SCALABILITY)).isEqualTo(0.5);
        assertThat(rec.weights().of(CriterionId.QUALITY)).isEqualTo(1.0);
    }

    @Test
    void says_what_would_change_the_answer() {
        Recommendation rec = recommender.recommend(Situation.of(SENSITIVE_DATA));

        assertThat(rec.changes()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        AnswerChange first = rec.changes().get(0);
        assertThat(first.signal()).isEqualTo(SENSITIVE_DATA);
        assertThat(first.added()).isFalse();
        assertThat(first.newTop()).isNotEqualTo(rec.top().orElseThrow().option());
        for (AnswerChange change : rec.changes()) {
            Situation changed = change.added()
                    ? rec.situation().with(change.signal())
                    : rec.situation().without(change.signal());
            assertThat(recommender
                            .recommend(changed)
                            .top()
                            .map(RankedOption::option)
                            .orElse(null))
                    .isEqualTo(change.newTop());
        }
    }

    @Test
    void conflicting_needs_leave_no_option_and_say_which_need_to_drop() {
        Recommendation rec = recommender.recommend(Situation.of(FRONTIER_MODEL, ON_PREMISES));

        assertThat(rec.ranking()).isEmpty();
        assertThat(rec.changes()).extracting(AnswerChange::signal).containsAnyOf(FRONTIER_MODEL, ON_PREMISES);
    }

    @Test
    void a_model_too_big_for_the_teams_vram_rules_out_local_with_the_figures() {
        Recommendation rec = recommender.recommend(new Situation(Set.of(MODEL_SIZE, AVAILABLE_VRAM), 70.0, 24.0, null));

        ExcludedOption local = rec.excluded().stream()
                .filter(e -> e.option() == OptionId.LOCAL)
                .findFirst()
                .orElseThrow();
        assertThat(local.reasons().get(0).text().en()).contains("70B", "24 GB");
    }

    @Test
    void a_model_that_fits_the_teams_vram_keeps_local_in_the_running() {
        Recommendation rec = recommender.recommend(new Situation(Set.of(MODEL_SIZE, AVAILABLE_VRAM), 7.0, 24.0, null));

        assertThat(rec.excluded()).isEmpty();
    }

    @Test
    void pay_as_you_go_counts_for_uneven_traffic() {
        Recommendation rec = recommender.recommend(Situation.of(UNEVEN_TRAFFIC));

        RankedOption inference = rec.ranking().stream()
                .filter(r -> r.option() == OptionId.INFERENCE_API)
                .findFirst()
                .orElseThrow();
        assertThat(inference.reasons()).extracting(Reason::source).contains("option.inference-api.pro.pay-as-you-go");
        assertThat(inference.score()).isGreaterThan(inference.baseScore());
    }
}
