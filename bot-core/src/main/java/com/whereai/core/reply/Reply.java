package com.whereai.core.reply;

import com.whereai.core.recommend.Recommendation;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.OptionId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A platform-neutral answer: a card (title, body elements, buttons) plus its sources, and for
 * recommendations and comparisons the data behind them.
 *
 * @param summary        one line that stands for the whole reply (notifications, fallbacks)
 * @param recommendation present for {@link Intent#RECOMMEND}, else null
 * @param ratings        each option's stars in the criteria order; filled for {@link Intent#COMPARE}
 */
public record Reply(
        Intent intent,
        Lang lang,
        String title,
        String summary,
        List<CardElement> body,
        List<Action> actions,
        List<Source> sources,
        Recommendation recommendation,
        Map<OptionId, List<Integer>> ratings) {

    public Reply {
        body = List.copyOf(body);
        actions = List.copyOf(actions);
        sources = List.copyOf(sources);
        ratings = ratings.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(ratings));
    }

    public Optional<Recommendation> recommendationIfAny() {
        return Optional.ofNullable(recommendation);
    }

    public static Builder builder(Intent intent, Lang lang) {
        return new Builder(intent, lang);
    }

    /** Collects a reply's parts; sources are kept once each, in the order first added. */
    public static final class Builder {
        private final Intent intent;
        private final Lang lang;
        private String title = "";
        private String summary;
        private final List<CardElement> body = new ArrayList<>();
        private final List<Action> actions = new ArrayList<>();
        private final Map<String, Source> sources = new LinkedHashMap<>();
        private Recommendation recommendation;
        private final Map<OptionId, List<Integer>> ratings = new EnumMap<>(OptionId.class);

        private Builder(Intent intent, Lang lang) {
            this.intent = intent;
            this.lang = lang;
        }

        public Lang lang() {
            return lang;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder add(CardElement element) {
            body.add(element);
            return this;
        }

        public Builder paragraph(String text) {
            return add(new CardElement.Paragraph(text));
        }

        public Builder heading(String text) {
            return add(new CardElement.Heading(text));
        }

        public Builder note(String text) {
            return add(new CardElement.Note(text));
        }

        public Builder bullets(List<String> items) {
            return items.isEmpty() ? this : add(new CardElement.BulletList(items));
        }

        public Builder action(Action action) {
            if (actions.stream().noneMatch(a -> a.command().equals(action.command()))) {
                actions.add(action);
            }
            return this;
        }

        public Builder source(String id, String title) {
            sources.putIfAbsent(id, new Source(id, title));
            return this;
        }

        public Builder recommendation(Recommendation recommendation) {
            this.recommendation = recommendation;
            return this;
        }

        public Builder rating(OptionId option, List<Integer> stars) {
            ratings.put(option, List.copyOf(stars));
            return this;
        }

        public Reply build() {
            return new Reply(intent, lang, title, summary == null ? title : summary, body, actions,
                    new ArrayList<>(sources.values()), recommendation, ratings);
        }
    }
}
