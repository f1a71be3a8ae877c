package com.whereai.core.situation.model;

import com.whereai.core.answer.model.ModelSettings;
import com.whereai.core.limits.PerUserWindow;
import com.whereai.core.limits.UseLimit;
import com.whereai.core.situation.Signal;
import com.whereai.knowledge.Lang;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SituationReader} backed by a model (any langchain4j {@link ChatModel}; Ollama in the app) held to a JSON
 * schema of the signal ids through its structured output. Under the answers' limits, from the same
 * {@link ModelSettings}: at most {@link ModelSettings#perUserPerMinute()} readings per user a minute and
 * {@link ModelSettings#maxConcurrency()} calls at once (each its own budget, apart from the answers'), and a reply
 * within {@link ModelSettings#timeout()}. Past a limit or the deadline the reading is empty at once and the rules'
 * reading stands alone; a call given up at the deadline keeps its slot until the model really stops (the model's own
 * HTTP timeout ends it). Never throws; logs one line per failure, never the text.
 */
public final class ModelSituationReader implements SituationReader {

    private static final Logger LOG = LoggerFactory.getLogger(ModelSituationReader.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ChatModel model;
    private final ModelSettings settings;
    private final UseLimit perUser;
    private final CallSlots slots;
    /** Runs the blocking calls; never more threads busy than slots (a thread is reused once its call ends). */
    private final ExecutorService calls = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "situation-reader-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    public ModelSituationReader(ChatModel model, ModelSettings settings, Clock clock) {
        this(model, settings, new PerUserWindow(settings.perUserPerMinute(), clock));
    }

    /** @param perUser the readings a user may have a minute, counted wherever they are kept */
    public ModelSituationReader(ChatModel model, ModelSettings settings, UseLimit perUser) {
        this.model = model;
        this.settings = settings;
        this.perUser = perUser;
        this.slots = new CallSlots(settings.maxConcurrency());
    }

    @Override
    public Set<Signal> read(String text, Lang lang, String userId) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        try {
            if (!perUser.tryUse(userId)) {
                LOG.info(
                        "a user is past {} model readings a minute: the rules' reading stands alone",
                        settings.perUserPerMinute());
                return Set.of();
            }
            Optional<CallSlots.Slot> slot = slots.tryTake();
            if (slot.isEmpty()) {
                LOG.info("{} model calls already running: the rules' reading stands alone", settings.maxConcurrency());
                return Set.of();
            }
            return SignalReply.parse(call(text, lang == null ? Lang.EN : lang, slot.get()));
        } catch (TimeoutException e) {
            LOG.warn(
                    "local model did not read the situation within {} ms: the rules' reading stands alone",
                    settings.timeout().toMillis());
        } catch (ExecutionException e) {
            // Only the exception's class: its message may quote the model's reply.
            LOG.warn(
                    "local model could not read the situation ({}): the rules' reading stands alone",
                    e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn(
                    "reading the situation with the local model failed ({}): the rules' reading stands alone",
                    e.getClass().getSimpleName());
        }
        return Set.of();
    }

    /** The model's reply text, within the deadline; the slot goes back when the call really ends. */
    private String call(String text, Lang lang, CallSlots.Slot slot)
            throws InterruptedException, ExecutionException, TimeoutException {
        ChatRequest request = ChatRequest.builder()
                .messages(SignalReadingPrompt.messages(text, lang))
                .responseFormat(SignalReadingPrompt.RESPONSE_FORMAT)
                .temperature(0.0)
                .build();
        Future<String> reply;
        try {
            reply = calls.submit(() -> {
                try {
                    ChatResponse response = model.chat(request);
                    return response == null || response.aiMessage() == null
                            ? null
                            : response.aiMessage().text();
                } finally {
                    slot.release();
                }
            });
        } catch (RejectedExecutionException e) {
            slot.release();
            throw e;
        }
        return reply.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
    }
}
