package com.whereai.teams.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.whereai.core.reply.Form;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submitted form card's {@code activity.value} read back into field values: Teams sends every input id with
 * its value as a string (a choice set's values comma-separated, a toggle "true" or "false").
 */
public final class FormValues {

    private FormValues() {}

    public static Map<String, List<String>> read(Form form, JsonNode value) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Form.Field field : form.fields()) {
            List<String> given = field.accept(new Form.Visitor<List<String>>() {
                @Override
                public List<String> singleChoice(Form.SingleChoice f) {
                    String v = value.path(f.id()).asText("");
                    return v.isBlank() ? List.of() : Arrays.asList(v.split(","));
                }

                @Override
                public List<String> multipleChoice(Form.MultipleChoice f) {
                    List<String> on = new ArrayList<>();
                    f.choices().forEach(c -> {
                        if ("true"
                                .equals(value.path(f.id() + AdaptiveCardRenderer.CHOICE_SEPARATOR + c.value())
                                        .asText())) {
                            on.add(c.value());
                        }
                    });
                    return on;
                }

                @Override
                public List<String> text(Form.TextInput f) {
                    String v = value.path(f.id()).asText("");
                    return v.isBlank() ? List.of() : List.of(v);
                }
            });
            if (!given.isEmpty()) {
                values.put(field.id(), given);
            }
        }
        return values;
    }
}
