package com.whereai.core.fit;

import com.whereai.knowledge.VramRow;
import java.util.List;
import java.util.Optional;

/**
 * Estimates the VRAM a model needs:
 * <pre>
 *   weights  = parameters × bits per weight / 8
 *   KV cache = 2 (K and V) × layers × KV dimension × context tokens × 2 bytes (fp16)
 *   total    = (weights + KV cache) × 1.10   (runtime buffers and CUDA context, about 10 %)
 * </pre>
 * Layers and KV dimension are those of a typical Llama-like model of that size with grouped-query
 * attention (8 KV heads × 128), since the user rarely knows them.
 */
public final class ModelFitCalculator {

    public static final int DEFAULT_CONTEXT = 4096;
    public static final double OVERHEAD = 0.10;
    public static final double TIGHT_MARGIN = 0.10;
    private static final int KV_DIMENSION = 8 * 128;
    private static final int KV_BYTES = 2;

    /** Common open-model sizes, in billions, for "what is the largest I can run". */
    private static final List<Double> COMMON_SIZES =
            List.of(1.0, 3.0, 7.0, 8.0, 13.0, 14.0, 24.0, 27.0, 32.0, 70.0, 72.0, 123.0, 405.0);

    public VramEstimate estimate(double billionParameters, Precision precision, int contextTokens) {
        if (!(billionParameters > 0) || contextTokens < 0) {
            throw new IllegalArgumentException("model size must be positive and context non-negative");
        }
        int layers = layersFor(billionParameters);
        double weights = billionParameters * precision.bitsPerWeight() / 8.0;
        double kv = 2.0 * layers * KV_DIMENSION * (double) contextTokens * KV_BYTES / 1e9;
        double overhead = (weights + kv) * OVERHEAD;
        return new VramEstimate(
                billionParameters,
                precision,
                contextTokens,
                layers,
                KV_DIMENSION,
                weights,
                kv,
                overhead,
                weights + kv + overhead);
    }

    public FitVerdict verdict(VramEstimate estimate, double availableGb) {
        if (estimate.totalGb() > availableGb) {
            return FitVerdict.DOES_NOT_FIT;
        }
        return estimate.totalGb() > availableGb * (1 - TIGHT_MARGIN) ? FitVerdict.TIGHT : FitVerdict.FITS;
    }

    /** The best-quality precision on the ladder that fits, if any. */
    public Optional<Precision> bestFitting(double billionParameters, int contextTokens, double availableGb) {
        return Precision.LADDER.stream()
                .filter(p ->
                        verdict(estimate(billionParameters, p, contextTokens), availableGb) != FitVerdict.DOES_NOT_FIT)
                .findFirst();
    }

    /** The largest common model size that fits at this precision, if any. */
    public Optional<Double> largestFitting(double availableGb, Precision precision, int contextTokens) {
        Double best = null;
        for (double size : COMMON_SIZES) {
            if (verdict(estimate(size, precision, contextTokens), availableGb) != FitVerdict.DOES_NOT_FIT) {
                best = size;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The row of the guide's VRAM table closest to this model size (by ratio; above 100B, the ">100B" row). */
    public VramRow closestGuideRow(List<VramRow> table, double billionParameters) {
        VramRow closest = table.get(0);
        double bestDistance = Double.MAX_VALUE;
        for (VramRow row : table) {
            if (row.isOpenEnded() && billionParameters > row.billionParameters()) {
                return row;
            }
            double distance = Math.abs(Math.log(billionParameters / row.billionParameters()));
            if (distance < bestDistance) {
                bestDistance = distance;
                closest = row;
            }
        }
        return closest;
    }

    static int layersFor(double billionParameters) {
        if (billionParameters <= 1.5) {
            return 16;
        }
        if (billionParameters <= 4) {
            return 28;
        }
        if (billionParameters <= 10) {
            return 32;
        }
        if (billionParameters <= 20) {
            return 40;
        }
        if (billionParameters <= 40) {
            return 64;
        }
        if (billionParameters <= 90) {
            return 80;
        }
        if (billionParameters <= 200) {
            return 96;
        }
        return 126;
    }
}
