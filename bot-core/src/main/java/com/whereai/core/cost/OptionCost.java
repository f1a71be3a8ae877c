package com.whereai.core.cost;

import com.whereai.knowledge.OptionId;
import java.util.List;

/**
 * What one option costs for the workload, in kronor, with the inputs that give the figures.
 *
 * @param setup what the option runs on, in one line ("2 × NVIDIA A100 80GB SXM at RunPod Secure Cloud")
 * @param guidePrice true when the up-front figure is the guide's own hardware price
 */
public record OptionCost(
        OptionId option, double upfrontSek, double monthlySek, String setup, List<CostLine> lines, boolean guidePrice) {

    public OptionCost {
        lines = List.copyOf(lines);
    }

    public double totalSek(int months) {
        return CostFormulas.total(upfrontSek, monthlySek, months);
    }
}
