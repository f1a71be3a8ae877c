package com.whereai.core.fit;

/**
 * An estimate of the memory a model needs, all in GB (10^9 bytes).
 *
 * @param layers and {@code kvDimension}: the assumed Llama-like architecture behind the KV cache figure
 */
public record VramEstimate(
        double billionParameters,
        Precision precision,
        int contextTokens,
        int layers,
        int kvDimension,
        double weightsGb,
        double kvCacheGb,
        double overheadGb,
        double totalGb) {}
