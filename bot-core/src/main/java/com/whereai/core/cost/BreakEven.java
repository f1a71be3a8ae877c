package com.whereai.core.cost;

import com.whereai.knowledge.OptionId;

/** Buying {@code option} has cost less in total than {@code versus} after {@code months}. */
public record BreakEven(OptionId option, OptionId versus, int months) {}
