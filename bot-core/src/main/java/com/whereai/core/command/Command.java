package com.whereai.core.command;

import com.whereai.core.situation.Situation;
import com.whereai.knowledge.CriterionId;
import com.whereai.knowledge.OptionId;
import java.util.List;
import java.util.Map;

/** What the user asked for, parsed from the command language or from free text. */
public sealed interface Command {

    /** "help", "hjälp", or nothing at all. */
    record Help() implements Command {}

    /** "options", "alternativ": the six options at a glance. */
    record ListOptions() implements Command {}

    /** "2a", "groq", "alternativ 3", "more about local". */
    record ShowOption(OptionId option) implements Command {}

    /** "compare", "compare 1 2b", "local vs groq"; an empty list means all six. */
    record Compare(List<OptionId> options) implements Command {
        public Compare {
            options = List.copyOf(options);
        }
    }

    /**
     * "recommend ...", or free text describing a situation.
     *
     * @param asked         true when the user typed the recommend command itself
     * @param situationText the words that describe the situation (weights included)
     * @param askedAbout    the option a yes/no question asks about ("Should we send customer data to OpenAI?"), whose
     *                      answer leads the reply; null for a plain recommendation
     */
    record Recommend(
            Situation situation,
            Map<CriterionId, Double> weights,
            boolean asked,
            String situationText,
            OptionId askedAbout)
            implements Command {
        public Recommend {
            weights = Map.copyOf(weights);
        }

        public Recommend(Situation situation, Map<CriterionId, Double> weights, boolean asked, String situationText) {
            this(situation, weights, asked, situationText, null);
        }
    }

    /**
     * "questionnaire", "frågor", "recommend" alone: the questionnaire, prefilled from the situation in
     * {@code prefill} ("questionnaire sensitive-data 70b").
     */
    record OpenQuestionnaire(String prefill) implements Command {}

    /** "why not 3 ...": where one option stands for the situation described after it. */
    record WhyNot(OptionId option, Situation situation, Map<CriterionId, Double> weights, String situationText)
            implements Command {
        public WhyNot {
            weights = Map.copyOf(weights);
        }
    }

    /** "vram 70b", "70b q4", "can I run a 13B model on 12 GB?", "what fits in 24 GB?". */
    record ModelFit(ModelFitQuestion question) implements Command {}

    /** A fit question naming hardware and perhaps a catalogue model: "does llama3.1:8b fit on a 4090?". */
    record CatalogueFit(CatalogueFitQuestion question) implements Command {}

    /**
     * "cost 70b 200 users", "what does each option cost?", "is Groq cheaper than OpenAI?": a budget scenario for the
     * workload the text gives (missing parts take defaults).
     */
    record Cost(com.whereai.core.cost.WorkloadQuestion workload) implements Command {}

    /** "licences", "licence llama"; null for all of them. */
    record Licences(String licenceId) implements Command {}

    /** "concepts", "what is vram"; null for all of them. */
    record Concepts(String conceptId) implements Command {}

    /** One of the guide's other topics: Ollama's steps, token pricing, the summary advice. */
    record ShowTopic(String topicId) implements Command {}

    /** "start over", "börja om": forget the situation this conversation has described so far. */
    record StartOver() implements Command {}

    /**
     * Thumbs up or down on an answer ("feedback up question", "feedback down recommend 2b"), from a card's button.
     *
     * @param replyKind the intent id of the reply it is about ("question" when the button did not say)
     * @param option the option the reply was about, or null
     */
    record Feedback(boolean up, String replyKind, OptionId option) implements Command {
        public Feedback(boolean up) {
            this(up, "question", null);
        }
    }

    /** A free-form question, answered from the guide. */
    record Question(String text) implements Command {}

    /** Input the bot understood the shape of but cannot use; the reply explains, in the user's language. */
    record Invalid(String messageKey, List<String> args) implements Command {
        public Invalid {
            args = List.copyOf(args);
        }
    }
}
