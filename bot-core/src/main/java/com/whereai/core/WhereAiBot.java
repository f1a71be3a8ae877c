package com.whereai.core;

import com.whereai.core.answer.AnswerCounters;
import com.whereai.core.answer.LazyRetriever;
import com.whereai.core.answer.LuceneRetriever;
import com.whereai.core.answer.QuestionAnswerer;
import com.whereai.core.answer.QuestionRequest;
import com.whereai.core.answer.RetrievalAnswerer;
import com.whereai.core.answer.SituationAwareRetriever;
import com.whereai.core.command.Command;
import com.whereai.core.command.CommandParser;
import com.whereai.core.command.CommandWords;
import com.whereai.core.compose.CatalogueFitReplies;
import com.whereai.core.compose.CompareReplies;
import com.whereai.core.compose.ConversationReplies;
import com.whereai.core.compose.CostReplies;
import com.whereai.core.compose.GreetingReplies;
import com.whereai.core.compose.GuideTexts;
import com.whereai.core.compose.HelpReplies;
import com.whereai.core.compose.KnowledgeReplies;
import com.whereai.core.compose.ModelFitReplies;
import com.whereai.core.compose.OptionReplies;
import com.whereai.core.compose.QuestionnaireReplies;
import com.whereai.core.compose.RecommendReplies;
import com.whereai.core.conversation.ConversationStore;
import com.whereai.core.conversation.Conversations;
import com.whereai.core.conversation.FollowUpPhrases;
import com.whereai.core.conversation.InMemoryConversationStore;
import com.whereai.core.conversation.Turn;
import com.whereai.core.cost.CostEstimator;
import com.whereai.core.cost.CostQuestion;
import com.whereai.core.cost.CostScenario;
import com.whereai.core.cost.WorkloadQuestion;
import com.whereai.core.cost.WorkloadReader;
import com.whereai.core.feedback.FeedbackEntry;
import com.whereai.core.feedback.FeedbackLog;
import com.whereai.core.feedback.InMemoryFeedbackLog;
import com.whereai.core.fit.NamedModelEstimator;
import com.whereai.core.limits.UseLimits;
import com.whereai.core.observe.ReplyObserver;
import com.whereai.core.questionnaire.Answers;
import com.whereai.core.recommend.CostRatings;
import com.whereai.core.recommend.Recommender;
import com.whereai.core.reply.Action;
import com.whereai.core.reply.Form;
import com.whereai.core.reply.FormSubmission;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.situation.Signal;
import com.whereai.core.situation.SignalDetector;
import com.whereai.core.situation.model.SituationReader;
import com.whereai.core.text.LanguageDetector;
import com.whereai.core.text.NormalizedText;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.GuideLoader;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.prices.Prices;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The bot every surface talks to: text in, a platform-neutral {@link Reply} out. Thread-safe; its one state is
 * each conversation's last situation (in a {@link ConversationStore}), which follow-ups are read against. Build
 * one per process.
 */
public final class WhereAiBot {

    /** Longer messages are read up to here; the reply says so. */
    public static final int MAX_INPUT_CHARS = 4000;
    /** Answers worth posting for the whole channel; a form, a thank-you or a reset are not. */
    private static final Set<Intent> SHAREABLE = java.util.EnumSet.complementOf(java.util.EnumSet.of(
            Intent.QUESTIONNAIRE, Intent.FEEDBACK, Intent.START_OVER, Intent.HOME, Intent.WELCOME));

    private final LanguageDetector languages = new LanguageDetector();
    private final CommandParser parser;
    private final Recommender recommender;
    private final QuestionAnswerer questions;
    private final HelpReplies help;
    private final OptionReplies options;
    private final CompareReplies compare;
    private final RecommendReplies recommendations;
    private final ModelFitReplies modelFit;
    private final CatalogueFitReplies catalogueFit;
    private final CostReplies costs;
    private final WorkloadReader workloads;
    private final FeedbackLog feedback;
    private final KnowledgeReplies knowledge;
    private final QuestionnaireReplies questionnaire;
    private final GreetingReplies greetings;
    private final ConversationReplies conversation;
    private final Conversations conversations;
    private final SignalDetector signals;
    private final SituationReader situations;
    private final GuideTexts texts;
    private final AnswerCounters counters;
    private final ReplyObserver observer;

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

    /** A bot that keeps up to 10 000 conversations in memory, each for a day. */
    public WhereAiBot(Guide guide, AnswererFactory questions) {
        this(guide, questions, new InMemoryConversationStore());
    }

