package com.whereai.app;

import com.whereai.app.ollama.OllamaAnswerers;
import com.whereai.app.ollama.OllamaSituationReaders;
import com.whereai.core.WhereAiBot;
import com.whereai.core.conversation.InMemoryConversationStore;
import com.whereai.core.situation.model.SituationReader;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.GuideLoader;
import com.whereai.knowledge.prices.Prices;

/** Builds the one bot a process uses: free-form answers by the local model when OLLAMA_BASE_URL is set. */
public final class Bots {

    private Bots() {}

    public static WhereAiBot create(AppConfig config) {
        return create(GuideLoader.loadBundled(), config);
    }

    /** @throws AppConfig.ConfigException when {@code WHERE_AI_PRICES} names a file that does not validate */
    public static WhereAiBot create(Guide guide, AppConfig config) {
        Prices prices = config.prices();
        return config.modelSettings()
                .map(settings -> new WhereAiBot(
                        guide,
                        OllamaAnswerers.factory(settings),
                        new InMemoryConversationStore(),
                        OllamaSituationReaders.reader(settings),
                        prices))
                .orElseGet(() -> new WhereAiBot(
                        guide,
                        (retrieval, texts, counters) -> retrieval,
                        new InMemoryConversationStore(),
                        SituationReader.NONE,
                        prices));
    }
}
