package com.whereai.knowledge.prices;

import com.whereai.knowledge.GuideLoader;
import com.whereai.knowledge.OptionId;
import com.whereai.knowledge.VramRow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The price assumptions behind budget scenarios: exchange rates, electricity, GPU figures, rental and token prices.
 * None of them is the guide's (the guide's own figures, the hardware prices per model size, stay in its VRAM table);
 * each carries its unit, date and source. Immutable. {@link #bundled()} is the dated file in the jar; a site replaces
 * it with its own through {@code WHERE_AI_PRICES} ({@link #loadFrom(Path)}).
 */
public final class Prices {

    public static final String BUNDLED_NAME = "prices.yaml";

    private static volatile Prices bundled;

    private final String origin;
    private final LocalDate asOf;
    private final Map<String, ExchangeRate> rates;
    private final Electricity electricity;
    private final Serving serving;
    private final List<GpuSpec> gpus;
    private final List<RentalPrice> rentals;
    private final List<OwnHardware> ownHardware;
    private final List<TokenPrice> tokenPrices;

    Prices(
            String origin,
            LocalDate asOf,
            List<ExchangeRate> rates,
            Electricity electricity,
            Serving serving,
            List<GpuSpec> gpus,
            List<RentalPrice> rentals,
            List<OwnHardware> ownHardware,
            List<TokenPrice> tokenPrices) {
        this.origin = origin;
        this.asOf = asOf;
        this.rates = rates.stream().collect(Collectors.toUnmodifiableMap(ExchangeRate::currency, r -> r));
        this.electricity = electricity;
        this.serving = serving;
        this.gpus = List.copyOf(gpus);
        this.rentals = List.copyOf(rentals);
        this.ownHardware = List.copyOf(ownHardware);
        this.tokenPrices = List.copyOf(tokenPrices);
    }

    /** The price file shipped in the jar. */
    public static Prices bundled() {
        Prices loaded = bundled;
        if (loaded == null) {
            synchronized (Prices.class) {
                loaded = bundled;
                if (loaded == null) {
                    loaded = PricesLoader.bundled(vramRowIds());
                    bundled = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * A site's own price file, in the bundled file's format.
     *
     * @throws com.whereai.knowledge.KnowledgeException naming the file and the field of every problem found
     */
    public static Prices loadFrom(Path file) {
        return PricesLoader.from(file, vramRowIds());
    }

    /** The file named by {@code WHERE_AI_PRICES} when it is set and not blank, else the bundled one. */
    public static Prices fromSetting(String whereAiPrices) {
        return whereAiPrices == null || whereAiPrices.isBlank() ? bundled() : loadFrom(Path.of(whereAiPrices.strip()));
    }

    private static Set<String> vramRowIds() {
        return GuideLoader.loadBundled().vramTable().stream().map(VramRow::id).collect(Collectors.toSet());
    }

    /** Where the figures come from: {@code bundled} or the site file's name. */
    public String origin() {
        return origin;
    }

    /** The day the figures were collected; each figure also has its own date. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Kronor per unit of {@code currency}; SEK is 1. */
    public Optional<ExchangeRate> rate(String currency) {
        String code = currency.toUpperCase(Locale.ROOT);
        if (code.equals("SEK")) {
            return Optional.of(new ExchangeRate("SEK", 1, asOf, "—"));
        }
        return Optional.ofNullable(rates.get(code));
    }

    public List<ExchangeRate> rates() {
        return rates.values().stream()
                .sorted(Comparator.comparing(ExchangeRate::currency))
                .toList();
    }

    public Electricity electricity() {
        return electricity;
    }

    public Serving serving() {
        return serving;
    }

    public List<GpuSpec> gpus() {
        return gpus;
    }

    /** On-demand rental prices, cheapest per GPU-hour first. */
    public List<RentalPrice> rentals() {
        return rentals;
    }

    public Optional<OwnHardware> ownHardware(String vramRowId) {
        return ownHardware.stream().filter(h -> h.row().equals(vramRowId)).findFirst();
    }

    public List<OwnHardware> ownHardware() {
        return ownHardware;
    }

    /** The option's token prices, smallest model first. */
    public List<TokenPrice> tokenPrices(OptionId option) {
        return tokenPrices.stream().filter(t -> t.option() == option).toList();
    }

    public List<TokenPrice> tokenPrices() {
        return tokenPrices;
    }
}
