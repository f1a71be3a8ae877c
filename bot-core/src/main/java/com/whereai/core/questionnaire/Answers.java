package com.whereai.core.questionnaire;

import com.whereai.core.situation.Signal;
import com.whereai.core.text.Quantities;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A questionnaire filled in: choice ids per question, and the typed figures. {@link #toCommand()} writes it
 * in the command language ("recommend sensitive-data no-it-staff 70b 24gb 200 users 20 questions a day each"),
 * so a recommendation from the questionnaire can be replayed, shared and changed like any typed one. The
 * workload figures (people, questions a day each) are what the recommendation's budget is priced for.
 *
 * @param users           how many people will ask it, as typed
 * @param requestsPerUser questions a day per person, as typed
 */
public record Answers(
        Map<String, List<String>> choices, String modelSize, String vram, String users, String requestsPerUser) {

    /** The most people the workload figures take (a public app with a hundred million users is already a lot). */
    public static final long MAX_USERS = 100_000_000L;
    /** The most questions a day per person the workload figures take. */
    public static final double MAX_REQUESTS_PER_USER = 10_000;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+|\\d+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

    public Answers {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        choices.forEach((question, ids) -> copy.put(question, List.copyOf(ids)));
        choices = Map.copyOf(copy);
        modelSize = modelSize == null ? "" : modelSize.strip();
        vram = vram == null ? "" : vram.strip();
        users = users == null ? "" : users.strip();
        requestsPerUser = requestsPerUser == null ? "" : requestsPerUser.strip();
    }

    /** Answers without a workload. */
    public Answers(Map<String, List<String>> choices, String modelSize, String vram) {
        this(choices, modelSize, vram, "", "");
    }

    /**
     * The same answers with the questions a day per person, to three significant digits; left empty when the figure is
     * one the form would refuse, so an unchanged form always submits.
     */
    public Answers withRequestsPerUser(double perUser) {
        String typed = plain(new java.math.BigDecimal(perUser).round(new java.math.MathContext(3)));
        return new Answers(
                choices,
                modelSize,
                vram,
                users,
                perUser > 0 && perUser <= MAX_REQUESTS_PER_USER && typed.length() <= 12 ? typed : "");
    }

    /**
     * The answers that stand for a situation, to prefill the questionnaire ("Adjust"): per question the choices
     * whose defining signal the situation has (so "no IT staff" picks the no-IT-staff answer although that answer
     * also stands for simplicity, and "it has to be simple" picks none), for a single choice the one that shares
     * the most signals and adds the fewest.
     */
    public static Answers fromSituation(com.whereai.core.situation.Situation situation, Questionnaire questionnaire) {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        for (Question q : questionnaire.questions()) {
            List<Choice> present = q.choices().stream()
                    .filter(c ->
                            c.defining().filter(situation.signals()::contains).isPresent())
                    .toList();
            if (present.isEmpty()) {
                continue;
            }
            if (q.kind() == Question.Kind.SINGLE) {
                Choice best = present.stream()
                        .max(java.util.Comparator.comparingLong((Choice c) -> shared(c, situation))
                                .thenComparingLong(c -> -(c.signals().size() - shared(c, situation))))
                        .orElseThrow();
                choices.put(q.id(), List.of(best.id()));
            } else if (q.kind() == Question.Kind.MULTIPLE) {
                choices.put(q.id(), present.stream().map(Choice::id).toList());
            }
        }
        return new Answers(
                choices,
                situation.modelSize().map(b -> number(b) + "b").orElse(""),
                situation.vram().map(Answers::number).orElse(""),
                situation.users() == null || situation.users() < 1 || situation.users() > MAX_USERS
                        ? ""
                        : Long.toString(situation.users()),
                "");
    }

    /**
     * The answers as submitted on a surface: per single-choice question its first known choice, per
     * multiple-choice question every known choice, the figures as typed. Unknown questions and choices (a
     * tampered payload) are left out.
     */
    public static Answers fromValues(Map<String, List<String>> values, Questionnaire questionnaire) {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        String modelSize = "";
        String vram = "";
        String users = "";
        String requests = "";
        for (Question q : questionnaire.questions()) {
            List<String> given = values.getOrDefault(q.id(), List.of());
            switch (q.kind()) {
                case SINGLE ->
                    given.stream()
                            .filter(v -> q.choice(v).isPresent())
                            .findFirst()
                            .ifPresent(v -> choices.put(q.id(), List.of(v)));
                case MULTIPLE -> {
                    List<String> known = given.stream()
                            .filter(v -> q.choice(v).isPresent())
                            .distinct()
                            .toList();
                    if (!known.isEmpty()) {
                        choices.put(q.id(), known);
                    }
                }
                case MODEL_SIZE -> modelSize = given.stream().findFirst().orElse("");
                case VRAM -> vram = given.stream().findFirst().orElse("");
                case USERS -> users = given.stream().findFirst().orElse("");
                case REQUESTS_PER_USER -> requests = given.stream().findFirst().orElse("");
            }
        }
        return new Answers(choices, modelSize, vram, users, requests);
    }

    /** What is wrong with the typed figures, per question id, as message keys; empty when all is well. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!modelSize.isEmpty() && parsedModelSize().isEmpty()) {
            problems.put("model-size", "questionnaire.model-size.invalid");
        }
        if (!vram.isEmpty() && parsedVram().isEmpty()) {
            problems.put("vram", "questionnaire.vram.invalid");
        }
        if (!users.isEmpty() && parsedUsers().isEmpty()) {
            problems.put("users", "questionnaire.users.invalid");
        }
        if (!requestsPerUser.isEmpty() && parsedRequestsPerUser().isEmpty()) {
            problems.put("requests", "questionnaire.requests.invalid");
        }
        return problems;
    }

    /** The people typed, from 1 to {@link #MAX_USERS}; "1 200" with a space between thousands is read too. */
    public Optional<Long> parsedUsers() {
        if (!WHOLE_NUMBER.matcher(users).matches()) {
            return Optional.empty();
        }
        String digits = users.replaceAll("\\D", "");
        if (digits.length() > 10) {
            return Optional.empty();
        }
        long people = Long.parseLong(digits);
        return people >= 1 && people <= MAX_USERS ? Optional.of(people) : Optional.empty();
    }

    /** The questions a day per person typed, above 0 and at most {@link #MAX_REQUESTS_PER_USER}; "2,5" is read too. */
    public Optional<Double> parsedRequestsPerUser() {
        if (!NUMBER.matcher(requestsPerUser).matches() || requestsPerUser.length() > 12) {
            return Optional.empty();
        }
        double perUser = Double.parseDouble(requestsPerUser.replace(',', '.'));
        return perUser > 0 && perUser <= MAX_REQUESTS_PER_USER ? Optional.of(perUser) : Optional.empty();
    }

    public Optional<Double> parsedModelSize() {
        String text = modelSize.toLowerCase(Locale.ROOT);
        return Quantities.modelBillions(text.matches("\\d+([.,]\\d+)?") ? text + "b" : text);
    }

    public Optional<Double> parsedVram() {
        String text = vram.toLowerCase(Locale.ROOT);
        return Quantities.memoryGb(text.contains("gb") ? text : text + " gb");
    }

    public Set<Signal> signals(Questionnaire questionnaire) {
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        choices.forEach((questionId, ids) -> questionnaire
                .question(questionId)
                .ifPresent(q -> ids.forEach(id -> q.choice(id).ifPresent(c -> signals.addAll(c.signals())))));
        return signals;
    }

    /** The answers as a recommend command in the command language. */
    public String toCommand(Questionnaire questionnaire) {
        return ("recommend " + toWords(questionnaire)).strip();
    }

    /** The answers as the words of a situation ("sensitive-data no-it-staff 70b 24gb"), which the parser reads back. */
    public String toWords(Questionnaire questionnaire) {
        List<String> words = new ArrayList<>();
        signals(questionnaire).forEach(s -> words.add(s.id()));
        parsedModelSize().ifPresent(b -> words.add(number(b) + "b"));
        parsedVram().ifPresent(gb -> words.add(number(gb) + "gb"));
        parsedUsers().ifPresent(people -> words.add(people + " users"));
        parsedRequestsPerUser()
                .ifPresent(each -> words.add(plain(java.math.BigDecimal.valueOf(each)) + " questions a day each"));
        return String.join(" ", words);
    }

    private static long shared(Choice choice, com.whereai.core.situation.Situation situation) {
        return choice.signals().stream().filter(situation.signals()::contains).count();
    }

    /** A number as people write it: no exponent, no trailing zeros ("0.0001", "2.5", "20"). */
    private static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
