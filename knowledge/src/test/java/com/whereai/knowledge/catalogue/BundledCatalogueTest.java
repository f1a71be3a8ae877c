package com.whereai.knowledge.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalogue holds the research's figures. Source of every expected value below:
 * ../shared/research/models-facts.json and models.md (collected 2026-12-02), whose own sources are named per row.
 */
class BundledCatalogueTest {

    private static final Catalogue CATALOGUE = Catalogue.bundled();

    @Test
    void loads_with_the_19_models_13_gpus_and_15_apple_chips_of_the_research() {
        assertThat(CATALOGUE.collected()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(CATALOGUE.models())
                .extracting(CatalogueModel::id)
                .containsExactly(
                        "llama-3.1-8b",
                        "llama-3.1-70b",
                        "llama-3.1-405b",
                        "llama-3.2-1b",
                        "llama-3.2-3b",
                        "mistral-7b-v0.3",
                        "mixtral-8x7b",
                        "mistral-nemo-12b",
                        "qwen2.5-7b",
                        "qwen2.5-14b",
                        "qwen2.5-32b",
                        "qwen2.5-72b",
                        "gemma-2-9b",
                        "gemma-2-27b",
                        "phi-3-mini-4k",
                        "phi-3-medium-4k",
                        "deepseek-r1-distill-qwen-32b",
                        "llama-2-13b",
                        "command-r-v01");
        assertThat(CATALOGUE.gpus()).hasSize(13);
        assertThat(CATALOGUE.appleChips()).hasSize(15);
    }

    @Test
    void is_the_same_object_on_every_call() {
        assertThat(Catalogue.bundled()).isSameAs(CATALOGUE);
    }

    /** models.md §3: mlc-ai/mlc-llm@79d603f0 model_preset.py [llama3_1_8b]; llmfit@a3e0eb27 hf_models.json. */
    @Test
    void llama_3_1_8b_has_its_config_figures() {
        CatalogueModel m = model("llama-3.1-8b");
        assertThat(m.params()).isEqualTo(8_030_261_248L);
        assertThat(m.paramsRounded()).isFalse();
        assertThat(new int[] {m.layers(), m.hidden(), m.heads(), m.kvHeads(), m.headDim(), m.vocab(), m.maxContext()})
                .containsExactly(32, 4096, 32, 8, 128, 128_256, 131_072);
        assertThat(m.kvBytesPerTokenFp16()).isEqualTo(131_072); // 128 KiB
        assertThat(m.licenceId()).contains("licence.llama");
        assertThat(m.gguf().fileGb())
                .containsExactly(Map.entry("Q4_K_M", 4.92), Map.entry("Q8_0", 8.54), Map.entry("F16", 16.07));
        assertThat(m.ollama()).containsExactly(new CatalogueModel.OllamaTag("llama3.1:8b", 4.9, Optional.empty()));
    }

    /** models.md §3: mlc model_preset.py [Mixtral-8x7B-v0.1]; 46.70B total, ~12.9B active, 8 experts top-2. */
    @Test
    void mixtral_is_a_46_7b_mixture_of_experts_with_32_layers_not_a_56b_with_80() {
        CatalogueModel m = model("mixtral-8x7b");
        assertThat(m.params()).isEqualTo(46_702_792_704L);
        assertThat(m.activeParams()).isEqualTo(12_900_000_000L);
        assertThat(m.moe()).isTrue();
        assertThat(m.experts()).isEqualTo(8);
        assertThat(m.expertsPerToken()).isEqualTo(2);
        assertThat(m.layers()).isEqualTo(32);
        assertThat(m.kvBytesPerTokenFp16()).isEqualTo(131_072);
        assertThat(m.licenceId()).contains("licence.mit-apache");
        // TheBloke_Mixtral-8x7B-Instruct-v0.1-GGUF.md (YinanWusoymilk/hf-readme@eb4de03f)
        assertThat(m.gguf().gb("Q4_K_M")).contains(26.44);
    }

    /** models.md §3: kevinstephano/thunder_model_blocks@a23dd8fe mistral_config.py; head_dim 128 ≠ 5120/32. */
    @Test
    void mistral_nemo_has_head_dim_128_not_hidden_over_heads() {
        CatalogueModel m = model("mistral-nemo-12b");
        assertThat(m.params()).isEqualTo(12_247_076_864L);
        assertThat(new int[] {m.layers(), m.hidden(), m.heads(), m.kvHeads(), m.headDim(), m.maxContext()})
                .containsExactly(40, 5120, 32, 8, 128, 128_000);
        assertThat(m.kvBytesPerTokenFp16()).isEqualTo(163_840); // 160 KiB
    }

    /** models.md §3: mlc model_preset.py [gemma2_9b]; 8 KV heads × 256, SWA 4096; Gemma Terms. */
    @Test
    void gemma_2_9b_has_256_wide_heads_a_sliding_window_and_gemmas_own_terms() {
        CatalogueModel m = model("gemma-2-9b");
        assertThat(m.params()).isEqualTo(9_241_705_984L);
        assertThat(new int[] {m.layers(), m.hidden(), m.heads(), m.kvHeads(), m.headDim(), m.maxContext()})
                .containsExactly(42, 3584, 16, 8, 256, 8192);
        assertThat(m.slidingWindow()).isEqualTo(OptionalInt.of(4096));
        assertThat(m.kvBytesPerTokenFp16()).isEqualTo(344_064); // 336 KiB
        assertThat(m.licenceId()).isEmpty();
        assertThat(m.licenceName()).isEqualTo("Gemma Terms of Use");
        assertThat(m.licenceNote()).hasValueSatisfying(note -> assertThat(note).contains("Gemma Terms of Use"));
    }

    /** models.md §3: pytorch/torchtune@bd2a0fc7 qwen2_5/_model_builders.py; 4 KV heads, 32k native, 128k YaRN. */
    @Test
    void qwen_2_5_7b_has_four_kv_heads_and_a_yarn_window() {
        CatalogueModel m = model("qwen2.5-7b");
        assertThat(m.params()).isEqualTo(7_615_616_512L);
        assertThat(new int[] {m.layers(), m.hidden(), m.heads(), m.kvHeads(), m.headDim(), m.maxContext()})
                .containsExactly(28, 3584, 28, 4, 128, 32_768);
        assertThat(m.extendedContext()).isEqualTo(OptionalInt.of(131_072));
        assertThat(m.kvBytesPerTokenFp16()).isEqualTo(57_344); // 56 KiB
    }

    /** models.md §3: Command R v01 has no GQA (64 KV heads); CC-BY-NC-4.0; only the rounded 35B is known. */
    @Test
    void command_r_v01_has_no_gqa_a_rounded_size_and_the_non_commercial_licence() {
        CatalogueModel m = model("command-r-v01");
        assertThat(m.params()).isEqualTo(35_000_000_000L);
        assertThat(m.paramsRounded()).isTrue();
        assertThat(m.gqa()).isFalse();
        assertThat(m.kvBytesPerTokenFp16()).isEqualTo(1_310_720); // 1,280 KiB
        assertThat(m.licenceId()).contains("licence.cc-nc");
        assertThat(m.gguf().fileGb()).isEmpty();
    }

    /** models.md §3: mlc [llama2_13b]; 40 KV heads (no GQA), 4096 context. */
    @Test
    void llama_2_13b_has_no_gqa() {
        CatalogueModel m = model("llama-2-13b");
        assertThat(m.params()).isEqualTo(13_015_864_320L);
        assertThat(m.kvHeads()).isEqualTo(40);
        assertThat(m.maxContext()).isEqualTo(4096);
        assertThat(m.kvBytesPerTokenFp16()).isEqualTo(819_200); // 800 KiB
        assertThat(m.licenceId()).contains("licence.llama");
    }

    /** models.md §3: the Qwen2.5 72B licence is the Qwen License, not Apache (bartowski_Qwen2.5-72B-Instruct-GGUF.md). */
    @Test
    void qwen_2_5_72b_is_not_under_apache() {
        CatalogueModel m = model("qwen2.5-72b");
        assertThat(m.licenceId()).isEmpty();
        assertThat(m.licenceNote()).hasValueSatisfying(note -> assertThat(note).contains("Qwen License"));
        assertThat(model("qwen2.5-32b").licenceId()).contains("licence.mit-apache");
    }

    @Test
    void every_model_names_its_sources_and_has_a_licence_id_or_note() {
        for (CatalogueModel m : CATALOGUE.models()) {
            assertThat(m.sources().config()).as(m.id()).isNotBlank();
            assertThat(m.sources().params()).as(m.id()).isNotBlank();
            assertThat(m.sources().licence()).as(m.id()).isNotBlank();
            assertThat(m.sources().gguf()).as(m.id()).isNotBlank();
            assertThat(m.licenceId().isPresent() || m.licenceNote().isPresent())
                    .as(m.id())
                    .isTrue();
            assertThat(m.heads() % m.kvHeads()).as(m.id()).isZero();
        }
    }

    /** models.md §5, GPU catalogue (VRAM as sold); NVIDIA's "GB" are GiB. */
    @Test
    void gpus_have_their_vram_as_sold() {
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("rtx-3060", 12),
                Map.entry("rtx-3090", 24),
                Map.entry("rtx-4060-ti", 16),
                Map.entry("rtx-4090", 24),
                Map.entry("rtx-5090", 32),
                Map.entry("a10g", 24),
                Map.entry("l4", 24),
                Map.entry("l40s", 48),
                Map.entry("a100-40gb", 40),
                Map.entry("a100-80gb", 80),
                Map.entry("h100", 80),
                Map.entry("h200", 141),
                Map.entry("mi300x", 192));
        assertThat(CATALOGUE.gpus()).extracting(Gpu::id).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Gpu gpu : CATALOGUE.gpus()) {
            assertThat(gpu.vramGb()).as(gpu.id()).isEqualTo(expected.get(gpu.id()));
            assertThat(gpu.vramGib()).as(gpu.id()).isEqualTo(gpu.vramGb());
            assertThat(gpu.source()).as(gpu.id()).isNotBlank();
        }
    }

    /** models.md §5 Apple Silicon: whichllm gpu_simulator.py base memory; about 2/3 up to 36 GB, 3/4 above. */
    @Test
    void apple_chips_have_their_base_memory_and_the_gpu_share_steps_at_36_gb() {
        assertThat(CATALOGUE.appleChipById("m3-pro").orElseThrow().baseMemoryGb())
                .isEqualTo(18);
        assertThat(CATALOGUE.appleChipById("m4-max").orElseThrow().baseMemoryGb())
                .isEqualTo(36);
        assertThat(CATALOGUE.appleGpuShare(16).fraction()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(CATALOGUE.appleGpuShare(36).fraction()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(CATALOGUE.appleGpuShare(64).fraction()).isEqualTo(0.75);
        assertThat(CATALOGUE.appleGpuShare(128).fraction()).isEqualTo(0.75);
        // llama.cpp #3069: a 16 GB Mac reports recommendedMaxWorkingSetSize = 10922.67 MB (MiB), i.e. 16 GiB × 2/3.
        assertThat(16 * 1024 * CATALOGUE.appleGpuShare(16).fraction()).isCloseTo(10_922.67, within(0.01));
    }

    /** ggml-org/llama.cpp@311c2c9f tools/quantize/README.md (Llama-3.1-8B table); ggml-common.h block sizes. */
    @Test
    void quants_and_kv_cache_precisions_have_llama_cpps_figures() {
        assertThat(CATALOGUE.quant("Q4_K_M").orElseThrow().bitsPerWeight()).isEqualTo(4.8944);
        assertThat(CATALOGUE.quant("q8_0").orElseThrow().bitsPerWeight()).isEqualTo(8.5008);
        assertThat(CATALOGUE.quant("F16").orElseThrow().bitsPerWeight()).isEqualTo(16.0005);
        assertThat(CATALOGUE.whereAiBitsPerWeight()).containsEntry("Q4_K_M", 4.85);
        assertThat(CATALOGUE.kvCacheType("fp16").orElseThrow().bytesPerElement())
                .isEqualTo(2);
        assertThat(CATALOGUE.kvCacheType("q8_0").orElseThrow().bytesPerElement())
                .isEqualTo(34.0 / 32);
        assertThat(CATALOGUE.kvCacheType("q4_0").orElseThrow().bytesPerElement())
                .isEqualTo(18.0 / 32);
        assertThat(CATALOGUE.quants()).allSatisfy(q -> assertThat(q.source()).isNotBlank());
        assertThat(CATALOGUE.kvCacheTypes())
                .allSatisfy(k -> assertThat(k.source()).isNotBlank());
    }

    @Test
    void kv_cache_per_token_follows_the_config_formula_for_each_precision() {
        CatalogueModel m = model("llama-3.1-70b");
        // 2 · 80 layers · 8 KV heads · 128 · bytes: models.md §3 gives 320 KiB at fp16.
        assertThat(m.kvBytesPerToken(2)).isEqualTo(327_680);
        assertThat(m.kvBytesPerToken(34.0 / 32)).isEqualTo(174_080);
        assertThat(m.kvBytesPerToken(18.0 / 32)).isEqualTo(92_160);
    }

    private static CatalogueModel model(String id) {
        return CATALOGUE.modelById(id).orElseThrow();
    }
}
