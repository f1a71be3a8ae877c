package com.whereai.core.cost;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a team will run: the model, how many ask it how often, how long the answers are, when it is in use and over how
 * many months the money is counted. Every figure is set; {@link #defaulted()} says which ones the team did not give.
 *
 * @param modelBillions the model's size in billions of parameters
 * @param modelName the catalogue model's name when the team named one ("Llama 3.1 70B Instruct"), else null
 * @param activeBillions the parameters read per token (a mixture of experts reads fewer than it has)
 * @param users people who ask it
 * @param requestsPerDay questions a day, all users together
 * @param tokensIn tokens sent per question (question, instructions, pasted text)
 * @param tokensOut tokens in each answer
 * @param hoursPerDay hours a day it is in use (24 when always on); the questions are spread over them
 * @param daysPerMonth days a month it is in use
 * @param horizonMonths months the totals and the chart run over
 */
public record Workload(
        double modelBillions,
        String modelName,
        double activeBillions,
        long users,
        double requestsPerDay,
        int tokensIn,
        int tokensOut,
        double hoursPerDay,
        double daysPerMonth,
        int horizonMonths,
        Set<WorkloadPart> defaulted) {

    public static final int MAX_HORIZON_MONTHS = 120;

    public Workload {
        if (!(modelBillions > 0) || !(activeBillions > 0) || activeBillions > modelBillions) {
            throw new IllegalArgumentException("model size must be positive, active parameters at most the total");
        }
        if (users < 1 || !(requestsPerDay >= 0) || tokensIn < 0 || tokensOut < 1) {
            throw new IllegalArgumentException("users, requests and tokens must be positive");
        }
        if (!(hoursPerDay > 0) || hoursPerDay > 24 || !(daysPerMonth > 0) || daysPerMonth > 31) {
            throw new IllegalArgumentException("hours a day 0-24, days a month 0-31");
        }
        if (horizonMonths < 1 || horizonMonths > MAX_HORIZON_MONTHS) {
            throw new IllegalArgumentException("horizon 1-" + MAX_HORIZON_MONTHS + " months");
        }
        defaulted = defaulted.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(defaulted));
    }

    public Optional<String> namedModel() {
        return Optional.ofNullable(modelName);
    }

    public boolean isDefault(WorkloadPart part) {
        return defaulted.contains(part);
    }

    public boolean alwaysOn() {
        return hoursPerDay >= 24;
    }

    public double requestsPerUserPerDay() {
        return requestsPerDay / users;
    }

    /** The same workload with {@code factor} times the questions (the "what if it succeeds" case). */
    public Workload timesTraffic(double factor) {
        return new Workload(
                modelBillions,
                modelName,
                activeBillions,
                users,
                requestsPerDay * factor,
                tokensIn,
                tokensOut,
                hoursPerDay,
                daysPerMonth,
                horizonMonths,
                defaulted);
    }
}
