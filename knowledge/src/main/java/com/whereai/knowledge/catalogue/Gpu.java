package com.whereai.knowledge.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * A GPU people name, with its memory as sold.
 *
 * @param vramGb the figure on the box ("24 GB")
 * @param vramGib the memory in GiB; GPU makers' "GB" of VRAM are binary, so it equals {@code vramGb}
 */
public record Gpu(
        String id,
        String name,
        int vramGb,
        double vramGib,
        Optional<String> note,
        String source,
        List<String> aliases) {

    public Gpu {
        aliases = List.copyOf(aliases);
    }
}
