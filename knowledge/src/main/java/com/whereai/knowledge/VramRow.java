package com.whereai.knowledge;

import java.util.Optional;

/**
 * One row of the guide's VRAM table: a model size, the VRAM it needs, and the kind and price of
 * machine that has it. An absent maximum means open-ended ("80+ GB", "40 000 kr +").
 */
public record VramRow(
        String id,
        String label,
        double billionParameters,
        Boolean moreThan,
        Integer vramGbMin,
        Integer vramGbMax,
        LocalizedText machine,
        Integer priceSekMin,
        Integer priceSekMax) {

    public VramRow {
        moreThan = Boolean.TRUE.equals(moreThan);
    }

    /** True for the open-ended row (">100B"). */
    public boolean isOpenEnded() {
        return moreThan;
    }

    public Optional<Integer> vramMax() {
        return Optional.ofNullable(vramGbMax);
    }

    public Optional<Integer> priceMax() {
        return Optional.ofNullable(priceSekMax);
    }
}
