package com.whereai.core.conversation;

import static com.whereai.core.situation.Signal.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.situation.Signal;
import com.whereai.core.situation.SignalDetector;
import com.whereai.core.situation.Situation;
import com.whereai.core.text.NormalizedText;
import com.whereai.knowledge.CriterionId;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SituationMergeTest {

    private final SignalDetector detector = new SignalDetector();

    @Test
    void what_a_follow_up_says_is_added_to_what_was_said_before() {
        Situation merged = SituationMerge.merge(
                read("we have patient records and our own IT department"), read("and we need low latency"));

        assertThat(merged.signals()).containsExactlyInAnyOrder(SENSITIVE_DATA, IT_STAFF, LOW_LATENCY);
    }

    @Test
    void no_it_staff_replaces_it_staff_and_keeps_the_sensitive_data() {
        Situation before = read("vi är en kommun med känsliga personuppgifter och en IT-avdelning, vad ska vi välja?");
        assertThat(before.signals()).contains(SENSITIVE_DATA, IT_STAFF);

        Situation merged = SituationMerge.merge(before, read("och vi har ingen IT-avdelning"));

        assertThat(merged.signals()).contains(SENSITIVE_DATA, NO_IT_STAFF).doesNotContain(IT_STAFF);
    }

    @ParameterizedTest
    @CsvSource({
        "IT_STAFF, NO_IT_STAFF", "NO_IT_STAFF, IT_STAFF",
        "HARDWARE_BUDGET, NO_HARDWARE_BUDGET", "NO_HARDWARE_BUDGET, HARDWARE_BUDGET",
        "SMALL_SCALE, LARGE_SCALE", "LARGE_SCALE, SMALL_SCALE",
        "UNEVEN_TRAFFIC, CONSTANT_TRAFFIC", "CONSTANT_TRAFFIC, UNEVEN_TRAFFIC",
        "SHORT_PROJECT, LONG_TERM", "LONG_TERM, SHORT_PROJECT"
    })
    void a_signal_takes_out_its_opposite(Signal before, Signal said) {
        Situation merged = SituationMerge.merge(Situation.of(before, SENSITIVE_DATA), Situation.of(said));

        assertThat(merged.signals()).containsExactlyInAnyOrder(said, SENSITIVE_DATA);
        assertThat(said.opposite()).contains(before);
    }

    @Test
    void what_a_follow_up_denies_is_taken_back() {
        Situation said = read("the data is not sensitive after all");
        assertThat(said.signals()).isEmpty();

        Situation merged = SituationMerge.merge(read("we have patient records and no IT staff"), said);

        assertThat(merged.signals()).containsExactly(NO_IT_STAFF);
        assertThat(merged.denied()).contains(SENSITIVE_DATA);
    }

    @Test
    void saying_a_signal_again_after_denying_it_brings_it_back() {
        Situation denied = SituationMerge.merge(Situation.of(SENSITIVE_DATA), read("the data is not sensitive"));

        Situation again = SituationMerge.merge(denied, read("what if the data is sensitive?"));

        assertThat(again.signals()).containsExactly(SENSITIVE_DATA);
        assertThat(again.denied()).doesNotContain(SENSITIVE_DATA);
    }

    @Test
    void a_new_figure_replaces_the_old_one_and_the_others_stay() {
        Situation before = new Situation(EnumSet.of(MODEL_SIZE, AVAILABLE_VRAM, SENSITIVE_DATA), 70.0, 24.0, 40L);

        Situation merged = SituationMerge.merge(before, new Situation(EnumSet.of(MODEL_SIZE), 13.0, null, 500L));

        assertThat(merged.modelBillions()).isEqualTo(13.0);
        assertThat(merged.vramGb()).isEqualTo(24.0);
        assertThat(merged.users()).isEqualTo(500L);
        assertThat(merged.signals()).containsExactlyInAnyOrder(MODEL_SIZE, AVAILABLE_VRAM, SENSITIVE_DATA);
    }

    @Test
    void a_model_size_said_in_a_follow_up_is_read_from_its_text() {
        Situation merged =
                SituationMerge.merge(read("we have patient records and no IT staff"), read("and a 70b model"));

        assertThat(merged.signals()).contains(SENSITIVE_DATA, NO_IT_STAFF, MODEL_SIZE);
        assertThat(merged.modelBillions()).isEqualTo(70.0);
    }

    @Test
    void what_changed_names_additions_and_what_was_taken_back_but_not_an_opposite_twice() {
        Situation before = new Situation(EnumSet.of(SENSITIVE_DATA, IT_STAFF, MODEL_SIZE), 70.0, null, null);
        Situation after = new Situation(EnumSet.of(NO_IT_STAFF, MODEL_SIZE, LOW_LATENCY), 13.0, null, null);

        WhatChanged changed = WhatChanged.between(before, Map.of(), after, Map.of(CriterionId.values()[0], 5.0));

        assertThat(changed.added()).containsExactly(NO_IT_STAFF, LOW_LATENCY, MODEL_SIZE);
        assertThat(changed.takenBack()).containsExactly(SENSITIVE_DATA);
        assertThat(changed.weightsSet()).containsOnlyKeys(CriterionId.values()[0]);
        assertThat(WhatChanged.between(before, Map.of(), before, Map.of()).isEmpty())
                .isTrue();
    }

    private Situation read(String text) {
        return detector.detect(NormalizedText.of(text).text());
    }
}
