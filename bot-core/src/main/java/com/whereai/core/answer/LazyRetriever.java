package com.whereai.core.answer;

import java.util.List;
import java.util.function.Supplier;

/**
 * Builds the real retriever on the first question, so a process that only recommends or compares (a cold
 * {@code ask}) does not pay for indexing the guide.
 */
public final class LazyRetriever implements GuideRetriever {

    private final Supplier<GuideRetriever> factory;
    private volatile GuideRetriever retriever;

    public LazyRetriever(Supplier<GuideRetriever> factory) {
        this.factory = factory;
    }

    @Override
    public List<ScoredEntry> search(String question, int limit) {
        return retriever().search(question, limit);
    }

    @Override
    public boolean covers(String question) {
        return retriever().covers(question);
    }

    private GuideRetriever retriever() {
        GuideRetriever current = retriever;
        if (current == null) {
            synchronized (this) {
                current = retriever;
                if (current == null) {
                    current = factory.get();
                    retriever = current;
                }
            }
        }
        return current;
    }
}
