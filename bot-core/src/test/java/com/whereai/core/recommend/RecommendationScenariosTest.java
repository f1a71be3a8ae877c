package com.whereai.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.whereai.core.Query;
import com.whereai.core.TestBot;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.situation.Signal;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The recommender on situations written from the guide, in Swedish and English (scenarios.yaml). */
class RecommendationScenariosTest {

    record Scenario(
            String name,
            String text,
            List<String> top,
            List<String> excluded,
            List<String> allowed,
            List<String> signals) {
        Scenario {
            excluded = excluded == null ? List.of() : excluded;
            allowed = allowed == null ? List.of() : allowed;
            signals = signals == null ? List.of() : signals;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Scenarios(List<Scenario> scenarios) {}

    static List<Scenario> scenarios() throws IOException {
        try (InputStream in = RecommendationScenariosTest.class.getResourceAsStream("/scenarios.yaml")) {
            return new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, Scenarios.class)
                    .scenarios();
        }
    }

    static Stream<Scenario> all() throws IOException {
        return scenarios().stream();
    }

    @Test
    void there_are_at_least_thirty_scenarios_in_both_languages() throws IOException {
        assertThat(scenarios()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(scenarios().stream()
                        .map(s -> TestBot.BOT.answer(Query.of(s.text())).lang())
                        .distinct())
                .hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void recommends_as_the_guide_would(Scenario scenario) {
        Reply reply = TestBot.BOT.answer(Query.of(scenario.text()));

        assertThat(reply.intent()).as("intent").isEqualTo(Intent.RECOMMEND);
        Recommendation rec = reply.recommendation();
        List<String> ranking = rec.ranking().stream().map(r -> r.option().id()).toList();
        List<String> excluded =
                rec.excluded().stream().map(e -> e.option().id()).toList();
        List<String> signals =
                rec.situation().signals().stream().map(Signal::id).toList();
        if (scenario.top().isEmpty()) {
            assertThat(ranking).as("ranking").isEmpty();
        } else {
            assertThat(ranking).as("ranking %s", ranking).isNotEmpty();
            assertThat(scenario.top())
                    .as("first choice %s of %s", ranking.get(0), ranking)
                    .contains(ranking.get(0));
        }
        scenario.excluded()
                .forEach(option -> assertThat(excluded).as("excluded").contains(option));
        scenario.allowed().forEach(option -> assertThat(excluded).as("excluded").doesNotContain(option));
        scenario.signals().forEach(signal -> assertThat(signals).as("signals").contains(signal));
        assertThat(ranking.size() + excluded.size())
                .as("every option is ranked or excluded")
                .isEqualTo(6);
    }
}
