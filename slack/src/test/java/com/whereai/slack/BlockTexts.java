package com.whereai.slack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every text a person would see in a Block Kit payload, joined by newlines. */
public final class BlockTexts {

    private BlockTexts() {}

    public static String of(JsonNode blocks) {
        List<String> texts = new ArrayList<>();
        collect(blocks, texts);
        return String.join("\n", texts);
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isArray()) {
            node.forEach(child -> collect(child, texts));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().equals("text") && field.getValue().isTextual()) {
                    texts.add(field.getValue().asText());
                } else if (!field.getKey().equals("value")) {
                    collect(field.getValue(), texts);
                }
            }
        }
    }
}
