package com.whereai.core.compose;

import com.whereai.core.questionnaire.Answers;
import com.whereai.core.questionnaire.Choice;
import com.whereai.core.questionnaire.Question;
import com.whereai.core.questionnaire.Questionnaire;
import com.whereai.core.reply.Action;
import com.whereai.core.reply.Form;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire as a reply: a {@link Form} with every label in the reply's language, the answers
 * prefilled and the errors of the last submission, plus a card that stands for it on surfaces without forms
 * (its button opens the form where it can be opened, and its note says how to answer by typing).
 */
public final class QuestionnaireReplies {

    public static final String FORM_ID = "questionnaire";
    /** How long a typed figure may be. */
    public static final int FIGURE_LENGTH = 20;

    private final GuideTexts texts;
    private final Questionnaire questionnaire = Questionnaire.STANDARD;

    public QuestionnaireReplies(GuideTexts texts) {
        this.texts = texts;
    }

    /**
     * @param prefill the answers to show (from a recommendation being adjusted, or a refused submission)
     * @param errors  question id to message key, from {@link Answers#problems()}
     */
    public Reply questionnaire(Answers prefill, Map<String, String> errors, Lang lang) {
        Form form = form(prefill, errors, lang);
        Reply.Builder reply =
                Reply.builder(Intent.QUESTIONNAIRE, lang).title(form.title()).form(form);
        reply.paragraph(form.intro());
        errors.values().forEach(key -> reply.note(texts.text(lang, key)));
        reply.note(form.textHint());
        reply.action(new Action.OpenForm(
                texts.text(lang, "questionnaire.open"),
                (texts.text(lang, "command.questionnaire") + " " + prefill.toWords(questionnaire)).strip(),
                true));
        texts.cite(reply, "topic.summary-advice");
        return reply.build();
    }

    /** The submitted answers, read against the questionnaire: unknown fields and choices are left out. */
    public Answers read(Map<String, List<String>> values) {
        return Answers.fromValues(values, questionnaire);
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    private Form form(Answers prefill, Map<String, String> errors, Lang lang) {
        List<Form.Field> fields = new ArrayList<>();
        for (Question q : questionnaire.questions()) {
            String label = questionnaire.label(q, lang);
            String error = errors.containsKey(q.id()) ? texts.text(lang, errors.get(q.id())) : null;
            List<String> chosen = prefill.choices().getOrDefault(q.id(), List.of());
            fields.add(
                    switch (q.kind()) {
                        case SINGLE ->
                            new Form.SingleChoice(
                                    q.id(),
                                    label,
                                    texts.text(lang, "questionnaire.placeholder"),
                                    choices(q, lang),
                                    chosen.stream().findFirst().orElse(""),
                                    error);
                        case MULTIPLE -> new Form.MultipleChoice(q.id(), label, choices(q, lang), chosen, error);
                        case MODEL_SIZE ->
                            new Form.TextInput(q.id(), label, "70b", FIGURE_LENGTH, prefill.modelSize(), error);
                        case VRAM -> new Form.TextInput(q.id(), label, "24", FIGURE_LENGTH, prefill.vram(), error);
                        case USERS -> new Form.TextInput(q.id(), label, "200", FIGURE_LENGTH, prefill.users(), error);
                        case REQUESTS_PER_USER ->
                            new Form.TextInput(q.id(), label, "20", FIGURE_LENGTH, prefill.requestsPerUser(), error);
                    });
        }
        return new Form(
                FORM_ID,
                lang,
                texts.text(lang, "questionnaire.title"),
                texts.text(lang, "questionnaire.short-title"),
                texts.text(lang, "questionnaire.intro"),
                fields,
                texts.text(lang, "questionnaire.submit"),
                texts.text(lang, "questionnaire.cancel"),
                texts.text(lang, "questionnaire.text-hint"));
    }

    private List<Form.Choice> choices(Question q, Lang lang) {
        return q.choices().stream()
                .map((Choice c) -> new Form.Choice(c.id(), questionnaire.label(q, c, lang)))
                .toList();
    }
}
