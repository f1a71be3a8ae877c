package com.whereai.core.cost;

import com.whereai.knowledge.catalogue.CatalogueModel;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The workload as the team wrote it: each part present or null. {@link #toWorkload()} fills the missing parts with
 * {@link WorkloadDefaults} and remembers which ones, so the reply can name them.
 *
 * @param model a catalogue model the text named, or null (then {@code modelBillions} or the default size counts)
 * @param requestsPerUserPerDay questions per person a day ("20 questions a day each"), or null
 * @param requestsPerDay questions a day in total ("5 000 requests a day"), or null
 * @param currency the currency to show ("SEK", "USD", "EUR"), or null for SEK
 */
public record WorkloadQuestion(
        Double modelBillions,
        CatalogueModel model,
        Long users,
        Double requestsPerUserPerDay,
        Double requestsPerDay,
        Integer tokensIn,
        Integer tokensOut,
        Double hoursPerDay,
        Double daysPerMonth,
        Integer horizonMonths,
        String currency) {

    public static final WorkloadQuestion NOTHING_GIVEN =
            new WorkloadQuestion(null, null, null, null, null, null, null, null, null, null, null);

    /**
     * True when the text gave its traffic: questions a day, tokens per question or hours in use (a head count or a
     * horizon alone does not make a workload to price).
     */
    public boolean describesTraffic() {
        return requestsPerUserPerDay != null
                || requestsPerDay != null
                || tokensIn != null
                || tokensOut != null
                || hoursPerDay != null;
    }

    /** True when the text gave how much is asked: questions a day or tokens per question. */
    public boolean givesVolume() {
        return requestsPerUserPerDay != null || requestsPerDay != null || tokensIn != null || tokensOut != null;
    }

    /** True when the text gave any part of a workload: the model, users, traffic, hours or months. */
    public boolean givesAnyPart() {
        return describesTraffic() || users != null || horizonMonths != null || modelBillions != null || model != null;
    }

    public String currencyOrSek() {
        return currency == null ? "SEK" : currency;
    }

    /**
     * The same question with the model size and the head count a situation gave, where the workload's own text left
     * them out (what the workload says wins); null keeps a part missing.
     */
    public WorkloadQuestion orFromSituation(Double situationBillions, Long situationUsers) {
        boolean noModel = modelBillions == null && model == null;
        return new WorkloadQuestion(
                noModel ? situationBillions : modelBillions,
                model,
                users == null ? situationUsers : users,
                requestsPerUserPerDay,
                requestsPerDay,
                tokensIn,
                tokensOut,
                hoursPerDay,
                daysPerMonth,
                horizonMonths,
                currency);
    }

    /** The workload with every missing part set to its default. */
    public Workload toWorkload() {
        Set<WorkloadPart> defaulted = EnumSet.noneOf(WorkloadPart.class);
        double billions;
        double active;
        String name = null;
        if (model != null) {
            billions = model.params() / 1e9;
            active = model.activeParams() / 1e9;
            name = model.name();
        } else if (modelBillions != null) {
            billions = modelBillions;
            active = modelBillions;
        } else {
            billions = WorkloadDefaults.MODEL_BILLIONS;
            active = billions;
            defaulted.add(WorkloadPart.MODEL);
        }
        long people;
        double perDay;
        if (requestsPerDay != null) {
            perDay = requestsPerDay;
            people = users != null ? users : 1;
            if (users == null) {
                defaulted.add(WorkloadPart.USERS);
            }
        } else {
            people = users != null ? users : WorkloadDefaults.USERS;
            if (users == null) {
                defaulted.add(WorkloadPart.USERS);
            }
            double each =
                    requestsPerUserPerDay != null ? requestsPerUserPerDay : WorkloadDefaults.REQUESTS_PER_USER_PER_DAY;
            if (requestsPerUserPerDay == null) {
                defaulted.add(WorkloadPart.REQUESTS);
            }
            perDay = people * each;
        }
        int in = value(tokensIn, WorkloadDefaults.TOKENS_IN, WorkloadPart.TOKENS_IN, defaulted);
        int out = value(tokensOut, WorkloadDefaults.TOKENS_OUT, WorkloadPart.TOKENS_OUT, defaulted);
        double hours = hoursPerDay != null ? hoursPerDay : WorkloadDefaults.HOURS_PER_DAY;
        if (hoursPerDay == null) {
            defaulted.add(WorkloadPart.HOURS);
        }
        double days = daysPerMonth != null
                ? daysPerMonth
                : hours >= 24 ? WorkloadDefaults.DAYS_PER_MONTH_ALWAYS_ON : WorkloadDefaults.WORKDAYS_PER_MONTH;
        if (daysPerMonth == null) {
            defaulted.add(WorkloadPart.DAYS);
        }
        int horizon = value(horizonMonths, WorkloadDefaults.HORIZON_MONTHS, WorkloadPart.HORIZON, defaulted);
        return new Workload(
                billions,
                name,
                Math.min(active, billions),
                people,
                perDay,
                in,
                out,
                hours,
                days,
                Math.min(horizon, Workload.MAX_HORIZON_MONTHS),
                defaulted);
    }

    private static int value(Integer given, int fallback, WorkloadPart part, Set<WorkloadPart> defaulted) {
        if (given == null) {
            defaulted.add(part);
            return fallback;
        }
        return given;
    }

    public Optional<CatalogueModel> namedModel() {
        return Optional.ofNullable(model);
    }
}
