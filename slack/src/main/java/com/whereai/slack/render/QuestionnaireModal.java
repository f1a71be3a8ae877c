package com.whereai.slack.render;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.whereai.core.i18n.Messages;
import com.whereai.core.questionnaire.Answers;
import com.whereai.core.questionnaire.Choice;
import com.whereai.core.questionnaire.Question;
import com.whereai.core.questionnaire.Questionnaire;
import com.whereai.knowledge.Lang;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The core questionnaire as a Slack modal, and the modal's submitted state read back into {@link Answers}. */
public final class QuestionnaireModal {

    public static final String CALLBACK_ID = "where-ai.questionnaire";
    static final String ANSWER = "answer";

    private final Questionnaire questionnaire = Questionnaire.STANDARD;
    private final Messages messages = Messages.get();

    public View build(ModalMetadata metadata, Answers prefill) {
        Lang lang = metadata.language();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(SlackText.escape(messages.text(lang, "questionnaire.intro"))))));
        for (Question q : questionnaire.questions()) {
            String label = SlackText.cut(questionnaire.label(q, lang), SlackLimits.INPUT_LABEL);
            switch (q.kind()) {
                case SINGLE -> {
                    List<OptionObject> options = options(q, lang);
                    OptionObject initial = prefill.choices().getOrDefault(q.id(), List.of()).stream().findFirst()
                            .flatMap(id -> options.stream().filter(o -> o.getValue().equals(id)).findFirst()).orElse(null);
                    blocks.add(input(i -> i.blockId(q.id()).optional(true).label(plainText(label))
                            .element(staticSelect(e -> e.actionId(ANSWER).options(options).initialOption(initial)
                                    .placeholder(plainText(messages.text(lang, "questionnaire.placeholder")))))));
                }
                case MULTIPLE -> {
                    List<OptionObject> options = options(q, lang);
                    List<String> chosen = prefill.choices().getOrDefault(q.id(), List.of());
                    List<OptionObject> initial = options.stream().filter(o -> chosen.contains(o.getValue())).toList();
                    blocks.add(input(i -> i.blockId(q.id()).optional(true).label(plainText(label))
                            .element(checkboxes(e -> e.actionId(ANSWER).options(options)
                                    .initialOptions(initial.isEmpty() ? null : initial)))));
                }
                case MODEL_SIZE, VRAM -> {
                    String value = q.kind() == Question.Kind.MODEL_SIZE ? prefill.modelSize() : prefill.vram();
                    blocks.add(input(i -> i.blockId(q.id()).optional(true).label(plainText(label))
                            .element(plainTextInput(e -> e.actionId(ANSWER).maxLength(20)
                                    .initialValue(value.isEmpty() ? null : value)))));
                }
                default -> throw new IllegalStateException("unknown question kind " + q.kind());
            }
        }
        return view(v -> v.type("modal").callbackId(CALLBACK_ID)
                .title(viewTitle(t -> t.type("plain_text").text(SlackText.cut(messages.text(lang, "questionnaire.short-title"), SlackLimits.MODAL_TITLE))))
                .submit(viewSubmit(t -> t.type("plain_text").text(SlackText.cut(messages.text(lang, "questionnaire.submit"), SlackLimits.MODAL_TITLE))))
                .close(viewClose(t -> t.type("plain_text").text(SlackText.cut(messages.text(lang, "questionnaire.cancel"), SlackLimits.MODAL_TITLE))))
                .privateMetadata(metadata.encode())
                .blocks(blocks));
    }

    /** The submitted modal's answers; unknown blocks and empty answers are left out. */
    public Answers read(ViewState state) {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        String modelSize = "";
        String vram = "";
        Map<String, Map<String, ViewState.Value>> values = state == null || state.getValues() == null ? Map.of() : state.getValues();
        for (Question q : questionnaire.questions()) {
            ViewState.Value value = values.getOrDefault(q.id(), Map.of()).get(ANSWER);
            if (value == null) {
                continue;
            }
            switch (q.kind()) {
                case SINGLE -> {
                    if (value.getSelectedOption() != null) {
                        choices.put(q.id(), List.of(value.getSelectedOption().getValue()));
                    }
                }
                case MULTIPLE -> {
                    if (value.getSelectedOptions() != null && !value.getSelectedOptions().isEmpty()) {
                        choices.put(q.id(), value.getSelectedOptions().stream().map(ViewState.SelectedOption::getValue).toList());
                    }
                }
                case MODEL_SIZE -> modelSize = value.getValue() == null ? "" : value.getValue();
                case VRAM -> vram = value.getValue() == null ? "" : value.getValue();
                default -> throw new IllegalStateException("unknown question kind " + q.kind());
            }
        }
        return new Answers(choices, modelSize, vram);
    }

    /** Inline errors for response_action "errors": block id to a message in the modal's language. */
    public Map<String, String> errors(Answers answers, Lang lang) {
        Map<String, String> errors = new LinkedHashMap<>();
        answers.problems().forEach((questionId, key) -> errors.put(questionId, messages.text(lang, key)));
        return errors;
    }

    private List<OptionObject> options(Question q, Lang lang) {
        List<OptionObject> options = new ArrayList<>();
        for (Choice c : q.choices()) {
            options.add(option(plainText(SlackText.cut(questionnaire.label(q, c, lang), SlackLimits.OPTION_TEXT)), c.id()));
        }
        return options;
    }
}
