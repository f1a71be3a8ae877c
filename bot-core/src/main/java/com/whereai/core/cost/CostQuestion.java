package com.whereai.core.cost;

import com.whereai.core.situation.Signal;
import com.whereai.core.situation.Situation;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a question about money ("what does each option cost?", "is Groq cheaper than OpenAI?", "när lönar det sig att
 * köpa?") from other text, and whether it is only about money or also describes a situation the guide's choice turns
 * on (then it is a recommendation that carries the budget scenario).
 */
public final class CostQuestion {

    private static final Pattern ASKS = Pattern.compile(
            "\\b(how much (?:does|do|would|will|is|are|for|money)|what (?:does|do|would|will|did)\\b.{0,80}\\bcosts?\\b"
                    + "|what(?:'s| is| are) the costs?|costs? of|costs? (?:per|a|each) (?:month|year)|monthly costs?"
                    + "|cheaper|cheapest|less expensive|more expensive|most expensive|pays? off|paid off|break[- ]even"
                    + "|budget scenarios?|compare (?:the )?costs?|cost comparison|price comparison"
                    + "|vad kostar|vad skulle\\b.{0,60}\\bkosta|vad kommer\\b.{0,60}\\bkosta|hur mycket (?:kostar|skulle|kommer|blir|pengar)"
                    + "|kostnaden för|kostnaderna för|kostnad per månad|månadskostnad|billigare|billigast|dyrare|dyrast"
                    + "|lönar (?:det )?sig|löna sig|återbetalningstid|budgetscenari\\w*|jämför kostnad\\w*|vad blir kostnad\\w*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "When does buying pay off?" compares buying with renting or paying per use, whether or not both are named. */
    private static final Pattern PAYS_OFF = Pattern.compile(
            "\\b(pays? off|paid off|break[- ]even|lönar (?:det )?sig|löna sig|återbetalningstid)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Signals a workload gives by itself: the model, its scale, its hours and its horizon. */
    private static final Set<Signal> WORKLOAD = EnumSet.of(
            Signal.MODEL_SIZE,
            Signal.AVAILABLE_VRAM,
            Signal.OPEN_MODEL,
            Signal.LARGE_SCALE,
            Signal.SMALL_SCALE,
            Signal.SHARED_USE,
            Signal.CONSTANT_TRAFFIC,
            Signal.SHORT_PROJECT,
            Signal.LONG_TERM);

    private CostQuestion() {}

    /** True when the text asks what something costs or which is cheaper. */
    public static boolean asks(String text) {
        return text != null && ASKS.matcher(text).find();
    }

    /** True when the text asks when buying pays off (a break-even between options). */
    public static boolean asksWhenItPaysOff(String text) {
        return text != null && PAYS_OFF.matcher(text).find();
    }

    /**
     * True when a cost question is only about money: it names nothing the guide's choice turns on beyond the workload,
     * and it either gives some of the workload, compares options ("is Groq cheaper than OpenAI?") or asks when buying
     * pays off. "What is the
     * cheapest setup?" with no workload is a request for advice, answered as a recommendation with the figures.
     */
    public static boolean isOnlyAboutCost(
            Situation situation, int optionsNamed, WorkloadQuestion workload, String text) {
        boolean situationBeyondWorkload = situation.signals().stream().anyMatch(s -> !WORKLOAD.contains(s))
                || !situation.denied().isEmpty();
        if (situationBeyondWorkload) {
            return false;
        }
        return workload.givesAnyPart() || optionsNamed >= 2 || asksWhenItPaysOff(text);
    }
}
