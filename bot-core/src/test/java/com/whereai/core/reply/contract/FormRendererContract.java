package com.whereai.core.reply.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.TestBot;
import com.whereai.core.reply.Form;
import com.whereai.core.reply.FormRenderer;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every form renderer keeps (Slack modal, Teams card, text): every form of the
 * {@link ReplyCatalogue} renders within the platform's limits and shows every field's label and every choice.
 */
public abstract class FormRendererContract<T> {

    private static final Map<String, Form> FORMS = ReplyCatalogue.forms(TestBot.BOT);

    protected abstract FormRenderer<T> renderer();

    protected abstract void assertWithinLimits(String name, T rendered) throws Exception;

    protected abstract String visibleText(T rendered) throws Exception;

    static Stream<Arguments> forms() {
        return FORMS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void every_form_renders_within_the_limits_with_every_label_and_choice(String name, Form form) throws Exception {
        T rendered = renderer().render(form);

        assertWithinLimits(name, rendered);
        String shown = visibleText(rendered);
        for (Form.Field field : form.fields()) {
            assertThat(shown).as(name).contains(field.label());
            field.accept(new Form.Visitor<Void>() {
                @Override
                public Void singleChoice(Form.SingleChoice f) {
                    f.choices().forEach(c -> assertThat(shown).as(name).contains(c.label()));
                    return null;
                }

                @Override
                public Void multipleChoice(Form.MultipleChoice f) {
                    f.choices().forEach(c -> assertThat(shown).as(name).contains(c.label()));
                    return null;
                }

                @Override
                public Void text(Form.TextInput f) {
                    return null;
                }
            });
        }
    }
}
