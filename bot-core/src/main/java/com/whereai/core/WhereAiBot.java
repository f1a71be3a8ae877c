package com.whereai.core;

import com.whereai.core.answer.AnswerCounters;
import com.whereai.core.answer.LazyRetriever;
import com.whereai.core.answer.LuceneRetriever;
import com.whereai.core.answer.QuestionRequest;
import com.whereai.core.answer.SituationAwareRetriever;
import com.whereai.core.answer.QuestionAnswerer;
import com.whereai.core.answer.RetrievalAnswerer;
import com.whereai.core.command.Command;
import com.whereai.core.command.CommandParser;
import com.whereai.core.compose.CompareReplies;
import com.whereai.core.compose.GuideTexts;
import com.whereai.core.compose.HelpReplies;
import com.whereai.core.compose.KnowledgeReplies;
import com.whereai.core.compose.ModelFitReplies;
import com.whereai.core.compose.OptionReplies;
import com.whereai.core.compose.RecommendReplies;
import com.whereai.core.recommend.Recommender;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Reply;
import com.whereai.core.situation.SignalDetector;
import com.whereai.core.text.LanguageDetector;
import com.whereai.core.text.NormalizedText;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.GuideLoader;
import com.whereai.knowledge.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The bot every surface talks to: text in, a platform-neutral {@link Reply} out. Thread-safe and
 * stateless; build one per process.
 */
public final class WhereAiBot {

    /** Longer messages are read up to here; the reply says so. */
    public static final int MAX_INPUT_CHARS = 4000;

    private final LanguageDetector languages = new LanguageDetector();
    private final CommandParser parser;
    private final Recommender recommender;
    private final QuestionAnswerer questions;
    private final HelpReplies help;
    private final OptionReplies options;
    private final CompareReplies compare;
    private final RecommendReplies recommendations;
    private final ModelFitReplies modelFit;
    private final KnowledgeReplies knowledge;
    private final GuideTexts texts;
    private final AnswerCounters counters = new AnswerCounters();

    /**
     * @param questions builds the answerer for free-form questions from the guide's texts and a
     *                  retrieval answerer to fall back on
     */
    public WhereAiBot(Guide guide, Function<RetrievalAnswerer, QuestionAnswerer> questions) {
        this(guide, (retrieval, texts, counters) -> questions.apply(retrieval));
    }

    /** Builds the answerer for free-form questions from the retrieval answerer, the texts and the counters. */
    @FunctionalInterface
    public interface AnswererFactory {
        QuestionAnswerer create(RetrievalAnswerer retrieval, GuideTexts texts, AnswerCounters counters);
    }

    public WhereAiBot(Guide guide, AnswererFactory questions) {
        this.texts = new GuideTexts(guide);
        this.parser = new CommandParser(guide, new SignalDetector());
        this.recommender = new Recommender(guide);
        this.questions = questions.create(new RetrievalAnswerer(
                new SituationAwareRetriever(new LazyRetriever(() -> new LuceneRetriever(guide)), guide, recommender), texts, counters), texts, counters);
        this.help = new HelpReplies(texts);
        this.options = new OptionReplies(texts);
        this.compare = new CompareReplies(texts);
        this.recommendations = new RecommendReplies(texts);
        this.modelFit = new ModelFitReplies(texts);
        this.knowledge = new KnowledgeReplies(texts);
    }

    /** The bot with the bundled guide, answering questions by retrieval. */
    public static WhereAiBot withBundledGuide() {
        return new WhereAiBot(GuideLoader.loadBundled(), retrieval -> retrieval);
    }

    public Reply answer(Query query) {
        return answer(query, partial -> { });
    }

    /** Answers a query; a free-form answer written by a model arrives in {@code partials} as it grows. */
    public Reply answer(Query query, Consumer<String> partials) {
        String text = query.text();
        boolean cut = text.length() > MAX_INPUT_CHARS;
        if (cut) {
            text = text.substring(0, MAX_INPUT_CHARS);
        }
        NormalizedText input = NormalizedText.of(text);
        Lang lang = query.forced().orElseGet(() -> languages.detect(input.text()).orElse(query.defaultLang()));
        Reply reply = answer(parser.parse(input), lang, query.userId(), partials);
        return cut ? withCutNote(reply, lang) : reply;
    }

    /** Whether this query's answer will be written by a model, token by token (surfaces then show a placeholder). */
    public boolean streams(Query query) {
        String text = query.text().length() > MAX_INPUT_CHARS ? query.text().substring(0, MAX_INPUT_CHARS) : query.text();
        return questions instanceof com.whereai.core.answer.model.ModelAnswerer
                && parser.parse(NormalizedText.of(text)) instanceof Command.Question;
    }

    public AnswerCounters counters() {
        return counters;
    }

    private Reply answer(Command command, Lang lang, String userId, Consumer<String> partials) {
        if (command instanceof Command.Help) {
            return help.help(lang);
        }
        if (command instanceof Command.ListOptions) {
            return options.list(lang);
        }
        if (command instanceof Command.ShowOption c) {
            return options.show(c.option(), lang);
        }
        if (command instanceof Command.Compare c) {
            return compare.compare(c.options(), lang);
        }
        if (command instanceof Command.Recommend c) {
            return recommendations.recommend(recommender.recommend(c.situation(), c.weights()), c.situationText(), lang);
        }
        if (command instanceof Command.WhyNot c) {
            return recommendations.whyNot(c.option(), recommender.recommend(c.situation(), c.weights()), c.situationText(), lang);
        }
        if (command instanceof Command.ModelFit c) {
            return modelFit.answer(c.question(), lang);
        }
        if (command instanceof Command.Licences c) {
            return knowledge.licences(c.licenceId(), lang);
        }
        if (command instanceof Command.Concepts c) {
            return knowledge.concepts(c.conceptId(), lang);
        }
        if (command instanceof Command.ShowTopic c) {
            return knowledge.topic(c.topicId(), lang);
        }
        if (command instanceof Command.Question c) {
            return questions.answer(new QuestionRequest(c.text(), lang, userId), partials);
        }
        if (command instanceof Command.Feedback c) {
            counters.feedback(c.up());
            return knowledge.thanks(lang);
        }
        if (command instanceof Command.Invalid c) {
            return knowledge.clarify(c.messageKey(), c.args(), lang);
        }
        throw new IllegalStateException("unhandled command " + command);
    }

    private Reply withCutNote(Reply reply, Lang lang) {
        List<CardElement> body = new ArrayList<>(reply.body());
        body.add(0, new CardElement.Note(texts.text(lang, "input.cut", MAX_INPUT_CHARS)));
        return new Reply(reply.intent(), reply.lang(), reply.title(), reply.summary(), body, reply.actions(), reply.sources(),
                reply.recommendation(), reply.ratings());
    }
}
