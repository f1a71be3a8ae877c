package com.whereai.core.recommend;

import com.whereai.knowledge.OptionId;
import java.util.List;

/**
 * An option that stays in the running, with its score (0..1) and the reasons for and against it.
 *
 * @param baseScore the weighted stars alone, before the guide's pros and cons for this team are counted
 */
public record RankedOption(
        OptionId option, double score, double baseScore, List<Reason> reasons, List<Reason> caveats) {

    public RankedOption {
        reasons = List.copyOf(reasons);
        caveats = List.copyOf(caveats);
    }
}
