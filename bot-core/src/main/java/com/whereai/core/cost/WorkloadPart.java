package com.whereai.core.cost;

/** The parts of a workload; a reply names each part that was not given and so took its default. */
public enum WorkloadPart {
    MODEL,
    USERS,
    REQUESTS,
    TOKENS_IN,
    TOKENS_OUT,
    HOURS,
    DAYS,
    HORIZON
}
