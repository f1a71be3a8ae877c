package com.whereai.core.reply;

import java.util.Objects;

/**
 * The figures of a model-fit reply, written as {@code "fit"} in {@code ask --json} (DESIGN.md): the precision asked,
 * or the best one that fits. All sizes in GB (10⁹ bytes).
 *
 * @param model the catalogue model's id, or null for a model known only by its size
 * @param paramsB the parameters in billions, or null when no model size fits ("what fits in 4 GB?")
 * @param precision the precision or quant the figures are for ("Q4_K_M", "fp16")
 * @param context the context length in tokens
 * @param weightsGb the weights
 * @param kvGb the KV cache
 * @param totalGb everything the model needs
 * @param availableGb the memory it must fit in, or null when none was given
 * @param fits whether it fits (tight counts), or null when no memory was given
 */
public record FitFigures(
        String model,
        Double paramsB,
        String precision,
        int context,
        double weightsGb,
        double kvGb,
        double totalGb,
        Double availableGb,
        Boolean fits) {

    public FitFigures {
        Objects.requireNonNull(precision);
    }
}
