package com.whereai.app;

import com.whereai.app.ollama.OllamaAnswerers;
import com.whereai.app.ollama.OllamaSituationReaders;
import com.whereai.core.BotState;
import com.whereai.core.WhereAiBot;
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

    /** A bot whose state is kept in memory (the command line). */
    public static WhereAiBot create(Guide guide, AppConfig config) {
        return create(guide, config, BotState.inMemory());
    }

    /**
     * @param state where conversations, feedback and per-user limits are kept (the server's database)
     * @throws AppConfig.ConfigException when {@code WHERE_AI_PRICES} names a file that does not validate
     */
    public static WhereAiBot create(Guide guide, AppConfig config, BotState state) {
        Prices prices = config.prices();
        return config.modelSettings()
                .map(settings -> new WhereAiBot(
                        guide,
                        OllamaAnswerers.factory(settings, state.limits()),
                        OllamaSituationReaders.reader(settings, state.limits()),
                        prices,
                        state))
                .orElseGet(() -> new WhereAiBot(
                        guide, (retrieval, texts, counters) -> retrieval, SituationReader.NONE, prices, state));
    }
}
