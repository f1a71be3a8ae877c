package com.whereai.core.cost;

import java.util.OptionalInt;

/**
 * Every formula of a budget scenario, and nothing else: the estimator and the tests call these, so each figure a reply
 * shows can be worked out by hand from the inputs it names. Money is in whatever currency the arguments are in.
 */
public final class CostFormulas {

    public static final double TOKENS_PER_MILLION = 1_000_000;
    public static final double SECONDS_PER_HOUR = 3600;
    public static final double WATTS_PER_KILOWATT = 1000;
    public static final double HOURS_PER_DAY = 24;
    public static final int MONTHS_PER_YEAR = 12;

    private CostFormulas() {}

    /** Questions a month: questions a day × days a month. */
    public static double requestsPerMonth(double requestsPerDay, double daysPerMonth) {
        return requestsPerDay * daysPerMonth;
    }

    /** Tokens a month: questions a month × tokens per question. */
    public static double tokensPerMonth(double requestsPerMonth, int tokensPerRequest) {
        return requestsPerMonth * tokensPerRequest;
    }

    /** Pay per token: input tokens / 1 M × price per 1 M input + output tokens / 1 M × price per 1 M output. */
    public static double tokenCost(
            double inputTokens, double outputTokens, double pricePerMillionIn, double pricePerMillionOut) {
        return inputTokens / TOKENS_PER_MILLION * pricePerMillionIn
                + outputTokens / TOKENS_PER_MILLION * pricePerMillionOut;
    }

    /**
     * Tokens a second one answer is written at: memory bandwidth / weights × efficiency (decoding reads every weight
     * once per token; real engines reach a share of that ceiling).
     */
    public static double decodeTokensPerSecond(double bandwidthGbPerSecond, double activeWeightsGb, double efficiency) {
        return bandwidthGbPerSecond / activeWeightsGb * efficiency;
    }

    /** Output tokens a second at the busy time: the day's answers spread evenly over the hours in use. */
    public static double demandTokensPerSecond(double requestsPerDay, int tokensOut, double hoursPerDay) {
        return requestsPerDay * tokensOut / (hoursPerDay * SECONDS_PER_HOUR);
    }

    /** Machines needed to keep up: demand / (one answer's speed × answers at once), rounded up, at least one. */
    public static int machinesForThroughput(double demandTokensPerSecond, double tokensPerSecond, int parallelAnswers) {
        return Math.max(1, (int) Math.ceil(demandTokensPerSecond / (tokensPerSecond * parallelAnswers) - 1e-9));
    }

    /** Devices needed to hold the model: memory needed / memory per device, rounded up, at least one. */
    public static int devicesForMemory(double neededGb, double gbPerDevice) {
        return Math.max(1, (int) Math.ceil(neededGb / gbPerDevice - 1e-9));
    }

    /** Hours a month a machine runs: hours a day × days a month. */
    public static double hoursPerMonth(double hoursPerDay, double daysPerMonth) {
        return hoursPerDay * daysPerMonth;
    }

    /** Rent: GPUs × price per GPU-hour × hours billed. */
    public static double rent(int gpus, double pricePerGpuHour, double hoursBilled) {
        return gpus * pricePerGpuHour * hoursBilled;
    }

    /** Hours a month a GPU spends answering: questions a month × tokens per answer / tokens a second / 3600. */
    public static double busyHoursPerMonth(double requestsPerMonth, int tokensOut, double tokensPerSecond) {
        return requestsPerMonth * tokensOut / tokensPerSecond / SECONDS_PER_HOUR;
    }

    /** Electricity: GPUs × watts / 1000 × hours × price per kWh. */
    public static double electricity(int gpus, int watts, double hours, double pricePerKwh) {
        return gpus * watts / WATTS_PER_KILOWATT * hours * pricePerKwh;
    }

    /** A purchase written off evenly: price / (years × 12) a month. */
    public static double writeOffPerMonth(double purchasePrice, int years) {
        return purchasePrice / (years * MONTHS_PER_YEAR);
    }

    /** What has been paid after {@code months}: up front + a month's cost × months. */
    public static double total(double upfront, double monthly, int months) {
        return upfront + monthly * months;
    }

    /**
     * The first whole month after which paying more up front has cost less in total than the other way: (up front −
     * other's up front) / (other's monthly − monthly), rounded up. Empty when it never does (it costs more each month
     * too, or the same).
     */
    public static OptionalInt breakEvenMonths(
            double upfront, double monthly, double otherUpfront, double otherMonthly) {
        double saved = otherMonthly - monthly;
        double extra = upfront - otherUpfront;
        if (saved <= 0 || extra <= 0) {
            return OptionalInt.empty();
        }
        double months = Math.ceil(extra / saved - 1e-9);
        return months > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) months);
    }

    /** An amount in kronor in another currency: kronor / kronor per unit. */
    public static double fromSek(double sek, double sekPerUnit) {
        return sek / sekPerUnit;
    }

    /** An amount in another currency in kronor: amount × kronor per unit. */
    public static double toSek(double amount, double sekPerUnit) {
        return amount * sekPerUnit;
    }
}
