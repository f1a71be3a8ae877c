package com.whereai.core.recommend;

import com.whereai.core.situation.Situation;
import java.util.List;
import java.util.Optional;

/** The recommender's answer: the ranking best first, what is ruled out and why, and what would change it. */
public record Recommendation(
        Situation situation,
        Weights weights,
        List<RankedOption> ranking,
        List<ExcludedOption> excluded,
        List<AnswerChange> changes) {

    public Recommendation {
        ranking = List.copyOf(ranking);
        excluded = List.copyOf(excluded);
        changes = List.copyOf(changes);
    }

    public Optional<RankedOption> top() {
        return ranking.isEmpty() ? Optional.empty() : Optional.of(ranking.get(0));
    }

    public Optional<RankedOption> runnerUp() {
        return ranking.size() < 2 ? Optional.empty() : Optional.of(ranking.get(1));
    }
}
