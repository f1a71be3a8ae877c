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
 * @param form           a form to show in place, where the surface can ({@link Intent#QUESTIONNAIRE}), else null; the
 *                       card stands for it where forms cannot be shown
 * @param fit            the figures of a model-fit reply ({@link Intent#MODEL_FIT}), else null
 * @param cost           the figures of a budget scenario ({@link Intent#COST}, or a recommendation given a workload),
 *                       else null
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
        Map<OptionId, List<Integer>> ratings,
        Form form,
        FitFigures fit,
        CostFigures cost) {

    public Reply {
        body = List.copyOf(body);
        actions = List.copyOf(actions);
        sources = List.copyOf(sources);
        ratings = ratings.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(ratings));
    }

    /** A reply without cost figures. */
    public Reply(
            Intent intent,
            Lang lang,
            String title,
            String summary,
            List<CardElement> body,
            List<Action> actions,
            List<Source> sources,
            Recommendation recommendation,
            Map<OptionId, List<Integer>> ratings,
            Form form,
            FitFigures fit) {
        this(intent, lang, title, summary, body, actions, sources, recommendation, ratings, form, fit, null);
    }

    public Optional<CostFigures> costIfAny() {
        return Optional.ofNullable(cost);
    }

    public Optional<Recommendation> recommendationIfAny() {
        return Optional.ofNullable(recommendation);
    }

    public Optional<Form> formIfAny() {
        return Optional.ofNullable(form);
    }

    public Optional<FitFigures> fitIfAny() {
        return Optional.ofNullable(fit);
    }

    /** The same reply with a note first (why the input was cut, ...). */
    public Reply withNoteFirst(String note) {
        List<CardElement> withNote = new ArrayList<>(body);
        withNote.add(0, new CardElement.Note(note));
        return new Reply(
                intent, lang, title, summary, withNote, actions, sources, recommendation, ratings, form, fit, cost);
    }

    /** The same reply with one more button, unless one with the same command is already there. */
    public Reply withAction(Action action) {
        if (actions.stream().anyMatch(a -> a.command().equals(action.command()) && a.getClass() == action.getClass())) {
            return this;
        }
        List<Action> more = new ArrayList<>(actions);
        more.add(action);
        return new Reply(intent, lang, title, summary, body, more, sources, recommendation, ratings, form, fit, cost);
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
        private Form form;
        private FitFigures fit;
        private CostFigures cost;

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

        public Builder divider() {
            return add(new CardElement.Divider());
        }

        public Builder bullets(List<String> items) {
            return items.isEmpty() ? this : add(new CardElement.BulletList(items));
        }

        public Builder action(Action action) {
            if (actions.stream()
                    .noneMatch(a -> a.command().equals(action.command()) && a.getClass() == action.getClass())) {
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

        public Builder form(Form form) {
            this.form = form;
            return this;
        }

        public Builder fit(FitFigures fit) {
            this.fit = fit;
            return this;
        }

        public Builder cost(CostFigures cost) {
            this.cost = cost;
            return this;
        }

        public Reply build() {
            return new Reply(
                    intent,
                    lang,
                    title,
                    summary == null ? title : summary,
                    body,
                    actions,
                    new ArrayList<>(sources.values()),
                    recommendation,
                    ratings,
                    form,
                    fit,
                    cost);
        }
    }
}
