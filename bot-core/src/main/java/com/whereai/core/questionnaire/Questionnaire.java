package com.whereai.core.questionnaire;

import static com.whereai.core.situation.Signal.*;

import com.whereai.core.i18n.Messages;
import com.whereai.core.situation.Signal;
import com.whereai.knowledge.Lang;
import java.util.List;
import java.util.Optional;

/**
 * The questions that decide the guide's choice, for surfaces that ask rather than read free text (a Slack
 * modal, a Teams card). Platform-neutral: ids, labels from the message bundles, signals per answer.
 */
public final class Questionnaire {

    public static final Questionnaire STANDARD = new Questionnaire(List.of(
            single(
                    "data",
                    choice("public"),
                    choice("sensitive", SENSITIVE_DATA),
                    choice("on-premises", ON_PREMISES, SENSITIVE_DATA)),
            single(
                    "quality",
                    choice("open-ok", OPEN_MODEL),
                    choice("frontier", FRONTIER_MODEL),
                    choice("built-in", FRONTIER_MODEL, BUILT_IN_FEATURES)),
            single(
                    "budget",
                    choice("hardware", HARDWARE_BUDGET),
                    choice("no-up-front", NO_HARDWARE_BUDGET),
                    choice("cheapest", NO_HARDWARE_BUDGET, LOW_BUDGET)),
            single("expertise", choice("it-staff", IT_STAFF), choice("no-it-staff", NO_IT_STAFF, Signal.SIMPLICITY)),
            single(
                    "scale",
                    choice("small", SMALL_SCALE),
                    choice("organisation", SHARED_USE),
                    choice("public", LARGE_SCALE)),
            single("traffic", choice("uneven", UNEVEN_TRAFFIC), choice("constant", CONSTANT_TRAFFIC)),
            single("horizon", choice("short", SHORT_PROJECT), choice("years", LONG_TERM)),
            multiple(
                    "needs",
                    choice("offline", OFFLINE),
                    choice("low-latency", LOW_LATENCY),
                    choice("fine-tuning", FINE_TUNING),
                    choice("uncensored", UNCENSORED),
                    choice("weak-devices", WEAK_DEVICES),
                    choice("cloud", CLOUD_ECOSYSTEM),
                    choice("geopolitics", GEOPOLITICAL_RISK),
                    choice("certifications", CERTIFICATIONS),
                    choice("commercial", COMMERCIAL_USE)),
            new Question("model-size", Question.Kind.MODEL_SIZE, "questionnaire.model-size", List.of()),
            new Question("vram", Question.Kind.VRAM, "questionnaire.vram", List.of()),
            new Question("users", Question.Kind.USERS, "questionnaire.users", List.of()),
            new Question("requests", Question.Kind.REQUESTS_PER_USER, "questionnaire.requests", List.of())));

    private final List<Question> questions;

    private Questionnaire(List<Question> questions) {
        this.questions = List.copyOf(questions);
    }

    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public String title(Lang lang) {
        return Messages.get().text(lang, "questionnaire.title");
    }

    public String label(Question question, Lang lang) {
        return Messages.get().text(lang, question.key());
    }

    public String label(Question question, Choice choice, Lang lang) {
        return Messages.get().text(lang, question.key() + "." + choice.id());
    }

    private static Question single(String id, Choice... choices) {
        return new Question(id, Question.Kind.SINGLE, "questionnaire." + id, List.of(choices));
    }

    private static Question multiple(String id, Choice... choices) {
        return new Question(id, Question.Kind.MULTIPLE, "questionnaire." + id, List.of(choices));
    }

    private static Choice choice(String id, Signal... signals) {
        return new Choice(id, List.of(signals));
    }
}
