package com.whereai.slack.listen;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import com.whereai.core.PreparedAnswer;
import com.whereai.core.Query;
import com.whereai.core.WhereAiBot;
import com.whereai.core.i18n.Messages;
import com.whereai.core.reply.FormSubmission;
import com.whereai.core.reply.Reply;
import com.whereai.core.text.LanguageDetector;
import com.whereai.core.text.NormalizedText;
import com.whereai.knowledge.Lang;
import com.whereai.slack.render.BlockKitRenderer;
import com.whereai.slack.render.ChartFiles;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every listener shares: the bot, the renderer, the user's language, and an executor so that slow
 * work never holds up Slack's 3-second acknowledgement.
 */
public final class SlackAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(SlackAnswers.class);

    private final WhereAiBot bot;
    private final BlockKitRenderer renderer = new BlockKitRenderer();
    private final ChartUploads charts;
    private final LanguageDetector languages = new LanguageDetector();
    private final UserLocales locales = new UserLocales();
    private final ExecutorService executor;
    private final Lang defaultLang;

    public SlackAnswers(WhereAiBot bot, ExecutorService executor, Lang defaultLang) {
        this(bot, executor, defaultLang, new ChartUploads());
    }

    SlackAnswers(WhereAiBot bot, ExecutorService executor, Lang defaultLang, ChartUploads charts) {
        this.bot = bot;
        this.executor = executor;
        this.defaultLang = defaultLang;
        this.charts = charts;
    }

    /** The language for a user's text: the text itself, else the user's Slack locale, else the default. */
    public Lang languageFor(String text, MethodsClient client, String userId) {
        return languages
                .detect(NormalizedText.of(text).text())
                .or(() -> locales.of(client, userId))
                .orElse(defaultLang);
    }

    /** Like {@link #languageFor} but never calls Slack: for the synchronous path before an ack. */
    public Lang languageWithoutCalling(String text, String userId) {
        return languages
                .detect(NormalizedText.of(text).text())
                .or(() -> locales.cached(userId))
                .orElse(defaultLang);
    }

    /**
     * The language for a user's text when it is known without calling Slack (the text tells, or the user's locale was
     * asked before); empty when only {@code users.info} could tell.
     */
    public java.util.Optional<Lang> languageKnownWithoutCalling(String text, String userId) {
        java.util.Optional<Lang> fromText =
                languages.detect(NormalizedText.of(text).text());
        if (fromText.isPresent()) {
            return fromText;
        }
        if (userId == null || userId.isBlank() || locales.known(userId)) {
            return java.util.Optional.of(locales.cached(userId).orElse(defaultLang));
        }
        return java.util.Optional.empty();
    }

    /** Whether the reply has a picture to upload before it can be shown (a line chart), which is slow work. */
    public boolean needsUploads(Reply reply) {
        return reply.body().stream().anyMatch(com.whereai.core.reply.CardElement.LineChart.class::isInstance);
    }

    /** Reads a query without answering it yet (does it open a form? will a model write it?). */
    public PreparedAnswer prepare(Query query) {
        return bot.prepare(query);
    }

    public Reply answer(String text, Lang forced, Lang fallback) {
        return bot.answer(new Query(text, forced, fallback));
    }

    /** Answers for a user, to the whole conversation; a model-written answer arrives in {@code partials} as it grows. */
    public Reply answer(
            String text, Lang forced, Lang fallback, String userId, java.util.function.Consumer<String> partials) {
        return bot.answer(new Query(text, forced, fallback, userId), partials);
    }

    /**
     * A form submitted in a modal: the reply, or the form again with its errors. Answered only to the submitter. The
     * answers replace the situation of the conversation they belong to (null: none).
     */
    public Reply submit(FormSubmission submission, String conversationId) {
        return submit(submission, Query.Audience.ASKER, conversationId);
    }

    /** Like {@link #submit(FormSubmission, String)}, for an answer {@code audience} sees (a thread: all in it). */
    public Reply submit(FormSubmission submission, Query.Audience audience, String conversationId) {
        return bot.submit(submission, audience, conversationId);
    }

    /** The questionnaire prefilled with the situation in {@code text} (an "Adjust" button's command). */
    public Reply questionnaire(String text, Lang lang) {
        return bot.questionnaire(text, lang);
    }

    public Reply home(Lang lang) {
        return bot.home(lang);
    }

    /** The reply as message blocks, its line charts drawn as text. */
    public List<LayoutBlock> card(Reply reply) {
        return renderer.render(reply);
    }

    /**
     * Sends the reply's card with {@code send}, its line charts uploaded first and shown as pictures. A chart that could
     * not be uploaded (no {@code files:write} scope, any failure) is drawn as text; if Slack refuses the card's pictures
     * ({@code invalid_blocks}), the card is sent once more with every chart as text. Uploading is slow: call only after
     * the acknowledgement.
     *
     * @param send posts the blocks (chat.postMessage, a response_url ...); throws {@link SlackCalls.SlackCallFailed}
     *     when Slack refuses them
     */
    public void send(Reply reply, MethodsClient client, Consumer<List<LayoutBlock>> send) {
        ChartFiles files = charts.upload(reply, client);
        if (files == ChartFiles.NONE) {
            send.accept(renderer.render(reply));
            return;
        }
        try {
            send.accept(renderer.render(reply, files));
        } catch (SlackCalls.SlackCallFailed e) {
            if (!e.is("invalid_blocks")) {
                throw e;
            }
            LOG.info("Slack refused a card's chart pictures ({}); sending the charts as text", e.getMessage());
            send.accept(renderer.render(reply));
        }
    }

    public String fallbackText(Reply reply) {
        return renderer.fallbackText(reply);
    }

    public String text(Lang lang, String key, Object... args) {
        return Messages.get().text(lang, key, args);
    }

    /**
     * Queues work to run after the ack, unless the workers' queue is full: then nothing runs and it returns false, so
     * the caller can say "too busy" in the ack itself rather than block a request thread on a call to Slack. A failure
     * of the work is logged (never the user's text) and reported by {@code onError}.
     */
    public boolean tryLater(String what, Runnable work, Runnable onError) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.warn("Slack {} failed: {}", what, e.toString());
                    tell(what, onError);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /**
     * Runs work after the ack; a failure is logged (never the user's text) and reported by {@code onError}, which also
     * runs at once when the workers' queue is full.
     */
    public void later(String what, Runnable work, Runnable onError) {
        if (!tryLater(what, work, onError)) {
            LOG.warn("Slack {} dropped: too busy", what);
            tell(what, onError);
        }
    }

    private static void tell(String what, Runnable onError) {
        try {
            onError.run();
        } catch (RuntimeException again) {
            LOG.warn("Slack {}: could not tell the user either: {}", what, again.toString());
        }
    }
}
