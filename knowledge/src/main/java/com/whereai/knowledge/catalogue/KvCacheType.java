package com.whereai.knowledge.catalogue;

import java.util.List;

/** A KV cache precision (llama.cpp {@code --cache-type-k/-v}): f16, q8_0 or q4_0, with its bytes per element. */
public record KvCacheType(String id, double bytesPerElement, List<String> aliases, String source) {

    public KvCacheType {
        aliases = List.copyOf(aliases);
    }
}
