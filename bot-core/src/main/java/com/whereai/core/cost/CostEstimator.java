package com.whereai.core.cost;

import com.whereai.core.fit.ModelFitCalculator;
import com.whereai.core.fit.NamedModelEstimator;
import com.whereai.core.fit.Precision;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.OptionId;
import com.whereai.knowledge.VramRow;
import com.whereai.knowledge.catalogue.CatalogueModel;
import com.whereai.knowledge.catalogue.KvCacheType;
import com.whereai.knowledge.catalogue.Quant;
import com.whereai.knowledge.prices.ExchangeRate;
import com.whereai.knowledge.prices.GpuSpec;
import com.whereai.knowledge.prices.OwnHardware;
import com.whereai.knowledge.prices.Prices;
import com.whereai.knowledge.prices.RentalPrice;
import com.whereai.knowledge.prices.TokenPrice;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Works out a {@link CostScenario}: for each of the guide's options what it costs up front and a month to serve the
 * workload, from the guide's hardware prices (its VRAM table) and the price file's assumptions. All arithmetic is in
 * {@link CostFormulas}; this class only picks the inputs.
 *
 * <ul>
 *   <li>1: one computer of the guide's row per user (everyone runs their own copy), electricity while it answers;
 *   <li>2A: servers of the guide's row, enough to hold the model and keep up at the busy time, on around the clock;
 *   <li>2B: the rented GPU setup that costs least a month, billed for the hours in use;
 *   <li>3, 4, 5: tokens a month × the price per million tokens of the smallest listed model at least this size.
 * </ul>
 */
public final class CostEstimator {

    /**
     * More GPUs than this in one machine is not a setup the price file or the guide prices; a model that needs more to
     * hold it would be split over several machines, which the guide does not cover. More machines to keep up with
     * traffic (copies of the model) are counted.
     */
    public static final int MAX_GPUS_PER_MACHINE = 8;
    /** Break-even points further out than this are not worth naming. */
    public static final int MAX_BREAK_EVEN_MONTHS = 120;

    /** The years a purchase is written off over in the cost lines (the message says "3 years"). */
    static final int WRITE_OFF_YEARS = 3;

    private static final double GB_PER_GIB = NamedModelEstimator.GB_PER_GIB;

    private final Prices prices;
    private final List<VramRow> table;
    private final NamedModelEstimator named;
    private final ModelFitCalculator sizes = new ModelFitCalculator();

    public CostEstimator(Guide guide, Prices prices, NamedModelEstimator named) {
        this.prices = prices;
        this.table = guide.vramTable();
        this.named = named;
    }

    public Prices prices() {
        return prices;
    }

    public Optional<ExchangeRate> rate(String currency) {
        return prices.rate(currency);
    }

    public CostScenario estimate(Workload workload, Optional<CatalogueModel> model) {
        Need need = need(workload, model);
        List<OptionCost> options = new ArrayList<>();
        List<ExcludedCost> excluded = new ArrayList<>();
        Map<OptionId, Double> tenfold = new EnumMap<>(OptionId.class);
        Workload busier = workload.timesTraffic(CostScenario.TRAFFIC_FACTOR);
        for (OptionId option : OptionId.values()) {
            Result result = cost(option, workload, need);
            if (result.cost() != null) {
                options.add(result.cost());
                Result atTenfold = cost(option, busier, need);
                if (atTenfold.cost() != null) {
                    tenfold.put(option, atTenfold.cost().monthlySek());
                }
            } else {
                excluded.add(new ExcludedCost(option, result.reason()));
            }
        }
        return new CostScenario(
                workload,
                prices.asOf(),
                need.memoryGb(),
                need.quant(),
                options,
                excluded,
                breakEvens(options),
                tenfold);
    }

    private Result cost(OptionId option, Workload w, Need need) {
        return switch (option) {
            case LOCAL -> local(w, need);
            case OWN_SERVER -> ownServer(w, need);
            case RENTED_SERVER -> rented(w, need);
            case INFERENCE_API, CLOUD_PLATFORM, PROPRIETARY_API -> tokens(option, w);
        };
    }

