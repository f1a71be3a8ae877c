package com.whereai.knowledge;

import java.util.List;

/** Any other part of the guide: Ollama's steps, token pricing, the summary advice and so on. */
public record Topic(
        String id, List<String> aliases, LocalizedText title, LocalizedText text, List<LocalizedText> points) {

    public Topic {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        points = points == null ? List.of() : List.copyOf(points);
    }
}
