package com.whereai.core.answer;

import com.whereai.knowledge.Guide;
import com.whereai.knowledge.KnowledgeEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BM25 over every guide entry, indexing its title, text and aliases in both languages at once, so a
 * Swedish question finds the same entry as an English one. Titles and aliases count double.
 */
public final class KeywordRetriever implements GuideRetriever {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<Document> documents = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    public KeywordRetriever(Guide guide) {
        long total = 0;
        for (KnowledgeEntry entry : guide.entries()) {
            List<String> terms = new ArrayList<>();
            String heading = entry.title().sv() + " " + entry.title().en() + " " + String.join(" ", entry.aliases());
            terms.addAll(Tokenizer.terms(heading));
            terms.addAll(Tokenizer.terms(heading));
            terms.addAll(Tokenizer.terms(entry.body().sv() + " " + entry.body().en()));
            Map<String, Integer> counts = new HashMap<>();
            terms.forEach(t -> counts.merge(t, 1, Integer::sum));
            counts.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            documents.add(new Document(entry, counts, terms.size()));
            total += terms.size();
        }
        averageLength = documents.isEmpty() ? 1 : (double) total / documents.size();
    }

    @Override
    public List<ScoredEntry> search(String question, int limit) {
        Set<String> query = new HashSet<>(Tokenizer.terms(question));
        List<ScoredEntry> scored = new ArrayList<>();
        int n = documents.size();
        for (Document doc : documents) {
            double score = 0;
            for (String term : query) {
                Integer tf = doc.counts().get(term);
                if (tf == null) {
                    continue;
                }
                int df = documentFrequency.get(term);
                double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                score += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * doc.length() / averageLength));
            }
            if (score > 0) {
                scored.add(new ScoredEntry(doc.entry(), score));
            }
        }
        scored.sort(Comparator.comparingDouble(ScoredEntry::score).reversed());
        return scored.subList(0, Math.min(limit, scored.size()));
    }

    private record Document(KnowledgeEntry entry, Map<String, Integer> counts, int length) {
    }
}
