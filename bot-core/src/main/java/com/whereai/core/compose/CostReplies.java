package com.whereai.core.compose;

import com.whereai.core.cost.CostEstimator;
import com.whereai.core.cost.CostLine;
import com.whereai.core.cost.CostScenario;
import com.whereai.core.cost.ExcludedCost;
import com.whereai.core.cost.Figure;
import com.whereai.core.cost.OptionCost;
import com.whereai.core.cost.Workload;
import com.whereai.core.cost.WorkloadPart;
import com.whereai.core.cost.WorkloadQuestion;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.CostFigures;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.OptionId;
import com.whereai.knowledge.VramRow;
import com.whereai.knowledge.VramRowText;
import com.whereai.knowledge.prices.ExchangeRate;
import com.whereai.knowledge.prices.Prices;
import com.whereai.knowledge.prices.RentalPrice;
import com.whereai.knowledge.prices.TokenPrice;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Budget scenarios: what each option costs for a team's workload, the cheapest, when buying pays off, ten times the
 * traffic, a chart of the cumulative cost, and how every figure is worked out, with the guide's figures kept apart
 * from the price assumptions.
 */
public final class CostReplies {

    /** How many times above every other option a line may end and still be drawn with them. */
    static final double OFF_SCALE = 5;

    private static final String GUIDE_WARNING = "option.inference-api.con.cost-at-success";

    private final GuideTexts texts;
    private final CostEstimator estimator;

    public CostReplies(GuideTexts texts, CostEstimator estimator) {
        this.texts = texts;
        this.estimator = estimator;
    }

    /** "cost 70b 200 users", "what does it cost to run an 8B model around the clock on a rented server?". */
    public Reply answer(WorkloadQuestion question, Lang lang) {
        Workload workload = question.toWorkload();
        CostScenario scenario = estimator.estimate(workload, question.namedModel());
        MoneyText money = money(question.currencyOrSek());
        Reply.Builder reply = Reply.builder(Intent.COST, lang).title(title(workload, lang));
        reply.summary(summary(scenario, money, lang));
        reply.paragraph(workloadLine(scenario, lang));
        defaults(workload, lang).ifPresent(reply::note);
        reply.add(table(scenario, money, lang));
        cheapest(scenario, money, lang).ifPresent(reply::paragraph);
        breakEvens(reply, scenario, lang);
        tenfold(reply, scenario, money, lang);
        excluded(reply, scenario, lang);
        chart(reply, scenario, money, lang);
        reply.heading(texts.text(lang, "cost.inputs-heading"));
        reply.add(inputs(scenario, money, lang));
        reply.note(sources(scenario, money, lang));
        cite(reply);
        reply.cost(figures(scenario, money, lang));
        return reply.build();
    }

    /** The scenario for a recommendation whose text gave a workload. */
    public CostScenario scenario(WorkloadQuestion question) {
        return estimator.estimate(question.toWorkload(), question.namedModel());
    }

    /** A recommendation's budget part: the table, the cheapest, break-even, the chart and where the figures come from. */
    public void addTo(Reply.Builder reply, CostScenario scenario, String currency, Lang lang) {
        MoneyText money = money(currency);
        reply.divider();
        reply.heading(title(scenario.workload(), lang));
        reply.paragraph(workloadLine(scenario, lang));
        defaults(scenario.workload(), lang).ifPresent(reply::note);
        reply.add(table(scenario, money, lang));
        cheapest(scenario, money, lang).ifPresent(reply::paragraph);
        breakEvens(reply, scenario, lang);
        chart(reply, scenario, money, lang);
        reply.note(sources(scenario, money, lang));
        cite(reply);
        reply.cost(figures(scenario, money, lang));
    }

    /** An option's monthly figure as the ranking shows it ("about 12 340 kr a month"). */
    public String monthly(CostScenario scenario, OptionId option, String currency, Lang lang) {
        MoneyText money = money(currency);
        return scenario.option(option).map(o -> money.sek(o.monthlySek(), lang)).orElse("");
    }

