package com.whereai.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.whereai.core.TestBot;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recall@3 of the guide retriever on an evaluation set of 70 questions in Swedish and English (retrieval-eval.yaml). */
class RetrievalEvaluationTest {

    record Item(String q, List<String> expect) {}

    record Evaluation(
            List<Item> questions,

            @com.fasterxml.jackson.annotation.JsonProperty("not-covered")
            List<String> notCovered) {}

    private static Evaluation evaluation() throws IOException {
        try (InputStream in = RetrievalEvaluationTest.class.getResourceAsStream("/retrieval-eval.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readValue(in, Evaluation.class);
        }
    }

    @Test
    void lucene_finds_the_answering_entry_in_its_top_three_for_at_least_95_percent_of_questions() throws IOException {
        Evaluation evaluation = evaluation();
        LuceneRetriever retriever = new LuceneRetriever(TestBot.GUIDE);
        List<String> missed = new ArrayList<>();
        for (Item item : evaluation.questions()) {
            List<String> top = retriever.search(item.q(), 3).stream()
                    .map(s -> s.entry().id())
                    .toList();
            if (top.stream().noneMatch(item.expect()::contains)) {
                missed.add(item.q() + " -> " + top);
            }
        }
        double recall = 1.0 - (double) missed.size() / evaluation.questions().size();
        System.out.printf(
                "retrieval recall@3 = %.3f over %d questions%n",
                recall, evaluation.questions().size());
        assertThat(evaluation.questions()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(recall).as("missed: %s", missed).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void questions_the_guide_does_not_cover_are_recognised_and_those_it_covers_are_not_refused() throws IOException {
        LuceneRetriever retriever = new LuceneRetriever(TestBot.GUIDE);
        for (String question : evaluation().notCovered()) {
            assertThat(retriever.covers(question)).as(question).isFalse();
        }
        for (Item item : evaluation().questions()) {
            assertThat(retriever.covers(item.q())).as(item.q()).isTrue();
        }
    }
}