    /** @param conversations where each conversation's last situation is kept for follow-ups */
    public WhereAiBot(Guide guide, AnswererFactory questions, ConversationStore conversations) {
        this(guide, questions, conversations, SituationReader.NONE);
    }

    /** A bot whose local model also reads descriptions into signals, beside the word lists. */
    public WhereAiBot(Guide guide, AnswererFactory questions, SituationReader situations) {
        this(guide, questions, new InMemoryConversationStore(), situations);
    }

    /**
     * @param conversations where each conversation's last situation is kept for follow-ups
     * @param situations    reads a description into signals with the local model ({@link SituationReader#NONE} when off)
     */
    public WhereAiBot(
            Guide guide, AnswererFactory questions, ConversationStore conversations, SituationReader situations) {
        this(guide, questions, conversations, situations, Prices.bundled());
    }

    /**
     * @param prices the price assumptions budget scenarios use (the bundled file, or a site's own through {@code
     *     WHERE_AI_PRICES})
     */
    public WhereAiBot(
            Guide guide,
            AnswererFactory questions,
            ConversationStore conversations,
            SituationReader situations,
            Prices prices) {
        this(
                guide,
                questions,
                situations,
                prices,
                new BotState(
                        conversations, new InMemoryFeedbackLog(), UseLimits.inMemory(java.time.Clock.systemUTC())));
    }

    /**
     * @param state where conversations, feedback and per-user limits are kept (in memory, or a database for a server)
     */
    public WhereAiBot(
            Guide guide, AnswererFactory questions, SituationReader situations, Prices prices, BotState state) {
        this.feedback = state.feedback();
        ConversationStore conversations = state.conversations();
        this.counters = new AnswerCounters();
        this.observer = ReplyObserver.NONE;
        this.situations = situations;
        this.texts = new GuideTexts(guide);
        this.signals = new SignalDetector();
        this.parser = new CommandParser(guide, signals, CommandWords.bundled());
        this.recommender = new Recommender(guide);
        this.questions = questions.create(
                new RetrievalAnswerer(
                        new SituationAwareRetriever(
                                new LazyRetriever(() -> new LuceneRetriever(guide)), guide, recommender, signals),
                        texts,
                        counters),
                texts,
                counters);
        this.help = new HelpReplies(texts);
        this.options = new OptionReplies(texts);
        this.compare = new CompareReplies(texts);
        this.recommendations = new RecommendReplies(texts);
        this.modelFit = new ModelFitReplies(texts);
        this.catalogueFit = new CatalogueFitReplies(texts, NamedModelEstimator.bundled());
        this.costs = new CostReplies(texts, new CostEstimator(guide, prices, NamedModelEstimator.bundled()));
        this.workloads = new WorkloadReader(NamedModelEstimator.bundled().catalogue());
        this.knowledge = new KnowledgeReplies(texts);
        this.questionnaire = new QuestionnaireReplies(texts);
        this.greetings = new GreetingReplies(texts);
        this.conversation = new ConversationReplies(texts);
        this.conversations = new Conversations(conversations, FollowUpPhrases.bundled(), signals);
    }

    /** The same bot (its conversations, counters and model limits shared) with every reply told to {@code observer}. */
    private WhereAiBot(WhereAiBot bot, ReplyObserver observer) {
        this.observer = observer;
        this.feedback = bot.feedback;
        this.counters = bot.counters;
        this.situations = bot.situations;
        this.texts = bot.texts;
        this.signals = bot.signals;
        this.parser = bot.parser;
        this.recommender = bot.recommender;
        this.questions = bot.questions;
        this.help = bot.help;
        this.options = bot.options;
        this.compare = bot.compare;
        this.recommendations = bot.recommendations;
        this.modelFit = bot.modelFit;
        this.catalogueFit = bot.catalogueFit;
        this.costs = bot.costs;
        this.workloads = bot.workloads;
        this.knowledge = bot.knowledge;
        this.questionnaire = bot.questionnaire;
        this.greetings = bot.greetings;
        this.conversation = bot.conversation;
        this.conversations = bot.conversations;
    }

    /**
     * This bot, sharing everything it keeps (conversations, answer counters, the model's limits), telling {@code
     * observer} the intent and time of each reply: one per surface, so metrics can tell the surfaces apart.
     */
    public WhereAiBot observedBy(ReplyObserver observer) {
        return new WhereAiBot(this, observer);
    }