    public MoneyText money(String currency) {
        return estimator
                .rate(currency)
                .map(r -> new MoneyText(r.currency(), r.sek()))
                .orElse(MoneyText.SEK);
    }

    private String title(Workload w, Lang lang) {
        String users = w.users() == 1
                ? texts.text(lang, "cost.users-one")
                : texts.text(lang, "cost.users", count(w.users(), lang));
        return w.namedModel()
                .map(name -> texts.text(lang, "cost.title-named", name, users))
                .orElseGet(() -> texts.text(lang, "cost.title", size(w.modelBillions()), users));
    }

    private String summary(CostScenario scenario, MoneyText money, Lang lang) {
        int months = scenario.workload().horizonMonths();
        return scenario.cheapest()
                .map(c -> texts.text(
                        lang,
                        "cost.summary",
                        months,
                        texts.label(c.option(), lang),
                        money.sek(c.totalSek(months), lang)))
                .orElseGet(() -> texts.text(
                        lang, "cost.summary-none", size(scenario.workload().modelBillions())));
    }

    private String workloadLine(CostScenario scenario, Lang lang) {
        Workload w = scenario.workload();
        String model = w.namedModel().orElseGet(() -> texts.text(lang, "cost.model-size", size(w.modelBillions())));
        String who = w.isDefault(WorkloadPart.REQUESTS) || !w.isDefault(WorkloadPart.USERS)
                ? texts.text(
                        lang, "cost.workload-per-user", count(w.users(), lang), number(w.requestsPerUserPerDay(), lang))
                : texts.text(lang, "cost.workload-total", count(w.users(), lang));
        String hours = w.alwaysOn()
                ? texts.text(lang, "cost.hours-always")
                : texts.text(lang, "cost.hours", number(w.hoursPerDay(), lang));
        return texts.text(
                lang,
                "cost.workload",
                model,
                count(Math.round(w.requestsPerDay()), lang),
                who,
                count(w.tokensIn(), lang),
                count(w.tokensOut(), lang),
                hours,
                number(w.daysPerMonth(), lang),
                w.horizonMonths(),
                number(scenario.memoryGb(), lang),
                scenario.quant());
    }

