package com.whereai.knowledge.prices;

import com.whereai.knowledge.KnowledgeException;
import com.whereai.knowledge.OptionId;
import com.whereai.knowledge.prices.PricesFile.GpuEntry;
import com.whereai.knowledge.prices.PricesFile.OwnHardwareEntry;
import com.whereai.knowledge.prices.PricesFile.RateEntry;
import com.whereai.knowledge.prices.PricesFile.RentalEntry;
import com.whereai.knowledge.prices.PricesFile.TokenPriceEntry;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks what the YAML parser cannot and builds the typed {@link Prices}: every figure above zero and within reason,
 * every figure with its date and source, dates not after the file's own, GPU ids unique and known where referred to,
 * every row of the guide's VRAM table given its GPUs, token prices only for the hosted options (3, 4, 5), and the
 * exchange rates the replies offer (USD, EUR). All problems are reported at once, each naming the file and the field.
 */
final class PricesValidator {

    static final Set<String> REQUIRED_RATES = Set.of("USD", "EUR");
    private static final Set<OptionId> HOSTED =
            EnumSet.of(OptionId.INFERENCE_API, OptionId.CLOUD_PLATFORM, OptionId.PROPRIETARY_API);
    private static final int MAX_GPUS_PER_SERVER = 8;

    private final String file;
    private final String origin;
    private final PricesFile prices;
    private final Set<String> vramRowIds;
    private final List<String> problems = new ArrayList<>();
    private LocalDate asOf;

    PricesValidator(String file, String origin, PricesFile prices, Set<String> vramRowIds) {
        this.file = file;
        this.origin = origin;
        this.prices = prices;
        this.vramRowIds = new TreeSet<>(vramRowIds);
    }

    Prices validate() {
        asOf = date("as_of", prices.asOf(), null);
        List<ExchangeRate> rates = rates();
        Electricity electricity = electricity();
        Serving serving = serving();
        Map<String, GpuSpec> gpus = gpus();
        List<RentalPrice> rentals = rentals(gpus);
        List<OwnHardware> own = ownHardware(gpus);
        List<TokenPrice> tokens = tokenPrices();
        if (!problems.isEmpty()) {
            throw new KnowledgeException(String.join("\n", problems));
        }
        return new Prices(origin, asOf, rates, electricity, serving, List.copyOf(gpus.values()), rentals, own, tokens);
    }

