package com.whereai.knowledge;

import java.util.List;
import java.util.Map;

/** One of the guide's deployment options with its explanation, pros, cons, providers and stars. */
public record DeploymentOption(
        String id,
        String guideNumber,
        LocalizedText name,
        LocalizedText shortName,
        List<String> aliases,
        LocalizedText summary,
        LocalizedText howItWorks,
        List<OptionPoint> pros,
        List<OptionPoint> cons,
        List<Provider> providers,
        LocalizedText whenToPick,
        List<String> see,
        Map<String, Integer> ratings) {

    public DeploymentOption {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        pros = pros == null ? List.of() : List.copyOf(pros);
        cons = cons == null ? List.of() : List.copyOf(cons);
        providers = providers == null ? List.of() : List.copyOf(providers);
        see = see == null ? List.of() : List.copyOf(see);
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
    }

    public OptionId optionId() {
        return OptionId.fromIdOrNumber(id).orElseThrow();
    }

    public String entryId() {
        return "option." + id;
    }

    /** The guide's stars (1..5) for one criterion. */
    public int stars(CriterionId criterion) {
        return ratings.get(criterion.id());
    }

    /** The guide's stars in the criteria order of the table. */
    public int[] starsInOrder() {
        CriterionId[] all = CriterionId.values();
        int[] stars = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            stars[i] = stars(all[i]);
        }
        return stars;
    }
}