    private java.util.Optional<String> defaults(Workload w, Lang lang) {
        List<String> assumed = new ArrayList<>();
        for (WorkloadPart part : WorkloadPart.values()) {
            if (!w.isDefault(part)) {
                continue;
            }
            switch (part) {
                case MODEL -> assumed.add(texts.text(lang, "cost.default.model"));
                case USERS -> assumed.add(texts.text(lang, "cost.default.users"));
                case REQUESTS -> assumed.add(texts.text(lang, "cost.default.requests"));
                case TOKENS_IN -> assumed.add(texts.text(lang, "cost.default.tokens-in"));
                case TOKENS_OUT -> assumed.add(texts.text(lang, "cost.default.tokens-out"));
                case HOURS -> assumed.add(texts.text(lang, "cost.default.hours"));
                case DAYS -> assumed.add(texts.text(lang, "cost.default.days", number(w.daysPerMonth(), lang)));
                case HORIZON -> assumed.add(texts.text(lang, "cost.default.horizon"));
            }
        }
        if (assumed.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(texts.text(lang, "cost.defaults", String.join(", ", assumed)));
    }

    private CardElement.Table table(CostScenario scenario, MoneyText money, Lang lang) {
        int horizon = scenario.workload().horizonMonths();
        Set<Integer> columns = new LinkedHashSet<>(List.of(12, 36));
        columns.add(horizon);
        List<String> header = new ArrayList<>(List.of(
                texts.text(lang, "cost.table.option"),
                texts.text(lang, "cost.table.upfront"),
                texts.text(lang, "cost.table.monthly")));
        columns.stream().sorted().forEach(m -> header.add(texts.text(lang, "cost.table.total", m)));
        List<List<String>> rows = new ArrayList<>();
        for (OptionCost o : scenario.options()) {
            List<String> row = new ArrayList<>(List.of(
                    texts.label(o.option(), lang), money.sek(o.upfrontSek(), lang), money.sek(o.monthlySek(), lang)));
            columns.stream().sorted().forEach(m -> row.add(money.sek(o.totalSek(m), lang)));
            rows.add(row);
        }
        List<String> footnotes = scenario.options().stream()
                .map(o -> o.option().guideNumber() + ": " + o.setup())
                .toList();
        return new CardElement.Table(header, rows, footnotes);
    }

    private java.util.Optional<String> cheapest(CostScenario scenario, MoneyText money, Lang lang) {
        int months = scenario.workload().horizonMonths();
        return scenario.cheapest()
                .map(c -> texts.text(
                        lang,
                        "cost.cheapest",
                        texts.label(c.option(), lang),
                        texts.text(lang, "cost.per-month", money.sek(c.monthlySek(), lang)),
                        money.sek(c.totalSek(months), lang),
                        months));
    }

    private void breakEvens(Reply.Builder reply, CostScenario scenario, Lang lang) {
        if (scenario.options().stream().noneMatch(o -> o.upfrontSek() > 0)) {
            return;
        }
        reply.heading(texts.text(lang, "cost.break-even-heading"));
        if (scenario.breakEvens().isEmpty()) {
            reply.paragraph(texts.text(lang, "cost.break-even-none", CostEstimator.MAX_BREAK_EVEN_MONTHS));
            return;
        }
        reply.bullets(scenario.breakEvens().stream()
                .map(b -> texts.text(
                        lang,
                        "cost.break-even",
                        texts.label(b.option(), lang),
                        texts.label(b.versus(), lang),
                        b.months()))
                .toList());
    }

    private void tenfold(Reply.Builder reply, CostScenario scenario, MoneyText money, Lang lang) {
        reply.heading(texts.text(lang, "cost.tenfold-heading"));
        List<String> lines = new ArrayList<>();
        for (OptionCost o : scenario.options()) {
            Double busier = scenario.tenfoldMonthlySek().get(o.option());
            if (busier == null) {
                continue;
            }
            String factor = o.monthlySek() > 0 ? number(busier / o.monthlySek(), lang) : "–";
            lines.add(texts.text(
                    lang,
                    "cost.tenfold",
                    texts.label(o.option(), lang),
                    money.sek(o.monthlySek(), lang),
                    money.sek(busier, lang),
                    factor));
        }
        reply.bullets(lines);
        texts.guide()
                .entry(GUIDE_WARNING)
                .ifPresent(entry -> reply.paragraph(
                        texts.text(lang, "cost.tenfold-guide", entry.body().in(lang))));
    }

    private void excluded(Reply.Builder reply, CostScenario scenario, Lang lang) {
        if (scenario.excluded().isEmpty()) {
            return;
        }
        reply.heading(texts.text(lang, "cost.excluded-heading"));
        reply.bullets(scenario.excluded().stream()
                .map(e -> texts.text(lang, "cost.excluded", texts.label(e.option(), lang), reason(e, lang)))
                .toList());
    }

    /**
     * The cumulative-cost chart, one line per priced option. An option that ends more than {@link #OFF_SCALE} times
     * above every other (one computer per user for a big team) would flatten the rest into the x axis and hide where
     * they cross, so it is left out of the chart and named below it with its total.
     */
    private void chart(Reply.Builder reply, CostScenario scenario, MoneyText money, Lang lang) {
        if (scenario.options().isEmpty()) {
            return;
        }
        int months = scenario.workload().horizonMonths();
        List<OptionCost> drawn = new ArrayList<>(scenario.options());
        drawn.sort(java.util.Comparator.comparingDouble((OptionCost o) -> o.totalSek(months)));
        List<OptionCost> offScale = new ArrayList<>();
        while (drawn.size() > 2
                && drawn.get(drawn.size() - 1).totalSek(months)
                        > OFF_SCALE * drawn.get(drawn.size() - 2).totalSek(months)) {
            offScale.add(0, drawn.remove(drawn.size() - 1));
        }
        List<String> x = new ArrayList<>();
        for (int m = 0; m <= months; m++) {
            x.add(Integer.toString(m));
        }
        List<CardElement.Series> series = new ArrayList<>();
        for (OptionCost o : scenario.options()) {
            if (offScale.contains(o)) {
                continue;
            }
            List<Double> values = new ArrayList<>();
            for (int m = 0; m <= months; m++) {
                values.add((double) money.whole(o.totalSek(m)));
            }
            series.add(new CardElement.Series(o.option().guideNumber(), values, money.sek(o.totalSek(months), lang)));
        }
        reply.add(new CardElement.LineChart(
                texts.text(lang, "cost.chart.caption", money.currency()),
                texts.text(lang, "cost.chart.x"),
                money.currency(),
                x,
                series,
                texts.text(lang, "cost.chart.alt", months)));
        if (!offScale.isEmpty()) {
            reply.note(texts.text(
                    lang,
                    "cost.chart.off-scale",
                    offScale.stream()
                            .map(o -> texts.label(o.option(), lang) + " (" + money.sek(o.totalSek(months), lang) + ")")
                            .collect(java.util.stream.Collectors.joining(", ")),
                    months));
        }
    }

    private CardElement.ItemList inputs(CostScenario scenario, MoneyText money, Lang lang) {
        List<CardElement.Item> items = new ArrayList<>();
        for (OptionCost o : scenario.options()) {
            List<String> lines =
                    o.lines().stream().map(l -> line(l, money, lang)).toList();
            items.add(new CardElement.Item(texts.label(o.option(), lang) + " — " + o.setup(), "", lines, null));
        }
        return new CardElement.ItemList(items);
    }

    private String sources(CostScenario scenario, MoneyText money, Lang lang) {
        Prices prices = estimator.prices();
        String rows = texts.guide().vramTable().stream()
                .map(row -> VramRowText.modelSize(row, lang) + " " + VramRowText.price(row, lang))
                .collect(Collectors.joining("; "));
        List<String> assumptions = new ArrayList<>();
        scenario.option(OptionId.RENTED_SERVER).ifPresent(o -> {
            List<RentalPrice> rentals = prices.rentals();
            String providers =
                    rentals.stream().map(RentalPrice::provider).distinct().collect(Collectors.joining(", "));
            String dates =
                    rentals.stream().map(r -> r.asOf().toString()).distinct().collect(Collectors.joining(", "));
            assumptions.add(texts.text(lang, "cost.sources.rental", providers, dates));
        });
        List<TokenPrice> used = scenario.options().stream()
                .filter(o -> o.upfrontSek() == 0 && o.option() != OptionId.RENTED_SERVER)
                .flatMap(o -> prices.tokenPrices(o.option()).stream())
                .toList();
        if (!used.isEmpty()) {
            String dates =
                    used.stream().map(t -> t.asOf().toString()).distinct().collect(Collectors.joining(", "));
            assumptions.add(texts.text(lang, "cost.sources.tokens", dates));
        }
        assumptions.add(texts.text(
                lang,
                "cost.sources.electricity",
                MoneyText.SEK.unitPrice(prices.electricity().sekPerKwh(), lang),
                prices.electricity().asOf()));
        ExchangeRate usd = prices.rate("USD").orElseThrow();
        List<String> rates = new ArrayList<>();
        rates.add(texts.text(lang, "cost.sources.rate", "USD", number(usd.sek(), lang, 4), usd.asOf()));
        if (!money.currency().equals("SEK") && !money.currency().equals("USD")) {
            prices.rate(money.currency())
                    .ifPresent(r -> rates.add(
                            texts.text(lang, "cost.sources.rate", r.currency(), number(r.sek(), lang, 4), r.asOf())));
        }
        String note = texts.text(
                lang,
                "cost.sources",
                rows,
                scenario.pricesAsOf(),
                String.join("; ", assumptions),
                String.join(", ", rates));
        if (!prices.origin().equals("bundled")) {
            note = note + " " + texts.text(lang, "cost.sources.site", prices.origin());
        }
        return note;
    }

    private void cite(Reply.Builder reply) {
        texts.cite(reply, "topic.buy-vs-rent");
        texts.cite(reply, "topic.token-pricing");
        for (VramRow row : texts.guide().vramTable()) {
            texts.cite(reply, row.id());
        }
        texts.cite(reply, GUIDE_WARNING);
    }

    private CostFigures figures(CostScenario scenario, MoneyText money, Lang lang) {
        Workload w = scenario.workload();
        int horizon = w.horizonMonths();
        List<CostFigures.OptionFigures> options = scenario.options().stream()
                .map(o -> new CostFigures.OptionFigures(
                        o.option().id(),
                        money.whole(o.upfrontSek()),
                        money.whole(o.monthlySek()),
                        money.whole(o.totalSek(12)),
                        money.whole(o.totalSek(36)),
                        money.whole(o.totalSek(horizon)),
                        money.whole(scenario.tenfoldMonthlySek().getOrDefault(o.option(), o.monthlySek())),
                        o.setup(),
                        o.guidePrice()))
                .toList();
        List<CostFigures.ExcludedFigures> excluded = scenario.excluded().stream()
                .map(e -> new CostFigures.ExcludedFigures(e.option().id(), List.of(reason(e, lang))))
                .toList();
        List<CostFigures.BreakEvenFigures> breakEven = scenario.breakEvens().stream()
                .map(b -> new CostFigures.BreakEvenFigures(
                        b.option().id(), b.versus().id(), b.months()))
                .toList();
        List<String> assumed = w.defaulted().stream()
                .map(p -> p.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList();
        return new CostFigures(
                money.currency(),
                scenario.pricesAsOf().toString(),
                money.sekPerUnit(),
                new CostFigures.WorkloadFigures(
                        w.namedModel().orElse(null),
                        w.modelBillions(),
                        w.users(),
                        w.requestsPerDay(),
                        w.tokensIn(),
                        w.tokensOut(),
                        w.hoursPerDay(),
                        w.daysPerMonth(),
                        horizon,
                        scenario.memoryGb(),
                        scenario.quant(),
                        assumed),
                options,
                excluded,
                scenario.cheapest().map(c -> c.option().id()).orElse(null),
                breakEven);
    }

    private String reason(ExcludedCost excluded, Lang lang) {
        return texts.text(
                lang, "cost.excluded." + excluded.reason().key(), args(excluded.reason(), MoneyText.SEK, lang));
    }

    private String line(CostLine line, MoneyText money, Lang lang) {
        return texts.text(lang, "cost.line." + line.key(), args(line, money, lang));
    }

    private Object[] args(CostLine line, MoneyText money, Lang lang) {
        return line.figures().stream().map(f -> figure(f, money, lang)).toArray();
    }

    private static String figure(Figure figure, MoneyText money, Lang lang) {
        if (figure instanceof Figure.Money m) {
            return m.sek() < 100 && m.sek() > 0 ? money.unitPrice(m.sek(), lang) : money.sek(m.sek(), lang);
        }
        if (figure instanceof Figure.Dollars d) {
            return MoneyText.dollars(d.usd(), lang);
        }
        if (figure instanceof Figure.Number n) {
            return number(n.value(), lang, n.decimals());
        }
        return ((Figure.Text) figure).text();
    }

    private static String size(double billions) {
        return (billions == Math.rint(billions) ? Long.toString((long) billions) : Double.toString(billions)) + "B";
    }

    private static String count(long value, Lang lang) {
        return String.format(lang.locale(), "%,d", value);
    }

    private static String number(double value, Lang lang) {
        return value == Math.rint(value)
                ? String.format(lang.locale(), "%,.0f", value)
                : String.format(lang.locale(), "%,.1f", value);
    }

    private static String number(double value, Lang lang, int decimals) {
        return String.format(lang.locale(), "%,." + decimals + "f", value);
    }
}