    private Result local(Workload w, Need need) {
        VramRow row = row(w, need);
        if (row.isOpenEnded()) {
            return Result.excluded(
                    CostLine.of("local-too-big", Figure.number(need.memoryGb(), 0), Figure.text(row.label())));
        }
        OwnHardware hardware = own(row);
        double price = guidePrice(row);
        double tokensPerSecond = tokensPerSecond(hardware.gpu(), need);
        double requestsPerMonth = CostFormulas.requestsPerMonth(w.requestsPerDay(), w.daysPerMonth());
        double busyHours = CostFormulas.busyHoursPerMonth(requestsPerMonth, w.tokensOut(), tokensPerSecond);
        double kwhPrice = prices.electricity().sekPerKwh();
        double monthly =
                CostFormulas.electricity(hardware.gpus(), hardware.gpu().powerW(), busyHours, kwhPrice);
        double upfront = w.users() * price;
        List<CostLine> lines = List.of(
                CostLine.of(
                        "local-computers",
                        Figure.number(w.users(), 0),
                        Figure.text(row.label()),
                        Figure.money(price),
                        Figure.money(upfront)),
                speedLine(hardware.gpus(), hardware.gpu(), need, tokensPerSecond),
                CostLine.of(
                        "electricity-busy",
                        Figure.number(busyHours, 1),
                        Figure.number(hardware.gpus() * hardware.gpu().powerW(), 0),
                        Figure.money(kwhPrice),
                        Figure.money(monthly)),
                CostLine.of(
                        "write-off",
                        Figure.money(upfront),
                        Figure.money(CostFormulas.writeOffPerMonth(upfront, WRITE_OFF_YEARS))));
        return Result.of(
                new OptionCost(OptionId.LOCAL, upfront, monthly, w.users() + " × " + row.label(), lines, true));
    }

    private Result ownServer(Workload w, Need need) {
        VramRow row = row(w, need);
        OwnHardware hardware = own(row);
        double price = guidePrice(row);
        double serverGb = hardware.gpus() * hardware.gpu().vramGb() * GB_PER_GIB;
        int forMemory = CostFormulas.devicesForMemory(need.memoryGb(), serverGb);
        if (forMemory * hardware.gpus() > MAX_GPUS_PER_MACHINE) {
            return Result.excluded(CostLine.of(
                    "too-big-for-one-server",
                    Figure.number(need.memoryGb(), 0),
                    Figure.number(MAX_GPUS_PER_MACHINE, 0),
                    Figure.text(hardware.gpu().name())));
        }
        double tokensPerSecond = tokensPerSecond(hardware.gpu(), need);
        double demand = CostFormulas.demandTokensPerSecond(w.requestsPerDay(), w.tokensOut(), w.hoursPerDay());
        int forSpeed = CostFormulas.machinesForThroughput(
                demand, tokensPerSecond, prices.serving().parallelAnswers());
        int servers = Math.max(forMemory, forSpeed);
        double upfront = servers * price;
        double hours =
                CostFormulas.hoursPerMonth(CostFormulas.HOURS_PER_DAY, WorkloadDefaults.DAYS_PER_MONTH_ALWAYS_ON);
        int gpus = servers * hardware.gpus();
        double kwhPrice = prices.electricity().sekPerKwh();
        double monthly = CostFormulas.electricity(gpus, hardware.gpu().powerW(), hours, kwhPrice);
        List<CostLine> lines = List.of(
                CostLine.of(
                        "own-servers",
                        Figure.number(servers, 0),
                        Figure.text(row.label()),
                        Figure.money(price),
                        Figure.money(upfront),
                        Figure.number(forMemory, 0),
                        Figure.number(forSpeed, 0)),
                speedLine(hardware.gpus(), hardware.gpu(), need, tokensPerSecond),
                demandLine(w, demand),
                CostLine.of(
                        "electricity-always-on",
                        Figure.number(gpus, 0),
                        Figure.number(hardware.gpu().powerW(), 0),
                        Figure.number(hours, 0),
                        Figure.money(kwhPrice),
                        Figure.money(monthly)),
                CostLine.of(
                        "write-off",
                        Figure.money(upfront),
                        Figure.money(CostFormulas.writeOffPerMonth(upfront, WRITE_OFF_YEARS))),
                CostLine.of("not-counted-staff"));
        String setup = servers + " × " + row.label() + " (" + gpus(hardware.gpus(), hardware.gpu()) + ")";
        return Result.of(new OptionCost(OptionId.OWN_SERVER, upfront, monthly, setup, lines, true));
    }

