package com.whereai.core.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.whereai.core.fit.NamedModelEstimator;
import com.whereai.core.fit.Precision;
import com.whereai.knowledge.GuideLoader;
import com.whereai.knowledge.OptionId;
import com.whereai.knowledge.prices.Prices;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-computed budget scenarios against the bundled price file: USD 9.2186 kr, electricity 1.26 kr/kWh, RunPod
 * A100 80GB $1.59/h, Groq 70B $0.59/$0.79, Bedrock 70B $0.99/$0.99, GPT-4o $2.50/$10 per million tokens, the guide's
 * 70B machine 40 000 kr (2 × RTX 3090: 936 GB/s, 350 W), decoding at 0.55 of bandwidth / weights, one answer at a time.
 */
class CostEstimatorTest {

    private static final double USD = 9.2186;
    private static final CostEstimator ESTIMATOR =
            new CostEstimator(GuideLoader.loadBundled(), Prices.bundled(), NamedModelEstimator.bundled());

    @TempDir
    Path dir;

    /** 70B, 200 users × 20 questions a day = 4 000 a day, 1 000 tokens in, 500 out, 8 h a day, 21 days, 36 months. */
    private static Workload team() {
        return new WorkloadQuestion(70.0, null, 200L, 20.0, null, 1000, 500, 8.0, 21.0, 36, null).toWorkload();
    }

    @Test
    void prices_every_option_for_a_70b_model_shared_by_200_users() {
        CostScenario s = ESTIMATOR.estimate(team(), Optional.empty());
        double weights = 70 * Precision.Q4_K_M.bitsPerWeight() / 8; // 42.4 GB read per token

        // 3: 4 000 × 21 = 84 000 questions; 84 M in × 0.59 + 42 M out × 0.79 = $82.74 × 9.2186 = 762.75 kr
        assertThat(s.option(OptionId.INFERENCE_API).orElseThrow().monthlySek()).isCloseTo(82.74 * USD, within(0.01));
        // 4: 126 M × 0.99 = $124.74 × 9.2186 = 1 149.93 kr
        assertThat(s.option(OptionId.CLOUD_PLATFORM).orElseThrow().monthlySek()).isCloseTo(124.74 * USD, within(0.01));
        // 5: 84 × 2.50 + 42 × 10 = $630 × 9.2186 = 5 807.72 kr
        assertThat(s.option(OptionId.PROPRIETARY_API).orElseThrow().monthlySek())
                .isCloseTo(630 * USD, within(0.01));

        // 2B: one A100 holds the 48 GB; it writes 2039 / 42.4 × 0.55 = 26.4 tokens/s; the busy hour needs
        // 4 000 × 500 / (8 × 3600) = 69.4 tokens/s → 3 machines; 3 × $1.59 × (8 h × 21 days) = $801.36 × 9.2186
        OptionCost rented = s.option(OptionId.RENTED_SERVER).orElseThrow();
        assertThat(2039 / weights * 0.55).isCloseTo(26.4, within(0.1));
        assertThat(rented.setup()).isEqualTo("3 × NVIDIA A100 80GB SXM, RunPod Secure Cloud");
        assertThat(rented.upfrontSek()).isZero();
        assertThat(rented.monthlySek()).isCloseTo(3 * 1.59 * 168 * USD, within(0.01));

        // 2A: the guide's 70B machine (2 × RTX 3090 = 48 GiB = 51.5 GB) holds it; 936 / 42.4 × 0.55 = 12.1
        // tokens/s → 69.4 / 12.1 = 5.7 → 6 servers × 40 000 kr; electricity 12 GPUs × 350 W × 730 h × 1.26 kr
        OptionCost own = s.option(OptionId.OWN_SERVER).orElseThrow();
        assertThat(own.upfrontSek()).isEqualTo(240_000);
        assertThat(own.guidePrice()).isTrue();
        assertThat(own.monthlySek()).isCloseTo(12 * 0.350 * (24 * 365.0 / 12) * 1.26, within(0.01));

        // 1: one 70B computer per user, 200 × 40 000 kr; electricity only while answering:
        // 84 000 × 500 / (936 / 42.4 × 0.55) / 3600 hours × 2 × 350 W × 1.26 kr
        OptionCost local = s.option(OptionId.LOCAL).orElseThrow();
        double busyHours = 84_000 * 500 / (936 / weights * 0.55) / 3600;
        assertThat(local.upfrontSek()).isEqualTo(8_000_000);
        assertThat(local.monthlySek()).isCloseTo(busyHours * 0.700 * 1.26, within(0.01));

        assertThat(s.excluded()).isEmpty();
        assertThat(s.cheapest()).get().extracting(OptionCost::option).isEqualTo(OptionId.INFERENCE_API);
        assertThat(local.totalSek(36)).isEqualTo(8_000_000 + 36 * local.monthlySek());
    }