    /** The bot with the bundled guide, answering questions by retrieval. */
    public static WhereAiBot withBundledGuide() {
        return new WhereAiBot(GuideLoader.loadBundled(), retrieval -> retrieval);
    }

    public Reply answer(Query query) {
        return prepare(query).answer(partial -> {});
    }

    /** Answers a query; a free-form answer written by a model arrives in {@code partials} as it grows. */
    public Reply answer(Query query, Consumer<String> partials) {
        return prepare(query).answer(partials);
    }

    /**
     * Reads a query without answering it yet, so that a surface can decide how to show the answer first: open
     * a form in place (Slack must do it before its 3-second acknowledgement), or show a placeholder while a
     * model writes.
     */
    public PreparedAnswer prepare(Query query) {
        boolean cut = query.text().length() > MAX_INPUT_CHARS;
        String text = cut ? query.text().substring(0, MAX_INPUT_CHARS) : query.text();
        NormalizedText input = NormalizedText.of(text);
        Lang lang =
                query.forced().orElseGet(() -> languages.detect(input.text()).orElse(query.defaultLang()));
        return prepared(query, parser.parse(input), text, lang, cut);
    }

    /** A parsed command made ready to answer: read against the conversation, answered when the surface asks. */
    private PreparedAnswer prepared(Query query, Command parsed, String text, Lang lang, boolean cut) {
        Turn turn = conversations.read(query.conversationId(), parsed);
        Command command = turn.command();
        return new PreparedAnswer(
                command,
                lang,
                (command instanceof Command.Question && questions.streams()) || readsWithModel(command),
                partials -> observed(() -> {
                    Command read = withModelSignals(command, text, lang, query.userId());
                    Reply reply = conversation.followUp(answer(read, lang, query.userId(), partials), turn, lang);
                    conversations.record(turn, reply);
                    if (cut) {
                        reply = reply.withNoteFirst(texts.text(lang, "input.cut", MAX_INPUT_CHARS));
                    }
                    if (query.audience() == Query.Audience.ASKER && SHAREABLE.contains(reply.intent())) {
                        reply = reply.withAction(new Action.Share(
                                texts.text(lang, "action.share"), conversation.replay(turn, reply, text)));
                    }
                    return reply;
                }));
    }

    /** The reply {@code answer} gives, its intent and time told to the observer (a failure too). */
    private Reply observed(Supplier<Reply> answer) {
        long start = System.nanoTime();
        Reply reply;
        try {
            reply = answer.get();
        } catch (RuntimeException | Error e) {
            observer.failed(Duration.ofNanos(System.nanoTime() - start));
            throw e;
        }
        observer.replied(reply.intent(), Duration.ofNanos(System.nanoTime() - start));
        return reply;
    }

    /**
     * A description answered as a recommendation is also read by the local model, when there is one; the signals
     * only it found join the rules' (marked as the model's). Only here, when answering: never on a surface's
     * acknowledgement path.
     */
    private Command withModelSignals(Command command, String text, Lang lang, String userId) {
        if (!readsWithModel(command)) {
            return command;
        }
        Command.Recommend r = (Command.Recommend) command;
        Set<Signal> read = situations.read(text, lang, userId);
        return read.isEmpty()
                ? command
                : new Command.Recommend(
                        r.situation().withModelSignals(read),
                        r.weights(),
                        r.asked(),
                        r.situationText(),
                        r.askedAbout());
    }

    /** Whether the local model reads this command's text (a description that is not the recommend command itself). */
    private boolean readsWithModel(Command command) {
        return situations != SituationReader.NONE && command instanceof Command.Recommend r && !r.asked();
    }

    /** Whether this query's answer will be written by a model, token by token (surfaces then show a placeholder). */
    public boolean streams(Query query) {
        return prepare(query).streams();
    }

    /**
     * A form submitted on any surface: the questionnaire with its errors marked when a figure cannot be read,
     * else the recommendation for the answers.
     */
    public Reply submit(FormSubmission submission, Query.Audience audience) {
        return submit(submission, audience, null);
    }