    private Result rented(Workload w, Need need) {
        double demand = CostFormulas.demandTokensPerSecond(w.requestsPerDay(), w.tokensOut(), w.hoursPerDay());
        double hours = CostFormulas.hoursPerMonth(w.hoursPerDay(), w.daysPerMonth());
        OptionCost best = null;
        for (RentalPrice rental : prices.rentals()) {
            GpuSpec gpu = rental.gpu();
            int perMachine = CostFormulas.devicesForMemory(need.memoryGb(), gpu.vramGb() * GB_PER_GIB);
            if (perMachine > MAX_GPUS_PER_MACHINE) {
                continue;
            }
            double tokensPerSecond = tokensPerSecond(gpu, need);
            int machines = CostFormulas.machinesForThroughput(
                    demand, tokensPerSecond, prices.serving().parallelAnswers());
            int gpus = machines * perMachine;
            double usd = CostFormulas.rent(gpus, rental.usdPerHour(), hours);
            double monthly = CostFormulas.toSek(usd, usdRate());
            if (best != null && best.monthlySek() <= monthly) {
                continue;
            }
            List<CostLine> lines = List.of(
                    CostLine.of(
                            "rented-gpus",
                            Figure.number(machines, 0),
                            Figure.number(perMachine, 0),
                            Figure.text(gpu.name()),
                            Figure.text(rental.provider()),
                            Figure.dollars(rental.usdPerHour())),
                    speedLine(perMachine, gpu, need, tokensPerSecond),
                    demandLine(w, demand),
                    CostLine.of(
                            "rent",
                            Figure.number(gpus, 0),
                            Figure.dollars(rental.usdPerHour()),
                            Figure.number(w.hoursPerDay(), 0),
                            Figure.number(w.daysPerMonth(), 1),
                            Figure.number(hours, 0),
                            Figure.dollars(usd),
                            Figure.money(monthly)));
            String setup = gpus + " × " + gpu.name() + ", " + rental.provider();
            best = new OptionCost(OptionId.RENTED_SERVER, 0, monthly, setup, lines, false);
        }
        if (best == null) {
            return Result.excluded(CostLine.of(
                    "no-rental-holds", Figure.number(need.memoryGb(), 0), Figure.number(MAX_GPUS_PER_MACHINE, 0)));
        }
        return Result.of(best);
    }

    private Result tokens(OptionId option, Workload w) {
        Optional<TokenPrice> price = prices.tokenPrices(option).stream()
                .filter(p -> p.servesUpToB() >= w.modelBillions() - 1e-9)
                .findFirst();
        if (price.isEmpty()) {
            double largest = prices.tokenPrices(option).stream()
                    .mapToDouble(TokenPrice::servesUpToB)
                    .max()
                    .orElse(0);
            return Result.excluded(
                    CostLine.of("no-token-price", Figure.number(w.modelBillions(), 0), Figure.number(largest, 0)));
        }
        TokenPrice p = price.get();
        double requests = CostFormulas.requestsPerMonth(w.requestsPerDay(), w.daysPerMonth());
        double in = CostFormulas.tokensPerMonth(requests, w.tokensIn());
        double out = CostFormulas.tokensPerMonth(requests, w.tokensOut());
        double usd = CostFormulas.tokenCost(in, out, p.usdPerMInput(), p.usdPerMOutput());
        double monthly = CostFormulas.toSek(usd, usdRate());
        List<CostLine> lines = List.of(
                CostLine.of(
                        "requests",
                        Figure.number(w.requestsPerDay(), 0),
                        Figure.number(w.daysPerMonth(), 1),
                        Figure.number(requests, 0)),
                CostLine.of(
                        "tokens",
                        Figure.number(in / CostFormulas.TOKENS_PER_MILLION, 2),
                        Figure.dollars(p.usdPerMInput()),
                        Figure.number(out / CostFormulas.TOKENS_PER_MILLION, 2),
                        Figure.dollars(p.usdPerMOutput()),
                        Figure.dollars(usd),
                        Figure.money(monthly)));
        return Result.of(new OptionCost(option, 0, monthly, p.provider() + " " + p.model(), lines, false));
    }