    @Test
    void buying_the_server_pays_off_against_renting_after_69_months() {
        CostScenario s = ESTIMATOR.estimate(team(), Optional.empty());
        double own = 12 * 0.350 * 730 * 1.26; // 3 863.16 kr a month
        double rented = 3 * 1.59 * 168 * USD; // 7 387.44 kr a month

        // 240 000 / (7 387.44 − 3 863.16) = 68.1 → after 69 months
        assertThat(Math.ceil(240_000 / (rented - own))).isEqualTo(69);
        assertThat(s.breakEvens()).contains(new BreakEven(OptionId.OWN_SERVER, OptionId.RENTED_SERVER, 69));
        assertThat(s.breakEvens()).noneMatch(b -> b.versus() == OptionId.INFERENCE_API);
    }

    @Test
    void ten_times_the_traffic_multiplies_tokens_but_servers_only_in_steps() {
        CostScenario s = ESTIMATOR.estimate(team(), Optional.empty());

        double api = s.option(OptionId.INFERENCE_API).orElseThrow().monthlySek();
        assertThat(s.tenfoldMonthlySek().get(OptionId.INFERENCE_API)).isCloseTo(10 * api, within(0.01));
        // 694 tokens/s / 26.4 per A100 = 26.3 → 27 machines instead of 3: × 9
        assertThat(s.tenfoldMonthlySek().get(OptionId.RENTED_SERVER)).isCloseTo(27 * 1.59 * 168 * USD, within(0.01));
    }

    @Test
    void a_model_too_big_for_one_gpu_is_split_over_several_in_one_rented_machine() {
        Workload w = new WorkloadQuestion(405.0, null, 10L, 20.0, null, 1000, 500, 8.0, 21.0, 36, null).toWorkload();
        CostScenario s = ESTIMATOR.estimate(w, Optional.empty());

        // 405 × 4.85 / 8 = 245 GB of weights, about 277 GB with the KV cache and overhead: 4 × 80 GiB (85.9 GB)
        assertThat(s.memoryGb()).isBetween(3 * 85.9, 4 * 85.9);
        OptionCost rented = s.option(OptionId.RENTED_SERVER).orElseThrow();
        assertThat(rented.setup()).startsWith("4 × ");
        assertThat(s.option(OptionId.OWN_SERVER).orElseThrow().upfrontSek()).isEqualTo(4 * 100_000);
        assertThat(s.excluded()).extracting(ExcludedCost::option).containsExactly(OptionId.LOCAL);
        assertThat(s.excluded().get(0).reason().key()).isEqualTo("local-too-big");
    }

    @Test
    void a_model_no_option_but_3_and_5_serves_excludes_the_others_with_their_reasons() throws IOException {
        Prices small = pricesWithout("gpu: l40s", "gpu: a100-80gb-sxm", "gpu: h100-80gb-sxm", "meta.llama3-1-405b")
                .orElseThrow();
        CostEstimator estimator = new CostEstimator(GuideLoader.loadBundled(), small, NamedModelEstimator.bundled());
        Workload w = new WorkloadQuestion(405.0, null, 10L, 20.0, null, 1000, 500, 8.0, 21.0, 36, null).toWorkload();

        CostScenario s = estimator.estimate(w, Optional.empty());

        assertThat(s.options())
                .extracting(OptionCost::option)
                .containsExactly(OptionId.INFERENCE_API, OptionId.PROPRIETARY_API);
        assertThat(s.excluded())
                .extracting(e -> e.option() + ":" + e.reason().key())
                .containsExactly(
                        "LOCAL:local-too-big",
                        "OWN_SERVER:too-big-for-one-server",
                        "RENTED_SERVER:no-rental-holds",
                        "CLOUD_PLATFORM:no-token-price");
        assertThat(s.option(OptionId.INFERENCE_API).orElseThrow().setup()).contains("405B");
    }

    @Test
    void a_mixture_of_experts_is_read_at_its_active_parameters() {
        var catalogue = NamedModelEstimator.bundled().catalogue();
        var mixtral = catalogue.model("mixtral 8x7b").orElseThrow();
        Workload w = new WorkloadQuestion(null, mixtral, 10L, 20.0, null, 1000, 500, 8.0, 21.0, 36, null).toWorkload();

        assertThat(w.activeBillions()).isLessThan(w.modelBillions() / 2);
        CostScenario s = ESTIMATOR.estimate(w, Optional.of(mixtral));
        assertThat(s.option(OptionId.RENTED_SERVER).orElseThrow().lines())
                .filteredOn(l -> l.key().equals("speed"))
                .first()
                .satisfies(l -> assertThat(((Figure.Number) l.figures().get(2)).value())
                        .isLessThan(w.modelBillions() * 4.85 / 8 / 2));
    }

    /** The bundled file with the list entries that contain any of {@code markers} taken out. */
    private Optional<Prices> pricesWithout(String... markers) throws IOException {
        String text;
        try (InputStream in = Prices.class.getResourceAsStream("/prices/prices.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String kept = Arrays.stream(text.split("\n(?=  - |\\S)"))
                .filter(block -> Arrays.stream(markers).noneMatch(block::contains) || block.contains("bandwidth_gb_s"))
                .collect(Collectors.joining("\n"))
                .replace(
                        "  - row: vram.100b-plus\n    gpu: a100-80gb-pcie",
                        "  - row: vram.100b-plus\n    gpu: rtx-4090");
        Path file = dir.resolve("small.yaml");
        Files.writeString(file, kept);
        return Optional.of(Prices.loadFrom(file));
    }
}
