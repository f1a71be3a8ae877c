package com.whereai.knowledge.prices;

import java.util.List;

/**
 * The shape of a price file as written (snake_case keys). Every field is nullable so that the validator, not the
 * parser, reports what is missing, naming the file and the field.
 */
record PricesFile(
        String asOf,
        String note,
        List<RateEntry> exchangeRates,
        ElectricityEntry electricity,
        ServingEntry serving,
        List<GpuEntry> gpus,
        List<RentalEntry> rentals,
        List<OwnHardwareEntry> ownHardware,
        List<TokenPriceEntry> tokenPrices) {

    record RateEntry(String currency, Double sek, String asOf, String source) {}

    record ElectricityEntry(Double sekPerKwh, String asOf, String source, String note) {}

    record ServingEntry(
            Integer parallelAnswers,
            String parallelAnswersSource,
            Double efficiency,
            String efficiencySource,
            String decodeRuleSource,
            String quant,
            String quantSource) {}

    record GpuEntry(String id, String name, Integer vramGb, Double bandwidthGbS, Integer powerW, String source) {}

    record RentalEntry(String gpu, String provider, Double usdPerHour, String asOf, String source, String note) {}

    record OwnHardwareEntry(String row, String gpu, Integer gpus, String note) {}

    record TokenPriceEntry(
            String option,
            String provider,
            String model,
            Double servesUpToB,
            Double usdPerMillionInput,
            Double usdPerMillionOutput,
            String asOf,
            String source,
            String note) {}
}
