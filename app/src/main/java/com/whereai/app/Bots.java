package com.whereai.app;

import com.whereai.app.ollama.OllamaAnswerers;
import com.whereai.app.ollama.OllamaSituationReaders;
import com.whereai.core.WhereAiBot;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.GuideLoader;

/** Builds the one bot a process uses: free-form answers by the local model when OLLAMA_BASE_URL is set. */
public final class Bots {

    private Bots() {}

    public static WhereAiBot create(AppConfig config) {
        return create(GuideLoader.loadBundled(), config);
    }

    public static WhereAiBot create(Guide guide, AppConfig config) {
        return config.modelSettings()
                .map(settings -> new WhereAiBot(
                        guide, OllamaAnswerers.factory(settings), OllamaSituationReaders.reader(settings)))
                .orElseGet(() -> new WhereAiBot(guide, retrieval -> retrieval));
    }
}
