package com.whereai.knowledge.prices;

import com.whereai.knowledge.OptionId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a hosted model costs per million tokens, in US dollars.
 *
 * @param option the guide's option it prices (3, 4 or 5)
 * @param servesUpToB the largest model size, in billions of parameters, this entry stands for
 */
public record TokenPrice(
        OptionId option,
        String provider,
        String model,
        double servesUpToB,
        double usdPerMInput,
        double usdPerMOutput,
        LocalDate asOf,
        String source,
        Optional<String> note) {}
