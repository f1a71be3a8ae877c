package com.whereai.knowledge.catalogue;

import java.util.OptionalInt;

/**
 * How much of a Mac's unified memory the GPU may use by default, for memory up to {@code upToGb} (no limit for the
 * last rule): {@code numerator / denominator}, for example 2/3 up to 36 GB and 3/4 above.
 */
public record GpuShare(OptionalInt upToGb, int numerator, int denominator, String source) {

    public double fraction() {
        return (double) numerator / denominator;
    }

    public boolean covers(double memoryGb) {
        return upToGb.isEmpty() || memoryGb <= upToGb.getAsInt();
    }
}