    private List<BreakEven> breakEvens(List<OptionCost> options) {
        List<BreakEven> found = new ArrayList<>();
        for (OptionCost buy : options) {
            if (buy.upfrontSek() <= 0) {
                continue;
            }
            for (OptionCost other : options) {
                if (other == buy) {
                    continue;
                }
                OptionalInt months = CostFormulas.breakEvenMonths(
                        buy.upfrontSek(), buy.monthlySek(), other.upfrontSek(), other.monthlySek());
                if (months.isPresent() && months.getAsInt() <= MAX_BREAK_EVEN_MONTHS) {
                    found.add(new BreakEven(buy.option(), other.option(), months.getAsInt()));
                }
            }
        }
        return found;
    }

    /** The guide's row for the model: the closest by size, or a larger one whose hardware holds what it needs. */
    private VramRow row(Workload w, Need need) {
        VramRow closest = sizes.closestGuideRow(table, w.modelBillions());
        for (int i = table.indexOf(closest); i < table.size(); i++) {
            VramRow row = table.get(i);
            OwnHardware hardware = own(row);
            if (row.isOpenEnded() || hardware.gpus() * hardware.gpu().vramGb() * GB_PER_GIB >= need.memoryGb()) {
                return row;
            }
        }
        return table.get(table.size() - 1);
    }

    private OwnHardware own(VramRow row) {
        return prices.ownHardware(row.id())
                .orElseThrow(() -> new IllegalStateException("the price file has no hardware for " + row.id()));
    }

    /** The guide's price for the row's machine: the top of a range, the floor of an open one ("40 000 kr +"). */
    static double guidePrice(VramRow row) {
        return row.priceMax().orElse(row.priceSekMin());
    }

    private double tokensPerSecond(GpuSpec gpu, Need need) {
        return CostFormulas.decodeTokensPerSecond(
                gpu.bandwidthGbS(), need.activeWeightsGb(), prices.serving().efficiency());
    }

    /** How fast one answer is written on this hardware: bandwidth ÷ weights × efficiency. */
    private CostLine speedLine(int count, GpuSpec gpu, Need need, double tokensPerSecond) {
        return CostLine.of(
                "speed",
                Figure.text(gpus(count, gpu)),
                Figure.number(gpu.bandwidthGbS(), 0),
                Figure.number(need.activeWeightsGb(), 1),
                Figure.number(prices.serving().efficiency(), 2),
                Figure.number(tokensPerSecond, 0));
    }

    /** Output tokens a second at the busy time, and how many answers a machine writes at once. */
    private CostLine demandLine(Workload w, double demand) {
        return CostLine.of(
                "demand",
                Figure.number(w.requestsPerDay(), 0),
                Figure.number(w.tokensOut(), 0),
                Figure.number(w.hoursPerDay(), 0),
                Figure.number(demand, 1),
                Figure.number(prices.serving().parallelAnswers(), 0));
    }

    private double usdRate() {
        return prices.rate("USD").orElseThrow().sek();
    }

    private static String gpus(int count, GpuSpec gpu) {
        return count == 1 ? gpu.name() : count + " × " + gpu.name();
    }

    private Need need(Workload w, Optional<CatalogueModel> model) {
        String quantId = prices.serving().quant();
        if (model.isPresent()) {
            Optional<Quant> quant = named.catalogue().quant(quantId);
            Optional<KvCacheType> f16 = named.catalogue().kvCacheType("f16");
            if (quant.isPresent() && f16.isPresent()) {
                var estimate =
                        named.estimate(model.get(), quant.get(), NamedModelEstimator.DEFAULT_CONTEXT, f16.get(), 1);
                double share = (double) model.get().activeParams() / model.get().params();
                return new Need(estimate.totalGb(), estimate.weightsGb() * share, quantId);
            }
        }
        Precision precision = Precision.find(quantId).orElse(Precision.Q4_K_M);
        var estimate = sizes.estimate(w.modelBillions(), precision, ModelFitCalculator.DEFAULT_CONTEXT);
        double active = w.activeBillions() * precision.bitsPerWeight() / 8.0;
        return new Need(estimate.totalGb(), active, precision.label());
    }

    /** What the model needs: memory to hold it, and the weights read per token (fewer for a mixture of experts). */
    private record Need(double memoryGb, double activeWeightsGb, String quant) {}

    private record Result(OptionCost cost, CostLine reason) {
        static Result of(OptionCost cost) {
            return new Result(cost, null);
        }

        static Result excluded(CostLine reason) {
            return new Result(null, reason);
        }
    }
}
