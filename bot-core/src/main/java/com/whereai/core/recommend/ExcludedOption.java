package com.whereai.core.recommend;

import com.whereai.knowledge.OptionId;
import java.util.List;

/** An option a hard constraint rules out, with the guide's reasons. */
public record ExcludedOption(OptionId option, List<Reason> reasons) {

    public ExcludedOption {
        reasons = List.copyOf(reasons);
    }
}