    private List<ExchangeRate> rates() {
        List<ExchangeRate> rates = new ArrayList<>();
        List<RateEntry> entries = list("exchange_rates", prices.exchangeRates());
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < entries.size(); i++) {
            RateEntry e = entries.get(i);
            String at = "exchange_rates[" + i + "]";
            String currency = text(at + ".currency", e.currency());
            if (currency != null && !currency.matches("[A-Z]{3}")) {
                problem(at + ".currency", "must be a three-letter code in capitals such as USD, was " + currency);
                currency = null;
            } else if (currency != null && (currency.equals("SEK") || !seen.add(currency))) {
                problem(at + ".currency", currency.equals("SEK") ? "SEK is the base" : "given twice: " + currency);
                currency = null;
            }
            Double sek = positive(at + ".sek", e.sek(), 1_000);
            LocalDate day = date(at + ".as_of", e.asOf(), asOf);
            String source = text(at + ".source", e.source());
            if (currency != null && sek != null && day != null && source != null) {
                rates.add(new ExchangeRate(currency, sek, day, source));
            }
        }
        for (String required : REQUIRED_RATES) {
            if (!seen.contains(required)) {
                problem("exchange_rates", "needs a rate for " + required);
            }
        }
        return rates;
    }

    private Electricity electricity() {
        var e = prices.electricity();
        if (e == null) {
            problem("electricity", "missing");
            return null;
        }
        Double sek = positive("electricity.sek_per_kwh", e.sekPerKwh(), 100);
        LocalDate day = date("electricity.as_of", e.asOf(), asOf);
        String source = text("electricity.source", e.source());
        return sek == null || day == null || source == null
                ? null
                : new Electricity(
                        sek, day, source, Optional.ofNullable(e.note()).filter(n -> !n.isBlank()));
    }

    private Serving serving() {
        var s = prices.serving();
        if (s == null) {
            problem("serving", "missing");
            return null;
        }
        Integer parallel = s.parallelAnswers();
        if (parallel == null) {
            problem("serving.parallel_answers", "missing");
        } else if (parallel < 1 || parallel > 256) {
            problem("serving.parallel_answers", "must be 1 to 256, was " + parallel);
        }
        String parallelSource = text("serving.parallel_answers_source", s.parallelAnswersSource());
        Double efficiency = positive("serving.efficiency", s.efficiency(), 1);
        String efficiencySource = text("serving.efficiency_source", s.efficiencySource());
        String decodeSource = text("serving.decode_rule_source", s.decodeRuleSource());
        String quant = text("serving.quant", s.quant());
        String quantSource = text("serving.quant_source", s.quantSource());
        if (parallel == null
                || parallelSource == null
                || efficiency == null
                || efficiencySource == null
                || decodeSource == null
                || quant == null
                || quantSource == null) {
            return null;
        }
        return new Serving(parallel, parallelSource, efficiency, efficiencySource, decodeSource, quant, quantSource);
    }

    private Map<String, GpuSpec> gpus() {
        Map<String, GpuSpec> gpus = new LinkedHashMap<>();
        List<GpuEntry> entries = list("gpus", prices.gpus());
        for (int i = 0; i < entries.size(); i++) {
            GpuEntry e = entries.get(i);
            String at = "gpus[" + i + "]";
            String id = text(at + ".id", e.id());
            if (id != null && gpus.containsKey(id)) {
                problem(at + ".id", "given twice: " + id);
                id = null;
            }
            String name = text(at + ".name", e.name());
            Integer vram = e.vramGb();
            if (vram == null || vram < 1 || vram > 1024) {
                problem(at + ".vram_gb", vram == null ? "missing" : "must be 1 to 1024, was " + vram);
                vram = null;
            }
            Double bandwidth = positive(at + ".bandwidth_gb_s", e.bandwidthGbS(), 100_000);
            Integer power = e.powerW();
            if (power == null || power < 1 || power > 5_000) {
                problem(at + ".power_w", power == null ? "missing" : "must be 1 to 5000, was " + power);
                power = null;
            }
            String source = text(at + ".source", e.source());
            if (id != null && name != null && vram != null && bandwidth != null && power != null && source != null) {
                gpus.put(id, new GpuSpec(id, name, vram, bandwidth, power, source));
            }
        }
        return gpus;
    }

    private List<RentalPrice> rentals(Map<String, GpuSpec> gpus) {
        List<RentalPrice> rentals = new ArrayList<>();
        List<RentalEntry> entries = list("rentals", prices.rentals());
        for (int i = 0; i < entries.size(); i++) {
            RentalEntry e = entries.get(i);
            String at = "rentals[" + i + "]";
            GpuSpec gpu = gpu(at + ".gpu", e.gpu(), gpus);
            String provider = text(at + ".provider", e.provider());
            Double usd = positive(at + ".usd_per_hour", e.usdPerHour(), 1_000);
            LocalDate day = date(at + ".as_of", e.asOf(), asOf);
            String source = text(at + ".source", e.source());
            if (gpu != null && provider != null && usd != null && day != null && source != null) {
                rentals.add(new RentalPrice(gpu, provider, usd, day, source, note(e.note())));
            }
        }
        rentals.sort(Comparator.comparingDouble(RentalPrice::usdPerHour));
        return rentals;
    }

    private List<OwnHardware> ownHardware(Map<String, GpuSpec> gpus) {
        List<OwnHardware> own = new ArrayList<>();
        List<OwnHardwareEntry> entries = list("own_hardware", prices.ownHardware());
        Set<String> rows = new TreeSet<>();
        for (int i = 0; i < entries.size(); i++) {
            OwnHardwareEntry e = entries.get(i);
            String at = "own_hardware[" + i + "]";
            String row = text(at + ".row", e.row());
            if (row != null && !vramRowIds.contains(row)) {
                problem(at + ".row", "not a row of the guide's VRAM table " + vramRowIds + ": " + row);
                row = null;
            } else if (row != null && !rows.add(row)) {
                problem(at + ".row", "given twice: " + row);
                row = null;
            }
            GpuSpec gpu = gpu(at + ".gpu", e.gpu(), gpus);
            Integer count = e.gpus();
            if (count == null || count < 1 || count > MAX_GPUS_PER_SERVER) {
                problem(at + ".gpus", count == null ? "missing" : "must be 1 to 8, was " + count);
                count = null;
            }
            if (row != null && gpu != null && count != null) {
                own.add(new OwnHardware(row, gpu, count, note(e.note())));
            }
        }
        for (String row : vramRowIds) {
            if (!rows.contains(row)) {
                problem("own_hardware", "needs the GPUs for the guide's row " + row);
            }
        }
        return own;
    }

    private List<TokenPrice> tokenPrices() {
        List<TokenPrice> tokens = new ArrayList<>();
        List<TokenPriceEntry> entries = list("token_prices", prices.tokenPrices());
        for (int i = 0; i < entries.size(); i++) {
            TokenPriceEntry e = entries.get(i);
            String at = "token_prices[" + i + "]";
            OptionId option = null;
            String optionText = text(at + ".option", e.option());
            if (optionText != null) {
                option = OptionId.fromIdOrNumber(optionText).orElse(null);
                if (option == null || !HOSTED.contains(option)) {
                    problem(
                            at + ".option",
                            "must be inference-api, cloud-platform or proprietary-api, was " + optionText);
                    option = null;
                }
            }
            String provider = text(at + ".provider", e.provider());
            String model = text(at + ".model", e.model());
            Double upTo = positive(at + ".serves_up_to_b", e.servesUpToB(), 100_000);
            Double in = positive(at + ".usd_per_million_input", e.usdPerMillionInput(), 10_000);
            Double out = positive(at + ".usd_per_million_output", e.usdPerMillionOutput(), 10_000);
            LocalDate day = date(at + ".as_of", e.asOf(), asOf);
            String source = text(at + ".source", e.source());
            if (option != null
                    && provider != null
                    && model != null
                    && upTo != null
                    && in != null
                    && out != null
                    && day != null
                    && source != null) {
                tokens.add(new TokenPrice(option, provider, model, upTo, in, out, day, source, note(e.note())));
            }
        }
        tokens.sort(Comparator.comparing(TokenPrice::option).thenComparingDouble(TokenPrice::servesUpToB));
        return tokens;
    }

    private GpuSpec gpu(String field, String id, Map<String, GpuSpec> gpus) {
        String gpu = text(field, id);
        if (gpu == null) {
            return null;
        }
        GpuSpec spec = gpus.get(gpu);
        if (spec == null) {
            problem(field, "not a GPU listed under gpus " + gpus.keySet() + ": " + gpu);
        }
        return spec;
    }

    private <T> List<T> list(String field, List<T> list) {
        if (list == null || list.isEmpty()) {
            problem(field, "missing or empty");
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                problem(field + "[" + i + "]", "empty entry");
            }
        }
        return list.stream().filter(java.util.Objects::nonNull).toList();
    }

    private String text(String field, String value) {
        if (value == null || value.isBlank()) {
            problem(field, "missing");
            return null;
        }
        return value.strip();
    }

    private Double positive(String field, Double value, double max) {
        if (value == null) {
            problem(field, "missing");
            return null;
        }
        if (!Double.isFinite(value) || value <= 0 || value > max) {
            problem(field, "must be above 0 and at most " + (long) max + ", was " + value);
            return null;
        }
        return value;
    }

    private LocalDate date(String field, String value, LocalDate notAfter) {
        if (value == null || value.isBlank()) {
            problem(field, "missing (a date such as 2026-12-02)");
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (notAfter != null && day.isAfter(notAfter)) {
                problem(field, "is after the file's as_of " + notAfter + ": " + day);
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            problem(field, "not a date such as 2026-12-02: " + value);
            return null;
        }
    }

    private static Optional<String> note(String note) {
        return Optional.ofNullable(note).filter(n -> !n.isBlank()).map(String::strip);
    }

    private void problem(String field, String message) {
        problems.add(file + ": " + field + ": " + message);
    }
}
