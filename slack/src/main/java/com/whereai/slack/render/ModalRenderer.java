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
import com.whereai.core.reply.Form;
import com.whereai.core.reply.FormRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A core {@link Form} as a Slack modal (a select per single choice, checkboxes per multiple choice, a text
 * input per figure), and the submitted view state read back into field values. Errors are not drawn in the
 * view: Slack shows them under their inputs when the submission is answered with {@code response_action: errors}.
 */
public final class ModalRenderer implements FormRenderer<View> {

    public static final String CALLBACK_ID = "where-ai.questionnaire";
    static final String ANSWER = "answer";

    @Override
    public View render(Form form) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(
                s -> s.text(markdownText(SlackText.cut(SlackText.escape(form.intro()), SlackLimits.SECTION_TEXT)))));
        Inputs inputs = new Inputs();
        form.fields().forEach(f -> blocks.add(f.accept(inputs)));
        return view(v -> v.type("modal")
                .callbackId(CALLBACK_ID)
                .title(viewTitle(
                        t -> t.type("plain_text").text(SlackText.cut(form.shortTitle(), SlackLimits.MODAL_TITLE))))
                .submit(viewSubmit(
                        t -> t.type("plain_text").text(SlackText.cut(form.submitLabel(), SlackLimits.MODAL_TITLE))))
                .close(viewClose(
                        t -> t.type("plain_text").text(SlackText.cut(form.cancelLabel(), SlackLimits.MODAL_TITLE))))
                .privateMetadata(new ModalMetadata(null, form.lang().code()).encode())
                .blocks(blocks));
    }

    /** The modal, remembering where it was opened so the answer goes back there. */
    public View render(Form form, ModalMetadata metadata) {
        View view = render(form);
        view.setPrivateMetadata(metadata.encode());
        return view;
    }

    /** The submitted values per field (block) id: selected options' values, or the typed text; empty answers left out. */
    public static Map<String, List<String>> read(ViewState state) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, Map<String, ViewState.Value>> blocks =
                state == null || state.getValues() == null ? Map.of() : state.getValues();
        blocks.forEach((blockId, actions) -> {
            ViewState.Value value = actions == null ? null : actions.get(ANSWER);
            if (value == null) {
                return;
            }
            List<String> given = new ArrayList<>();
            if (value.getSelectedOption() != null) {
                given.add(value.getSelectedOption().getValue());
            }
            if (value.getSelectedOptions() != null) {
                value.getSelectedOptions().forEach(o -> given.add(o.getValue()));
            }
            if (value.getValue() != null && !value.getValue().isBlank()) {
                given.add(value.getValue());
            }
            if (!given.isEmpty()) {
                values.put(blockId, List.copyOf(given));
            }
        });
        return values;
    }

    /** Each field as an input block, optional, with its prefill. */
    private static final class Inputs implements Form.Visitor<LayoutBlock> {

        @Override
        public LayoutBlock singleChoice(Form.SingleChoice field) {
            List<OptionObject> options = options(field.choices());
            OptionObject initial = options.stream()
                    .filter(o -> o.getValue().equals(field.selected()))
                    .findFirst()
                    .orElse(null);
            return input(i -> i.blockId(field.id())
                    .optional(true)
                    .label(plainText(label(field)))
                    .element(staticSelect(e -> e.actionId(ANSWER)
                            .options(options)
                            .initialOption(initial)
                            .placeholder(plainText(SlackText.cut(field.placeholder(), SlackLimits.OPTION_TEXT))))));
        }

        @Override
        public LayoutBlock multipleChoice(Form.MultipleChoice field) {
            List<OptionObject> options = options(field.choices());
            List<OptionObject> initial = options.stream()
                    .filter(o -> field.selected().contains(o.getValue()))
                    .toList();
            return input(i -> i.blockId(field.id())
                    .optional(true)
                    .label(plainText(label(field)))
                    .element(checkboxes(e ->
                            e.actionId(ANSWER).options(options).initialOptions(initial.isEmpty() ? null : initial))));
        }

        @Override
        public LayoutBlock text(Form.TextInput field) {
            return input(i -> i.blockId(field.id())
                    .optional(true)
                    .label(plainText(label(field)))
                    .element(plainTextInput(e -> e.actionId(ANSWER)
                            .maxLength(field.maxLength())
                            .initialValue(field.value().isEmpty() ? null : field.value()))));
        }

        private static String label(Form.Field field) {
            return SlackText.cut(field.label(), SlackLimits.INPUT_LABEL);
        }

        private static List<OptionObject> options(List<Form.Choice> choices) {
            return choices.stream()
                    .map(c -> option(plainText(SlackText.cut(c.label(), SlackLimits.OPTION_TEXT)), c.value()))
                    .toList();
        }
    }
}
