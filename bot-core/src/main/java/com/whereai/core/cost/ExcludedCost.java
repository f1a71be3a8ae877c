package com.whereai.core.cost;

import com.whereai.knowledge.OptionId;

/** An option that cannot serve the workload's model, and why (the message {@code cost.excluded.<key>}). */
public record ExcludedCost(OptionId option, CostLine reason) {}
