package com.whereai.core.reply;

import com.whereai.knowledge.Lang;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A platform-neutral form, ready to show: every label written in the form's language, the prefilled values,
 * and an error per field that the last submission got wrong. Slack shows it as a modal, Teams as a card with
 * inputs; a surface without forms shows the fields as text. Submitted values come back to the bot as a
 * {@link FormSubmission}.
 *
 * @param id          which form this is, echoed by the submission
 * @param lang        the language of every label, which the submission's reply keeps
 * @param shortTitle  a title of at most 24 characters (Slack's modal title)
 * @param intro       one paragraph above the fields
 * @param submitLabel the submit button's label
 * @param cancelLabel the cancel button's label, where the platform has one
 * @param textHint    how to give the same answers by typing, for surfaces without forms
 */
public record Form(
        String id,
        Lang lang,
        String title,
        String shortTitle,
        String intro,
        List<Field> fields,
        String submitLabel,
        String cancelLabel,
        String textHint) {

    public Form {
        fields = List.copyOf(fields);
    }

    /** Field id to error message, in field order; empty when the form has no errors. */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        fields.forEach(f -> f.error().ifPresent(e -> errors.put(f.id(), e)));
        return errors;
    }

    /** One of a form's inputs. Renderers implement {@link Visitor} to show each kind. */
    public sealed interface Field {
        String id();

        String label();

        /** What was wrong with this field's last submitted value, in the form's language. */
        Optional<String> error();

        <R> R accept(Visitor<R> visitor);
    }

    public interface Visitor<R> {
        R singleChoice(SingleChoice field);

        R multipleChoice(MultipleChoice field);

        R text(TextInput field);
    }

    /** Pick at most one. @param selected the prefilled choice's value, or empty */
    public record SingleChoice(
            String id, String label, String placeholder, List<Choice> choices, String selected, String errorText)
            implements Field {
        public SingleChoice {
            choices = List.copyOf(choices);
            selected = selected == null ? "" : selected;
        }

        @Override
        public Optional<String> error() {
            return Optional.ofNullable(errorText);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.singleChoice(this);
        }
    }

    /** Pick any number. */
    public record MultipleChoice(String id, String label, List<Choice> choices, List<String> selected, String errorText)
            implements Field {
        public MultipleChoice {
            choices = List.copyOf(choices);
            selected = List.copyOf(selected);
        }

        @Override
        public Optional<String> error() {
            return Optional.ofNullable(errorText);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.multipleChoice(this);
        }
    }

    /** A short typed value ("70b", "24"). */
    public record TextInput(String id, String label, String placeholder, int maxLength, String value, String errorText)
            implements Field {
        public TextInput {
            value = value == null ? "" : value;
        }

        @Override
        public Optional<String> error() {
            return Optional.ofNullable(errorText);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }
    }

    /** @param value what the submission carries back; @param label what the user reads */
    public record Choice(String value, String label) {}
}
