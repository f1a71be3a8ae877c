package com.whereai.knowledge.catalogue;

import java.util.List;

/**
 * An Apple Silicon chip and its base unified memory (larger configurations are sold).
 *
 * @param baseMemoryGb the smallest configuration in GB, which Apple means as GiB
 */
public record AppleChip(String id, String name, int baseMemoryGb, String source, List<String> aliases) {

    public AppleChip {
        aliases = List.copyOf(aliases);
    }
}
