package com.whereai.core.situation;

import static com.whereai.core.situation.Signal.*;

import com.whereai.core.text.Budgets;
import com.whereai.core.text.Quantities;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a team's free text (Swedish or English, already lower-cased) for the signals the guide's choice
 * turns on, with the phrases of {@link SignalVocabulary}: words by their stems (and one typo), patterns for
 * phrases with structure. Denials ("no IT staff", "inte känslig", "no customer data") win over the plain
 * phrases and are kept as the situation's denied signals. Figures (users, model size, VRAM) add theirs.
 */
public final class SignalDetector {

    private static final long LARGE_SCALE_USERS = 100_000;
    private static final long SMALL_SCALE_USERS = 50;
    /** From this many users in one organisation, everyone downloading their own model stops being practical. */
    private static final long SHARED_USE_USERS = 10;

    /** A denied capability is its absence: no IT staff, no money for hardware. */
    private static final Map<Signal, Signal> DENIED_MEANS =
            Map.of(IT_STAFF, NO_IT_STAFF, HARDWARE_BUDGET, NO_HARDWARE_BUDGET);

    private final List<Rule> rules = new ArrayList<>();
    private final WordMatcher words;
    private final Budgets budgets = Budgets.bundled();
    private final List<SignalVocabulary.Denial> weakDenials;
    private final Map<Signal, Set<Signal>> suppressedBy = new EnumMap<>(Signal.class);

    /** The detector with the bundled vocabulary ({@code words/signals.yaml}). */
    public SignalDetector() {
        this(SignalVocabulary.bundled());
    }

    public SignalDetector(SignalVocabulary vocabulary) {
        for (SignalVocabulary.Denial denial : vocabulary.denials()) {
            denial.patterns().forEach(p -> rules.add(new Rule(null, p, EnumSet.of(denial.signal()))));
        }
        for (SignalVocabulary.Entry entry : vocabulary.entries()) {
            entry.patterns().forEach(p -> rules.add(new Rule(entry.signal(), p, entry.suppresses())));
            suppressedBy.put(entry.signal(), entry.suppresses());
        }
        this.words = new WordMatcher(vocabulary.entries());
        this.weakDenials = vocabulary.weakDenials();
        literalIds();
    }

    /** The signal ids themselves ("sensitive-data", "no-it-staff"): the canonical form questionnaires and buttons replay. */
    private void literalIds() {
        for (Signal signal : Signal.values()) {
            if (signal != MODEL_SIZE && signal != AVAILABLE_VRAM) {
                Set<Signal> suppresses = suppressedBy.getOrDefault(signal, Set.of());
                rules.add(new Rule(
                        signal,
                        Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(signal.id()) + "(?![\\p{L}\\d-])"),
                        suppresses));
            }
        }
    }

    public Situation detect(String normalizedText) {
        EnumSet<Signal> found = EnumSet.noneOf(Signal.class);
        EnumSet<Signal> suppressed = EnumSet.noneOf(Signal.class);
        for (Rule rule : rules) {
            if (rule.pattern().matcher(normalizedText).find()) {
                if (rule.signal() != null) {
                    found.add(rule.signal());
                }
                suppressed.addAll(rule.suppresses());
            }
        }
        EnumSet<Signal> weaklyDenied = EnumSet.noneOf(Signal.class);
        List<WordMatcher.Hit> hits = words.find(StemmedText.of(normalizedText));
        EnumSet<Signal> namedInWords = EnumSet.noneOf(Signal.class);
        for (WordMatcher.Hit hit : hits) {
            if (!hit.denied()) {
                namedInWords.add(hit.signal());
                found.add(hit.signal());
                suppressed.addAll(suppressedBy.getOrDefault(hit.signal(), Set.of()));
            }
        }
        for (WordMatcher.Hit hit : hits) {
            if (hit.denied()) {
                // "no patient data" denies it; "nothing secret, though some include people's names" does not
                (namedInWords.contains(hit.signal()) ? weaklyDenied : suppressed).add(hit.signal());
                // "vi har inte någon IT-personal" says there is no IT staff, not only that the phrase is absent
                Signal opposite = DENIED_MEANS.get(hit.signal());
                if (opposite != null && !namedInWords.contains(hit.signal())) {
                    found.add(opposite);
                }
            }
        }
        for (SignalVocabulary.Denial denial : weakDenials) {
            if (denial.patterns().stream()
                    .anyMatch(p -> p.matcher(normalizedText).find())) {
                weaklyDenied.add(denial.signal());
            }
        }
        for (Signal signal : weaklyDenied) {
            if (!found.contains(signal)) {
                suppressed.add(signal);
            }
        }
        budgets.read(normalizedText).ifPresent(reading -> {
            if (reading == Budgets.Reading.CAN_BUY_HARDWARE) {
                found.add(HARDWARE_BUDGET);
            } else {
                found.add(NO_HARDWARE_BUDGET);
                suppressed.add(HARDWARE_BUDGET);
                if (reading == Budgets.Reading.NO_HARDWARE_AND_LOW) {
                    found.add(LOW_BUDGET);
                }
            }
        });
        found.removeAll(suppressed);
        if (found.contains(UNEVEN_TRAFFIC) && found.contains(CONSTANT_TRAFFIC)) {
            found.remove(UNEVEN_TRAFFIC);
        }
        Long users = Quantities.users(normalizedText).orElse(null);
        if (users != null) {
            if (users >= SHARED_USE_USERS && users < LARGE_SCALE_USERS) {
                found.add(SHARED_USE);
            }
            if (users >= LARGE_SCALE_USERS) {
                found.add(LARGE_SCALE);
                found.remove(SMALL_SCALE);
            } else if (users <= SMALL_SCALE_USERS && !found.contains(LARGE_SCALE)) {
                found.add(SMALL_SCALE);
            }
        }
        if (found.contains(LARGE_SCALE)) {
            found.remove(SMALL_SCALE);
        }
        Double model = Quantities.modelBillions(normalizedText).orElse(null);
        Double vram = Quantities.memoryGb(normalizedText).orElse(null);
        if (model != null) {
            found.add(MODEL_SIZE);
        }
        if (vram != null) {
            found.add(AVAILABLE_VRAM);
        }
        return new Situation(found, model, vram, users, suppressed, Set.of());
    }

    private record Rule(Signal signal, Pattern pattern, Set<Signal> suppresses) {}
}
