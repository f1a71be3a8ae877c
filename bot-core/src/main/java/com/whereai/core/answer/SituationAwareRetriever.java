package com.whereai.core.answer;

import com.whereai.core.command.OptionResolver;
import com.whereai.core.recommend.ExcludedOption;
import com.whereai.core.recommend.Reason;
import com.whereai.core.recommend.Recommendation;
import com.whereai.core.recommend.Recommender;
import com.whereai.core.situation.SignalDetector;
import com.whereai.core.situation.Situation;
import com.whereai.core.text.NormalizedText;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.KnowledgeEntry;
import com.whereai.knowledge.OptionId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts the guide's verdict first when a question names an option the asker's own situation rules out:
 * "vi har GDPR-känslig data men vill prova Claude, vad gäller?" leads with the proprietary APIs' data risk,
 * then whatever the text search finds.
 */
public final class SituationAwareRetriever implements GuideRetriever {

    private final GuideRetriever text;
    private final Guide guide;
    private final SignalDetector signals;
    private final OptionResolver options;
    private final Recommender recommender;

    public SituationAwareRetriever(GuideRetriever text, Guide guide, Recommender recommender, SignalDetector signals) {
        this.text = text;
        this.signals = signals;
        this.guide = guide;
        this.options = new OptionResolver(guide);
        this.recommender = recommender;
    }

    @Override
    public List<ScoredEntry> search(String question, int limit) {
        List<ScoredEntry> found = text.search(question, limit);
        List<KnowledgeEntry> verdicts = verdicts(question);
        if (verdicts.isEmpty()) {
            return found;
        }
        double top = found.isEmpty() ? 1 : found.get(0).score();
        List<ScoredEntry> merged = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (KnowledgeEntry entry : verdicts) {
            if (seen.add(entry.id())) {
                merged.add(new ScoredEntry(entry, top + 1));
            }
        }
        for (ScoredEntry entry : found) {
            if (seen.add(entry.entry().id())) {
                merged.add(entry);
            }
        }
        return merged.subList(0, Math.min(limit, merged.size()));
    }

    @Override
    public boolean covers(String question) {
        return !verdicts(question).isEmpty() || text.covers(question);
    }

    /** The reasons the question's situation rules out the options it names. */
    private List<KnowledgeEntry> verdicts(String question) {
        String normalized = NormalizedText.of(question).text();
        List<OptionId> named = options.mentioned(normalized);
        if (named.isEmpty()) {
            return List.of();
        }
        Situation situation = signals.detect(normalized);
        if (situation.isEmpty()) {
            return List.of();
        }
        Recommendation rec = recommender.recommend(situation);
        List<KnowledgeEntry> verdicts = new ArrayList<>();
        for (ExcludedOption excluded : rec.excluded()) {
            if (named.contains(excluded.option())) {
                for (Reason reason : excluded.reasons()) {
                    guide.entry(reason.source()).ifPresent(verdicts::add);
                }
            }
        }
        return verdicts;
    }
}
