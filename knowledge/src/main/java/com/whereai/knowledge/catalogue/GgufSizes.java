package com.whereai.knowledge.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Published GGUF file sizes of one model in GB (10⁹ bytes), by quant id ({@code Q4_K_M}, {@code Q8_0}, {@code F16}).
 *
 * @param fileGb sizes published as such
 * @param derivedGb sizes derived from a published one (F16 as half the published f32 file)
 * @param source where the sizes are from
 */
public record GgufSizes(Map<String, Double> fileGb, Map<String, Double> derivedGb, String source) {

    public GgufSizes {
        fileGb = Collections.unmodifiableMap(new LinkedHashMap<>(fileGb));
        derivedGb = Collections.unmodifiableMap(new LinkedHashMap<>(derivedGb));
    }

    /** The published size for a quant, else the derived one. */
    public Optional<Double> gb(String quant) {
        Double published = fileGb.get(quant);
        return published != null ? Optional.of(published) : Optional.ofNullable(derivedGb.get(quant));
    }
}
