package com.whereai.knowledge;

import java.util.List;

/**
 * A flat view of one piece of the guide, with the stable id replies cite as a source.
 *
 * @param optionId the option the entry belongs to, or null for entries about no single option
 * @param aliases  words users call it by (may be empty)
 */
public record KnowledgeEntry(
        String id, EntryKind kind, OptionId optionId, LocalizedText title, LocalizedText body, List<String> aliases) {

    public KnowledgeEntry {
        aliases = List.copyOf(aliases);
    }
}
