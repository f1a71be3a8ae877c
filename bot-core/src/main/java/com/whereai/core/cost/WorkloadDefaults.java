package com.whereai.core.cost;

/**
 * What a budget scenario assumes for a part of the workload the team did not give. These are where-ai's assumptions,
 * not the guide's and not prices; every reply that uses one names it.
 */
public final class WorkloadDefaults {

    /** Llama 3.1 8B: the model where-ai's own local answers use by default ({@code OLLAMA_MODEL}). */
    public static final double MODEL_BILLIONS = 8;

    public static final long USERS = 10;
    public static final double REQUESTS_PER_USER_PER_DAY = 20;
    /** A question with some instructions and pasted text. */
    public static final int TOKENS_IN = 1000;
    /** An answer of a few paragraphs. */
    public static final int TOKENS_OUT = 500;
    /** Office hours. */
    public static final double HOURS_PER_DAY = 8;
    /** Working days in a month. */
    public static final double WORKDAYS_PER_MONTH = 21;
    /** Every day of an average month (365 / 12), when it runs around the clock. */
    public static final double DAYS_PER_MONTH_ALWAYS_ON = 365.0 / 12;
    /** Three years: the longest of the contract's totals (12 and 36 months). */
    public static final int HORIZON_MONTHS = 36;

    private WorkloadDefaults() {}
}
