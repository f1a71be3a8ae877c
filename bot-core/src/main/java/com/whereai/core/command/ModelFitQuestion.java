package com.whereai.core.command;

import com.whereai.core.fit.Precision;
import java.util.Optional;

/**
 * A model-fit question: any of the figures may be missing.
 *
 * @param billionParameters model size, or null ("what fits in 24 GB?")
 * @param precision         the precision asked about, or null for an overview
 * @param contextTokens     context length, or null for the default
 * @param availableGb       the memory to fit into, or null ("how much VRAM for 70b?")
 */
public record ModelFitQuestion(
        Double billionParameters, Precision precision, Integer contextTokens, Double availableGb) {

    public Optional<Double> size() {
        return Optional.ofNullable(billionParameters);
    }

    public Optional<Precision> precisionAsked() {
        return Optional.ofNullable(precision);
    }

    public Optional<Integer> context() {
        return Optional.ofNullable(contextTokens);
    }

    public Optional<Double> available() {
        return Optional.ofNullable(availableGb);
    }
}
