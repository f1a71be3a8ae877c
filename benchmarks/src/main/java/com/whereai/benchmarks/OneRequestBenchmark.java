package com.whereai.benchmarks;

import com.whereai.core.Query;
import com.whereai.core.WhereAiBot;
import com.whereai.core.chart.LineChartPng;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.JsonReplyWriter;
import com.whereai.core.reply.PlainTextRenderer;
import com.whereai.core.reply.Reply;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One request in-process: parse the text, recommend (or answer), and render the reply. Target: under 1 ms.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar OneRequest}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OneRequestBenchmark {

    private WhereAiBot bot;
    private final PlainTextRenderer plain = new PlainTextRenderer();
    private final JsonReplyWriter json = new JsonReplyWriter();

    @Setup
    public void setUp() {
        bot = WhereAiBot.withBundledGuide();
    }

    @Benchmark
    public String recommendSwedishSituationAsText() {
        return plain.render(
                bot.answer(
                        Query.of(
                                "Vi är en region med patientjournaler som aldrig får lämna huset, alla läkare ska använda modellen och vi har en IT-avdelning")));
    }

    @Benchmark
    public String recommendEnglishSituationAsJson() {
        return json.write(bot.answer(
                Query.of("Startup with unpredictable traffic, no ops team, we want to fine-tune an open model")));
    }

    @Benchmark
    public String compareAllAsJson() {
        return json.write(bot.answer(Query.of("compare")));
    }

    @Benchmark
    public String modelFitAsText() {
        return plain.render(bot.answer(Query.of("can I run a 70B model with 8k context on 2x24 GB?")));
    }

    /** A budget scenario for a team's workload, as JSON (the chart as data, not drawn). */
    @Benchmark
    public String costScenarioAsJson() {
        return json.write(bot.answer(
                Query.of("200 employees, 20 questions a day each, a 70B model — what does each option cost?")));
    }

    /** The same budget scenario with its chart drawn as the PNG Slack uploads. */
    @Benchmark
    public byte[] costScenarioWithPng() {
        Reply reply = bot.answer(
                Query.of("200 employees, 20 questions a day each, a 70B model — what does each option cost?"));
        return reply.body().stream()
                .filter(CardElement.LineChart.class::isInstance)
                .map(CardElement.LineChart.class::cast)
                .findFirst()
                .map(LineChartPng::render)
                .orElseThrow();
    }

    /** A named model on named GPUs that does not fit at the quant asked: every quant, longest context, what else. */
    @Benchmark
    public String namedModelFitAsJson() {
        return json.write(bot.answer(Query.of("can I run mixtral 8x7b on 2x3090 with 32k context at q8_0?")));
    }

    /** Every catalogue model's best quant on a Mac. */
    @Benchmark
    public String whichModelsFitAsText() {
        return plain.render(bot.answer(Query.of("which models fit on my M2 Max 64GB?")));
    }

    @Benchmark
    public String freeQuestionAsText() {
        return plain.render(bot.answer(Query.of("How do I install Ollama and which model should I pick?")));
    }
}
