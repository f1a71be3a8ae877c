package com.whereai.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.whereai.knowledge.catalogue.Catalogue;
import com.whereai.knowledge.catalogue.CatalogueModel;
import com.whereai.knowledge.catalogue.Hardware;
import com.whereai.knowledge.catalogue.KvCacheType;
import com.whereai.knowledge.catalogue.Quant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NamedModelEstimatorTest {

    private static final Catalogue CATALOGUE = Catalogue.bundled();
    private static final double MIB = 1024.0 * 1024.0;

    private final NamedModelEstimator estimator = new NamedModelEstimator(CATALOGUE);
    private final KvCacheType f16 = CATALOGUE.kvCacheType("f16").orElseThrow();
    private final KvCacheType q8 = CATALOGUE.kvCacheType("q8_0").orElseThrow();
    private final KvCacheType q4 = CATALOGUE.kvCacheType("q4_0").orElseThrow();

    /** A published GGUF file size in GB (10⁹ bytes). */
    private record Published(String model, String quant, double gb) {}

    /**
     * Every published size in the catalogue (models.yaml gguf, models.md §4). Files under YinanWusoymilk/hf-readme
     * are at @eb4de03f training_and_application/readme_files/.
     */
    private static final List<Published> PUBLISHED = List.of(
            // bartowski_Meta-Llama-3.1-8B-Instruct-GGUF.md
            new Published("llama-3.1-8b", "Q4_K_M", 4.92),
            new Published("llama-3.1-8b", "Q8_0", 8.54),
            // SanctumAI_Meta-Llama-3.1-8B-Instruct-GGUF.md
            new Published("llama-3.1-8b", "F16", 16.07),
            // bartowski_Meta-Llama-3.1-70B-Instruct-GGUF.md
            new Published("llama-3.1-70b", "Q4_K_M", 42.52),
            new Published("llama-3.1-70b", "Q8_0", 74.98),
            // derived: ggml-org/llama.cpp@311c2c9f tools/quantize/README.md f32 "original size" 280.9 GB / 2
            new Published("llama-3.1-70b", "F16", 140.45),
            // ggml-org/llama.cpp@311c2c9f tools/quantize/README.md (Q4_K_M 249.1 GB)
            new Published("llama-3.1-405b", "Q4_K_M", 249.1),
            // derived: same README, f32 1,625.1 GB / 2
            new Published("llama-3.1-405b", "F16", 812.55),
            // bartowski_Llama-3.2-1B-Instruct-GGUF.md
            new Published("llama-3.2-1b", "Q4_K_M", 0.81),
            new Published("llama-3.2-1b", "Q8_0", 1.32),
            new Published("llama-3.2-1b", "F16", 2.48),
            // bartowski_Llama-3.2-3B-Instruct-GGUF.md
            new Published("llama-3.2-3b", "Q4_K_M", 2.02),
            new Published("llama-3.2-3b", "Q8_0", 3.42),
            new Published("llama-3.2-3b", "F16", 6.43),
            // bartowski_Mistral-7B-Instruct-v0.3-GGUF.md
            new Published("mistral-7b-v0.3", "Q4_K_M", 4.37),
            new Published("mistral-7b-v0.3", "Q8_0", 7.70),
            // TheBloke_Mixtral-8x7B-Instruct-v0.1-GGUF.md (Q4_0 and Q4_K_M both 26.44)
            new Published("mixtral-8x7b", "Q4_K_M", 26.44),
            new Published("mixtral-8x7b", "Q8_0", 49.62),
            // mradermacher_Mistral-Nemo-Instruct-2407-GGUF.md (one decimal)
            new Published("mistral-nemo-12b", "Q4_K_M", 7.6),
            new Published("mistral-nemo-12b", "Q8_0", 13.1),
            // Ollama qwen2.5:7b 4.7 GB (Jeffser/Alpaca@d1577de0 src/ollama_models.py) and 4.68 GB in two repo tables
            new Published("qwen2.5-7b", "Q4_K_M", 4.68),
            // bartowski_Qwen2.5-14B-Instruct-GGUF.md
            new Published("qwen2.5-14b", "Q4_K_M", 8.99),
            new Published("qwen2.5-14b", "Q8_0", 15.70),
            new Published("qwen2.5-14b", "F16", 29.55),
            // bartowski_Qwen2.5-32B-Instruct-GGUF.md
            new Published("qwen2.5-32b", "Q4_K_M", 19.85),
            new Published("qwen2.5-32b", "Q8_0", 34.82),
            new Published("qwen2.5-32b", "F16", 65.54),
            // bartowski_Qwen2.5-72B-Instruct-GGUF.md
            new Published("qwen2.5-72b", "Q4_K_M", 47.42),
            new Published("qwen2.5-72b", "Q8_0", 77.26),
            // bartowski_gemma-2-9b-it-GGUF.md (Q4_K_M, Q8_0) + SanctumAI_gemma-2-9b-it-GGUF.md (f16)
            new Published("gemma-2-9b", "Q4_K_M", 5.76),
            new Published("gemma-2-9b", "Q8_0", 9.83),
            new Published("gemma-2-9b", "F16", 18.49),
            // bartowski_gemma-2-27b-it-GGUF.md; F16 derived = f32 108.91 / 2
            new Published("gemma-2-27b", "Q4_K_M", 16.65),
            new Published("gemma-2-27b", "Q8_0", 28.94),
            new Published("gemma-2-27b", "F16", 54.46),
            // microsoft_Phi-3-mini-4k-instruct-gguf.md (official, one decimal)
            new Published("phi-3-mini-4k", "Q4_K_M", 2.2),
            new Published("phi-3-mini-4k", "F16", 7.2),
            // Ollama deepseek-r1:32b 20 GB (Q4_K_M, rounded), Jeffser/Alpaca@d1577de0 src/ollama_models.py
            new Published("deepseek-r1-distill-qwen-32b", "Q4_K_M", 20.0),
            // TheBloke_Llama-2-13B-chat-GGUF.md
            new Published("llama-2-13b", "Q4_K_M", 7.87),
            new Published("llama-2-13b", "Q8_0", 13.83));

    /**
     * Published sizes that are GiB, not GB. Phi-3 mini's official card gives 7.2 for F16, but an F16 file of its
     * 3,821,079,552 parameters cannot be smaller than 2 bytes each = 7.64 GB: its figures are GiB (7.2 GiB = 7.73 GB,
     * 2.2 GiB = 2.36 GB), so they are compared as such. The catalogue keeps the card's figures as written.
     */
    private static final Set<String> PUBLISHED_IN_GIB = Set.of("phi-3-mini-4k/Q4_K_M", "phi-3-mini-4k/F16");

    private static double publishedGb(Published p) {
        return PUBLISHED_IN_GIB.contains(p.model() + "/" + p.quant())
                ? p.gb() * NamedModelEstimator.GB_PER_GIB
                : p.gb();
    }

    private static final double BOUND = 0.03;

    @Test
    void the_table_holds_every_published_size_in_the_catalogue() {
        Map<String, Double> inCatalogue = new HashMap<>();
        for (CatalogueModel m : CATALOGUE.models()) {
            m.gguf().fileGb().forEach((q, gb) -> inCatalogue.put(m.id() + "/" + q, gb));
            m.gguf().derivedGb().forEach((q, gb) -> inCatalogue.put(m.id() + "/" + q, gb));
        }
        Map<String, Double> inTable = new HashMap<>();
        PUBLISHED.forEach(p -> inTable.put(p.model() + "/" + p.quant(), p.gb()));

        assertThat(inTable).isEqualTo(inCatalogue);
    }

    @Test
    void weights_are_within_3_percent_of_the_published_gguf_sizes() {
        List<String> outside = new ArrayList<>();
        double sumAbs = 0;
        double sumAbsFlat = 0;
        System.out.println("model / quant: published GB, estimated GB, error (flat params x bpw error)");
        for (Published p : PUBLISHED) {
            CatalogueModel model = model(p.model());
            Quant quant = quant(p.quant());
            double published = publishedGb(p);
            double estimated = estimator.weightsGb(model, quant);
            double error = (estimated - published) / published;
            double flatError = (model.params() * quant.bitsPerWeight() / 8 / 1e9 - published) / published;
            sumAbs += Math.abs(error);
            sumAbsFlat += Math.abs(flatError);
            System.out.printf(
                    Locale.ROOT,
                    "%-30s %-7s %8.2f %8.2f %+6.2f %% (flat %+6.2f %%)%n",
                    p.model(),
                    p.quant(),
                    published,
                    estimated,
                    100 * error,
                    100 * flatError);
            String key = p.model() + "/" + p.quant();
            if (Math.abs(error) > BOUND) {
                outside.add(key + String.format(Locale.ROOT, " %+.2f %%", 100 * error));
            }
        }
        double mean = sumAbs / PUBLISHED.size();
        System.out.printf(
                Locale.ROOT,
                "mean absolute error over %d sizes: %.2f %% (flat params x bpw: %.2f %%)%n",
                PUBLISHED.size(),
                100 * mean,
                100 * sumAbsFlat / PUBLISHED.size());

        assertThat(outside).isEmpty();
        assertThat(mean).isLessThan(0.01);
    }

    @Test
    void phi_3_minis_published_f16_size_can_only_be_gib() {
        CatalogueModel phi = model("phi-3-mini-4k");
        double published = PUBLISHED.stream()
                .filter(p -> p.model().equals("phi-3-mini-4k") && p.quant().equals("F16"))
                .findFirst()
                .orElseThrow()
                .gb();

        // Read as GB it is smaller than two bytes per parameter, which no F16 file can be; read as GiB it is not.
        assertThat(published).isLessThan(phi.params() * 2 / 1e9);
        assertThat(published * NamedModelEstimator.GB_PER_GIB).isGreaterThan(phi.params() * 2 / 1e9);
    }

    @Test
    void output_tensors_kept_at_q6_k_raise_small_models_with_large_vocabularies() {
        // Llama 3.2 1B: its tied 128,256 x 2,048 embedding is a fifth of the model and llama.cpp keeps it at Q6_K.
        CatalogueModel small = model("llama-3.2-1b");
        Quant q4km = quant("Q4_K_M");
        double flat = small.params() * q4km.bitsPerWeight() / 8 / 1e9;

        assertThat(estimator.weightsGb(small, q4km)).isGreaterThan(flat * 1.04);
        // Q8_0 and F16 keep the output at their own type: parameters x bits per weight
        assertThat(estimator.weightsGb(small, quant("Q8_0")))
                .isCloseTo(small.params() * 8.5008 / 8 / 1e9, within(1e-9));
    }

    @Test
    void the_reference_model_comes_out_at_llama_cpp_s_measured_bits_per_weight() {
        CatalogueModel reference = model("llama-3.1-8b");
        for (Quant q : CATALOGUE.quants()) {
            assertThat(estimator.weightsGb(reference, q))
                    .as(q.id())
                    .isCloseTo(reference.params() * q.bitsPerWeight() / 8 / 1e9, within(1e-6));
        }
    }

    @Test
    void qwen_2_5_72b_s_ffn_width_moves_ffn_down_to_fallback_types() {
        // 29,568 is not a multiple of 256: Q4_K -> Q5_0 and Q6_K -> Q8_0 on ffn_down (models.md §4 note 3)
        CatalogueModel qwen72 = model("qwen2.5-72b");
        CatalogueModel llama70 = model("llama-3.1-70b");
        double qwenBpw = estimator.weightsGb(qwen72, quant("Q4_K_M")) * 8e9 / qwen72.params();
        double llamaBpw = estimator.weightsGb(llama70, quant("Q4_K_M")) * 8e9 / llama70.params();

        assertThat(qwenBpw).isCloseTo(5.2, within(0.05));
        assertThat(llamaBpw).isLessThan(4.9);
    }

    @Test
    void kv_cache_equals_the_config_formula() {
        // Llama 3.1 8B at 8192 tokens, f16: 2 x 32 layers x 8 KV heads x 128 x 8192 x 2 bytes = 1.07 GB
        CatalogueModel llama8 = model("llama-3.1-8b");
        assertThat(estimator.kvCacheGb(llama8, 8192, f16)).isCloseTo(1.073741824, within(1e-12));
        assertThat(estimator.kvCacheGb(llama8, 8192, q8)).isCloseTo(1.073741824 * 34 / 64, within(1e-12));
        assertThat(estimator.kvCacheGb(llama8, 8192, q4)).isCloseTo(1.073741824 * 18 / 64, within(1e-12));

        // Mixtral 8x7B: 32 layers (not the 80 of a "56B"), 8 KV heads x 128: 128 KiB a token, 4.29 GB at 32k
        CatalogueModel mixtral = model("mixtral-8x7b");
        assertThat(estimator.kvCacheGb(mixtral, 32768, f16)).isCloseTo(32768.0 * 131072 / 1e9, within(1e-12));

        // every model without a sliding window: the catalogue's bytes per token x context
        for (CatalogueModel m : CATALOGUE.models()) {
            if (m.slidingWindow().isEmpty()) {
                assertThat(estimator.kvCacheGb(m, 4096, f16))
                        .as(m.id())
                        .isCloseTo(m.kvBytesPerTokenFp16() * 4096 / 1e9, within(1e-12));
            }
        }
    }

    @Test
    void gemma_2_s_sliding_window_layers_hold_at_most_the_window() {
        // Gemma 2 9B: 42 layers x 8 KV heads x 256, a 4096 window on every other layer
        CatalogueModel gemma = model("gemma-2-9b");
        double perLayerToken = 2.0 * 8 * 256 * 2;

        assertThat(estimator.kvCacheGb(gemma, 4096, f16))
                .isCloseTo(gemma.kvBytesPerTokenFp16() * 4096 / 1e9, within(1e-12));
        assertThat(estimator.kvCacheGb(gemma, 8192, f16))
                .isCloseTo(perLayerToken * (21 * 8192 + 21 * 4096) / 1e9, within(1e-12))
                .isLessThan(gemma.kvBytesPerTokenFp16() * 8192 / 1e9);
    }

    @Test
    void the_compute_buffer_goes_through_llama_cpp_s_measured_points() {
        // fedora-copr/logdetective PR #106: 32-layer x 1024-KV-dim model, 32 heads, flash_attn=0:
        // 164 MiB at n_ctx 2048, 2144 MiB at n_ctx 32768. Mistral 7B v0.3 has that shape.
        CatalogueModel mistral = model("mistral-7b-v0.3");
        assertThat(estimator.computeBufferGb(mistral, 2048)).isCloseTo(164 * MIB / 1e9, within(1e-9));
        assertThat(estimator.computeBufferGb(mistral, 32768)).isCloseTo(2144 * MIB / 1e9, within(1e-9));
        // twice the heads, twice the growth
        CatalogueModel commandR = model("command-r-v01");
        assertThat(estimator.computeBufferGb(commandR, 32768) - estimator.computeBufferGb(commandR, 0))
                .isCloseTo(
                        2 * (estimator.computeBufferGb(mistral, 32768) - estimator.computeBufferGb(mistral, 0)),
                        within(1e-9));
    }

    @Test
    void mixtral_8x7b_q4_k_m_does_not_fit_a_4090() {
        NamedModelEstimate e = estimate("can I run mixtral 8x7b on a 4090?", "Q4_K_M", 4096, "4090");

        assertThat(e.model().id()).isEqualTo("mixtral-8x7b");
        assertThat(e.weightsGb()).isCloseTo(26.3, within(0.1));
        assertThat(verdict(e, "4090")).isEqualTo(FitVerdict.DOES_NOT_FIT);
        assertThat(estimator.bestQuant(e.model(), hardware("4090"), 4096, f16))
                .map(Quant::id)
                .contains("Q3_K_L");
    }

    @Test
    void llama_3_1_8b_fits_an_rtx_3060_at_q8_0() {
        CatalogueModel llama8 = CATALOGUE.model("llama 3.1 8b").orElseThrow();
        Hardware rtx3060 = hardware("rtx 3060");

        assertThat(estimator.bestQuant(llama8, rtx3060, 4096, f16))
                .map(Quant::id)
                .contains("Q8_0");
        assertThat(estimator.verdict(llama8, quant("Q8_0"), 4096, f16, rtx3060)).isEqualTo(FitVerdict.FITS);
        assertThat(estimator.verdict(llama8, quant("Q4_K_M"), 4096, f16, rtx3060))
                .isEqualTo(FitVerdict.FITS);
        assertThat(estimator.verdict(llama8, quant("F16"), 4096, f16, rtx3060)).isEqualTo(FitVerdict.DOES_NOT_FIT);
    }

    @Test
    void llama_3_1_70b_q4_k_m_on_two_3090s() {
        // 42.51 GB weights + 1.34 GB KV (4k) + 0.59 GB compute + 0.5 + 0.32 GB = 45.3 GB of 51.5 GB (2 x 24 GiB)
        NamedModelEstimate e = estimate("llama 3.1 70b", "Q4_K_M", 4096, "2x3090");

        assertThat(e.gpus()).isEqualTo(2);
        assertThat(e.totalGb()).isCloseTo(45.3, within(0.1));
        assertThat(verdict(e, "2x3090")).isEqualTo(FitVerdict.FITS);
        // at 8k the KV cache and compute buffer take it within 10 % of the limit
        assertThat(verdict(estimate("llama 3.1 70b", "Q4_K_M", 8192, "2x3090"), "2x3090"))
                .isEqualTo(FitVerdict.TIGHT);
        // and one 3090 is not enough
        assertThat(verdict(estimate("llama 3.1 70b", "Q4_K_M", 4096, "3090"), "3090"))
                .isEqualTo(FitVerdict.DOES_NOT_FIT);
    }

    @Test
    void a_70b_on_an_m2_max_with_64_gb_gets_the_gpu_s_48_gib() {
        Hardware mac = hardware("70b on an M2 Max 64GB");
        CatalogueModel llama70 = CATALOGUE.model("llama 3.1 70b").orElseThrow();

        assertThat(NamedModelEstimator.usableGb(mac)).isCloseTo(48 * 1.073741824, within(1e-9));
        assertThat(estimator.bestQuant(llama70, mac, 4096, f16)).map(Quant::id).contains("Q4_K_M");
        assertThat(estimator.verdict(llama70, quant("Q8_0"), 4096, f16, mac)).isEqualTo(FitVerdict.DOES_NOT_FIT);
        // were all 64 GiB usable, Q6_K would fit: the GPU's share is what decides
        Hardware allOfIt = new Hardware(Hardware.Kind.APPLE, mac.id(), mac.name(), 1, 64, 64, true);
        assertThat(estimator.bestQuant(llama70, allOfIt, 4096, f16))
                .map(Quant::id)
                .contains("Q6_K");
    }

    @Test
    void command_r_at_128k_does_not_fit_an_h100() {
        CatalogueModel commandR = model("command-r-v01");
        Hardware h100 = hardware("H100");

        // no GQA: 64 KV heads x 128 x 40 layers, 1.25 MiB a token: 172 GB of KV cache at 128k
        assertThat(estimator.kvCacheGb(commandR, 131072, f16)).isCloseTo(171.8, within(0.1));
        for (Quant q : estimator.ladder()) {
            assertThat(estimator.verdict(commandR, q, 131072, f16, h100))
                    .as(q.id())
                    .isEqualTo(FitVerdict.DOES_NOT_FIT);
        }
        OptionalInt longest = estimator.longestContext(commandR, quant("Q4_K_M"), h100, f16);
        assertThat(longest).isPresent();
        int context = longest.getAsInt();
        System.out.printf(Locale.ROOT, "Command R v01 Q4_K_M on an H100, f16 KV: longest context %d tokens%n", context);
        assertThat(context).isBetween(32768, 131071);
        assertThat(estimator.verdict(commandR, quant("Q4_K_M"), context, f16, h100))
                .isNotEqualTo(FitVerdict.DOES_NOT_FIT);
        assertThat(estimator.verdict(commandR, quant("Q4_K_M"), context + 256, f16, h100))
                .isEqualTo(FitVerdict.DOES_NOT_FIT);
        // a q4_0 KV cache holds more
        assertThat(estimator.longestContext(commandR, quant("Q4_K_M"), h100, q4).getAsInt())
                .isGreaterThan(context);
    }

    @Test
    void the_longest_context_is_the_model_s_own_when_everything_fits() {
        CatalogueModel llama8 = model("llama-3.1-8b");
        assertThat(estimator.longestContext(llama8, quant("Q4_K_M"), hardware("H100"), f16))
                .hasValue(131072);
        assertThat(estimator.longestContext(model("llama-3.1-405b"), quant("Q4_K_M"), hardware("4090"), f16))
                .isEmpty();
    }

    @Test
    void a_second_gpu_adds_0_3_gib_of_overhead() {
        CatalogueModel llama70 = model("llama-3.1-70b");
        NamedModelEstimate one = estimator.estimate(llama70, quant("Q4_K_M"), 4096, f16, hardware("4090"));
        NamedModelEstimate two = estimator.estimate(llama70, quant("Q4_K_M"), 4096, f16, hardware("two 4090s"));
        NamedModelEstimate four = estimator.estimate(llama70, quant("Q4_K_M"), 4096, f16, 4);

        assertThat(one.multiGpuGb()).isZero();
        assertThat(two.totalGb() - one.totalGb()).isCloseTo(0.3 * 1.073741824, within(1e-9));
        assertThat(four.multiGpuGb()).isCloseTo(3 * 0.3 * 1.073741824, within(1e-9));
        assertThat(estimator.verdict(one, hardware("4090"))).isEqualTo(FitVerdict.DOES_NOT_FIT);
        assertThat(estimator.verdict(two, hardware("two 4090s"))).isEqualTo(FitVerdict.FITS);
    }

    @Test
    void the_total_is_the_sum_of_its_parts() {
        NamedModelEstimate e = estimate("gemma2:27b", "Q4_K_M", 8192, "4090");

        assertThat(e.totalGb())
                .isCloseTo(
                        e.weightsGb() + e.kvCacheGb() + e.computeBufferGb() + e.overheadGb() + e.multiGpuGb(),
                        within(1e-12));
        assertThat(e.overheadGb()).isEqualTo(0.5);
        assertThat(verdict(e, "4090")).isEqualTo(FitVerdict.FITS);
    }

    @Test
    void the_ladder_is_the_catalogue_s_quants_best_first() {
        assertThat(estimator.ladder())
                .extracting(Quant::id)
                .containsExactly("F16", "Q8_0", "Q6_K", "Q5_K_M", "Q4_K_M", "Q3_K_L", "Q2_K");
    }

    private NamedModelEstimate estimate(String modelText, String quant, int context, String hardwareText) {
        CatalogueModel model = CATALOGUE.model(modelText).orElseThrow();
        return estimator.estimate(model, quant(quant), context, f16, hardware(hardwareText));
    }

    private FitVerdict verdict(NamedModelEstimate e, String hardwareText) {
        return estimator.verdict(e, hardware(hardwareText));
    }

    private static CatalogueModel model(String id) {
        return CATALOGUE.modelById(id).orElseThrow(() -> new AssertionError("no model " + id));
    }

    private static Quant quant(String id) {
        return CATALOGUE.quant(id).orElseThrow(() -> new AssertionError("no quant " + id));
    }

    private static Hardware hardware(String text) {
        return CATALOGUE.hardware(text).orElseThrow(() -> new AssertionError("no hardware in " + text));
    }
}
