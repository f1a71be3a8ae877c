package com.whereai.teams.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.core.i18n.Messages;
import com.whereai.core.questionnaire.Answers;
import com.whereai.core.questionnaire.Choice;
import com.whereai.core.questionnaire.Question;
import com.whereai.core.questionnaire.Questionnaire;
import com.whereai.knowledge.Lang;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The core questionnaire as an Adaptive Card (Input.ChoiceSet, Input.Toggle, Input.Text with
 * Action.Submit), and the submitted {@code activity.value} read back into {@link Answers}.
 */
public final class QuestionnaireCard {

    private static final String TOGGLE_PREFIX = "needs.";

    private final Questionnaire questionnaire = Questionnaire.STANDARD;
    private final Messages messages = Messages.get();
    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    public ObjectNode build(Lang lang, Answers prefill, Map<String, String> errors) {
        ObjectNode card = renderer.card();
        ArrayNode body = card.putArray("body");
        body.add(renderer.textBlock(messages.text(lang, "questionnaire.title")).put("size", "Large").put("weight", "Bolder"));
        body.add(renderer.textBlock(messages.text(lang, "questionnaire.intro")));
        for (Question q : questionnaire.questions()) {
            String label = questionnaire.label(q, lang);
            switch (q.kind()) {
                case SINGLE -> {
                    ObjectNode input = body.addObject().put("type", "Input.ChoiceSet").put("id", q.id()).put("label", label)
                            .put("style", "compact").put("isRequired", false)
                            .put("placeholder", messages.text(lang, "questionnaire.placeholder"));
                    choices(input, q, lang);
                    prefill.choices().getOrDefault(q.id(), List.of()).stream().findFirst().ifPresent(v -> input.put("value", v));
                }
                case MULTIPLE -> {
                    body.add(renderer.textBlock(label).put("weight", "Bolder").put("spacing", "Medium"));
                    List<String> chosen = prefill.choices().getOrDefault(q.id(), List.of());
                    for (Choice c : q.choices()) {
                        body.addObject().put("type", "Input.Toggle").put("id", TOGGLE_PREFIX + c.id())
                                .put("title", questionnaire.label(q, c, lang)).put("value", chosen.contains(c.id()) ? "true" : "false")
                                .put("valueOn", "true").put("valueOff", "false");
                    }
                }
                case MODEL_SIZE, VRAM -> {
                    String value = q.kind() == Question.Kind.MODEL_SIZE ? prefill.modelSize() : prefill.vram();
                    ObjectNode input = body.addObject().put("type", "Input.Text").put("id", q.id()).put("label", label).put("maxLength", 20);
                    if (!value.isEmpty()) {
                        input.put("value", value);
                    }
                    if (errors.containsKey(q.id())) {
                        body.add(renderer.textBlock(errors.get(q.id())).put("color", "Attention").put("size", "Small"));
                    }
                }
                default -> throw new IllegalStateException("unknown question kind " + q.kind());
            }
        }
        ArrayNode actions = card.putArray("actions");
        actions.add(renderer.submit(messages.text(lang, "questionnaire.submit"),
                new CardAction(CardAction.QUESTIONNAIRE, "", lang), true));
        return card;
    }

    /** The answers in a submitted card's value (Teams sends every input id with its value as a string). */
    public Answers read(JsonNode value) {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        List<String> needs = new ArrayList<>();
        for (Question q : questionnaire.questions()) {
            switch (q.kind()) {
                case SINGLE -> {
                    String v = value.path(q.id()).asText("");
                    if (!v.isBlank()) {
                        choices.put(q.id(), Arrays.asList(v.split(",")));
                    }
                }
                case MULTIPLE -> {
                    for (Choice c : q.choices()) {
                        if ("true".equals(value.path(TOGGLE_PREFIX + c.id()).asText())) {
                            needs.add(c.id());
                        }
                    }
                    if (!needs.isEmpty()) {
                        choices.put(q.id(), List.copyOf(needs));
                    }
                }
                default -> {
                }
            }
        }
        return new Answers(choices, value.path("model-size").asText(""), value.path("vram").asText(""));
    }

    public Map<String, String> errors(Answers answers, Lang lang) {
        Map<String, String> errors = new LinkedHashMap<>();
        answers.problems().forEach((question, key) -> errors.put(question, messages.text(lang, key)));
        return errors;
    }

    private void choices(ObjectNode input, Question q, Lang lang) {
        ArrayNode choices = input.putArray("choices");
        for (Choice c : q.choices()) {
            choices.addObject().put("title", questionnaire.label(q, c, lang)).put("value", c.id());
        }
    }
}