    /**
     * A form submitted in a conversation: the answers are a full description, so the recommendation replaces
     * what the conversation said before (follow-ups are then read against it).
     */
    public Reply submit(FormSubmission submission, Query.Audience audience, String conversationId) {
        Answers answers = questionnaire.read(submission.values());
        if (!answers.problems().isEmpty()) {
            return observed(() -> questionnaire.questionnaire(answers, answers.problems(), submission.lang()));
        }
        Lang lang = submission.lang();
        conversations.forget(conversationId);
        String words = answers.toWords(questionnaire.questionnaire());
        Command.Recommend recommend =
                new Command.Recommend(signals.detect(NormalizedText.of(words).text()), Map.of(), true, words);
        return prepared(
                        new Query(
                                answers.toCommand(questionnaire.questionnaire()),
                                lang,
                                lang,
                                submission.userId(),
                                audience,
                                conversationId),
                        recommend,
                        answers.toCommand(questionnaire.questionnaire()),
                        lang,
                        false)
                .answer();
    }

    /**
     * The questionnaire prefilled with the situation {@code text} describes: what an "Adjust" button opens
     * (its command, "questionnaire sensitive-data 70b"), or any description of a team.
     */
    public Reply questionnaire(String text, Lang lang) {
        return observed(() -> prefilledQuestionnaire(text, lang));
    }

    /** The questionnaire's empty form in {@code lang}: what a surface reads a submission against (not a reply). */
    public Form questionnaireForm(Lang lang) {
        return prefilledQuestionnaire("", lang).formIfAny().orElseThrow();
    }

    private Reply prefilledQuestionnaire(String text, Lang lang) {
        String situation = text.length() > MAX_INPUT_CHARS ? text.substring(0, MAX_INPUT_CHARS) : text;
        Answers answers = Answers.fromSituation(
                signals.detect(NormalizedText.of(situation).text()), questionnaire.questionnaire());
        WorkloadQuestion workload = workloads.read(situation);
        Double perUser = workload.requestsPerUserPerDay();
        if (perUser == null && workload.requestsPerDay() != null && workload.users() != null) {
            perUser = workload.requestsPerDay() / workload.users();
        }
        if (perUser != null) {
            answers = answers.withRequestsPerUser(perUser);
        }
        return questionnaire.questionnaire(answers, Map.of(), lang);
    }

    /** Slack's Home tab. */
    public Reply home(Lang lang) {
        return observed(() -> greetings.home(lang));
    }

    /** The greeting when where-ai joins a chat or a team. */
    public Reply welcome(Lang lang) {
        return observed(() -> greetings.welcome(lang));
    }

    public AnswerCounters counters() {
        return counters;
    }

    /**
     * A recommendation; when its text says how much is asked (questions a day, tokens) or asks about money, it
     * carries the budget scenario, and cost weighs in by those figures rather than by the guide's cost stars alone.
     */
    private Reply recommend(Command.Recommend c, Lang lang) {
        WorkloadQuestion workload = workloads.read(c.situationText());
        if (!workload.givesVolume() && !CostQuestion.asks(c.situationText())) {
            return recommendations.recommend(
                    recommender.recommend(c.situation(), c.weights()), c.situationText(), c.askedAbout(), lang);
        }
        workload = workload.orFromSituation(
                c.situation().modelSize().orElse(null), c.situation().users());
        CostScenario scenario = costs.scenario(workload);
        var recommendation = recommender.recommend(c.situation(), c.weights(), CostRatings.of(scenario));
        String currency = workload.currencyOrSek();
        return recommendations.recommend(
                recommendation,
                c.situationText(),
                c.askedAbout(),
                lang,
                (reply, option) -> costs.monthly(scenario, option, currency, lang),
                reply -> costs.addTo(reply, scenario, currency, lang));
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
            return recommend(c, lang);
        }
        if (command instanceof Command.Cost c) {
            return costs.answer(c.workload(), lang);
        }
        if (command instanceof Command.WhyNot c) {
            return recommendations.whyNot(
                    c.option(), recommender.recommend(c.situation(), c.weights()), c.situationText(), lang);
        }
        if (command instanceof Command.ModelFit c) {
            return modelFit.answer(c.question(), lang);
        }
        if (command instanceof Command.CatalogueFit c) {
            return catalogueFit.answer(c.question(), lang);
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
            feedback.record(new FeedbackEntry(c.replyKind(), c.option(), lang, c.up()));
            return knowledge.thanks(lang);
        }
        if (command instanceof Command.OpenQuestionnaire c) {
            return prefilledQuestionnaire(c.prefill(), lang);
        }
        if (command instanceof Command.StartOver) {
            return conversation.startOver(lang);
        }
        if (command instanceof Command.Invalid c) {
            return knowledge.clarify(c.messageKey(), c.args(), lang);
        }
        throw new IllegalStateException("unhandled command " + command);
    }
}
