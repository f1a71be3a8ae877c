package com.whereai.core.reply;

import com.whereai.knowledge.Lang;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form as submitted on any surface: the form's id, each field's values (one for a single choice or a text,
 * any number for a multiple choice; empty and unknown fields may be left out), the form's language and who
 * submitted it.
 */
public record FormSubmission(String formId, Map<String, List<String>> values, Lang lang, String userId) {

    public FormSubmission {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((field, v) -> copy.put(
                field,
                v.stream()
                        .filter(s -> s != null && !s.isBlank())
                        .map(String::strip)
                        .toList()));
        values = Map.copyOf(copy);
    }
}
