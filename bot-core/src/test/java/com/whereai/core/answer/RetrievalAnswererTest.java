package com.whereai.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.TestBot;
import com.whereai.core.compose.GuideTexts;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetrievalAnswererTest {

    private final LuceneRetriever retriever = new LuceneRetriever(TestBot.GUIDE);
    private final RetrievalAnswerer answerer =
            new RetrievalAnswerer(retriever, new GuideTexts(TestBot.GUIDE), new AnswerCounters());

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How do I install Ollama?                          | topic.ollama-steps
            Hur installerar jag Ollama?                       | topic.ollama-steps
            Why is output more expensive than input?          | topic.token-pricing
            Varför kostar output mer än input?                | topic.token-pricing
            Is Groq fast?                                     | option.inference-api
            Which providers rent out GPU servers?             | option.rented-server
            Vad är skillnaden mellan CPU och GPU?             | concept.gpu
            Can the big cloud platforms block access?         | option.cloud-platform.con.geopolitics
            Kan molnplattformarna blockera åtkomst?           | option.cloud-platform.con.geopolitics
            How big are model files?                          | option.local.con.large-files
            What is Dolphin?                                  | option.proprietary-api.con.filters
            """)
    void finds_the_guide_entry_that_answers_in_its_top_three(String question, String entryId) {
        assertThat(retriever.search(question, 3))
                .extracting(s -> s.entry().id())
                .contains(entryId);
    }

    @Test
    void answers_with_quoted_entries_and_cites_them() {
        Reply reply = answerer.answer(new QuestionRequest("How do I install Ollama?", Lang.EN, null), partial -> {});

        assertThat(reply.intent()).isEqualTo(Intent.QUESTION);
        assertThat(reply.sources()).extracting(s -> s.id()).contains("topic.ollama-steps");
        assertThat(reply.title()).isNotBlank();
    }

    @Test
    void says_plainly_when_the_guide_does_not_cover_something() {
        Reply reply =
                answerer.answer(new QuestionRequest("What is the capital of France?", Lang.EN, null), partial -> {});

        assertThat(reply.title()).isEqualTo("The guide does not cover that");
    }
}
