package com.whereai.knowledge.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.whereai.knowledge.GuideLoader;
import com.whereai.knowledge.KnowledgeException;
import com.whereai.knowledge.Licence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken catalogue files fail at load time with an error that names the file and the field. */
class CatalogueValidationTest {

    private static final Set<String> LICENCES =
            GuideLoader.loadBundled().licences().stream().map(Licence::id).collect(Collectors.toSet());

    @TempDir
    Path folder;

    @BeforeEach
    void copyTheBundledFiles() throws IOException {
        for (String name : CatalogueFiles.ALL) {
            try (InputStream in = Catalogue.class.getResourceAsStream(CatalogueLoader.CLASSPATH_FOLDER + name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
    }

    @Test
    void a_copy_of_the_bundled_files_loads() {
        assertThat(load().models()).hasSize(19);
    }

    @Test
    void an_unknown_licence_id_is_named_with_the_guides_ids() throws IOException {
        edit(CatalogueFiles.MODELS, "licence: licence.llama", "licence: licence.llamma");
        assertFails("models.yaml: models[0].licence: unknown licence id 'licence.llamma' (guide/licences.yaml has "
                + "[licence.cc-nc, licence.llama, licence.mit-apache])");
    }

    @Test
    void a_model_with_neither_licence_id_nor_note_is_named() throws IOException {
        edit(CatalogueFiles.MODELS, "    licence: licence.cc-nc\n", "");
        assertFails("models.yaml: models[18].licence: missing (one of the guide's licence ids "
                + "[licence.cc-nc, licence.llama, licence.mit-apache], or a licence_note for terms the guide does not "
                + "cover)");
    }

    @Test
    void a_zero_layer_count_is_named() throws IOException {
        edit(CatalogueFiles.MODELS, "layers: 32", "layers: 0");
        assertFails("models.yaml: models[0].layers: must be positive, was 0");
    }

    @Test
    void a_negative_parameter_count_is_named() throws IOException {
        edit(CatalogueFiles.MODELS, "params: 70553706496", "params: -70553706496");
        assertFails("models.yaml: models[1].params: must be positive, was -70553706496");
    }

    @Test
    void kv_heads_that_do_not_divide_the_heads_are_named() throws IOException {
        edit(CatalogueFiles.MODELS, "heads: 24\n    kv_heads: 8", "heads: 24\n    kv_heads: 5");
        assertFails("models.yaml: models[4].kv_heads: must divide heads (24), was 5");
    }

    @Test
    void head_dim_times_heads_must_equal_hidden_where_the_config_derives_it() throws IOException {
        edit(CatalogueFiles.MODELS, "head_dim: 128\n    vocab: 32768", "head_dim: 96\n    vocab: 32768");
        assertFails("models.yaml: models[5].head_dim: heads × head_dim = 32 × 96 = 3072, not hidden (4096); "
                + "set head_dim_explicit: true if the config says so");
    }

    @Test
    void gemmas_256_wide_heads_need_the_explicit_flag() throws IOException {
        edit(
                CatalogueFiles.MODELS,
                "head_dim: 256\n    vocab: 256000\n    head_dim_explicit: true",
                "head_dim: 256\n    vocab: 256000");
        assertFails("models.yaml: models[12].head_dim: heads × head_dim = 16 × 256 = 4096, not hidden (3584); "
                + "set head_dim_explicit: true if the config says so");
    }

    @Test
    void an_explicit_flag_where_the_product_holds_is_named() throws IOException {
        edit(
                CatalogueFiles.MODELS,
                "head_dim: 128\n    vocab: 32768",
                "head_dim: 128\n    vocab: 32768\n" + "    head_dim_explicit: true");
        assertFails("models.yaml: models[5].head_dim_explicit: set, but heads × head_dim equals hidden (4096)");
    }

    @Test
    void more_experts_per_token_than_experts_is_named() throws IOException {
        edit(CatalogueFiles.MODELS, "experts_per_token: 2", "experts_per_token: 9");
        assertFails("models.yaml: models[6].experts_per_token: must be at most experts (8), was 9");
    }

    @Test
    void a_duplicate_model_id_names_both_places() throws IOException {
        edit(CatalogueFiles.MODELS, "id: llama-3.1-70b", "id: llama-3.1-8b");
        assertFails(
                "models.yaml: models[1].id: duplicate id 'llama-3.1-8b' (already used at models.yaml: models[0].id)");
    }

    @Test
    void an_alias_used_by_two_models_names_both() throws IOException {
        edit(CatalogueFiles.MODELS, "\"mistral 7b instruct\"]", "\"mistral 7b instruct\", \"Mixtral\"]");
        assertFails("models.yaml: models[6].aliases[0]: 'mixtral' (read as 'mixtral') already names mistral-7b-v0.3 "
                + "(at models.yaml: models[5].aliases[5])");
    }

    @Test
    void spellings_that_normalise_alike_count_as_the_same_alias() throws IOException {
        edit(CatalogueFiles.GPUS, "aliases: [\"rtx 5090\"", "aliases: [\"RTX-4090\", \"rtx 5090\"");
        assertFails("gpus.yaml: gpus[4].aliases[0]: 'RTX-4090' (read as 'rtx 4090') already names rtx-4090 "
                + "(at gpus.yaml: gpus[3].id)");
    }

    @Test
    void a_gpu_without_a_source_is_named() throws IOException {
        edit(CatalogueFiles.GPUS, "    source: \"https://huggingface.co/hardware/h200", "    note: \"https://x");
        assertFails("gpus.yaml: gpus[11].source: missing (every figure needs its source)");
    }

    @Test
    void gguf_sizes_without_a_source_are_named() throws IOException {
        edit(
                CatalogueFiles.MODELS,
                "source: \"YinanWusoymilk/hf-readme@eb4de03f training_and_application/readme_files/"
                        + "bartowski_Llama-3.2-1B-Instruct-GGUF.md\"",
                "source: \"\"");
        assertFails("models.yaml: models[3].gguf.source: missing (every figure needs its source)");
    }

    @Test
    void a_gguf_size_for_an_unknown_quant_is_named() throws IOException {
        edit(CatalogueFiles.MODELS, "file_gb: {Q4_K_M: 4.92", "file_gb: {Q4_K_X: 4.92");
        assertFails(
                "models.yaml: models[0].gguf.file_gb.Q4_K_X: not a quant in quants.yaml [F16, IQ4_XS, Q2_K, Q3_K_L, "
                        + "Q3_K_M, Q3_K_S, Q4_0, Q4_K_M, Q4_K_S, Q5_K_M, Q5_K_S, Q6_K, Q8_0]");
    }

    @Test
    void an_apple_gpu_share_above_one_is_named() throws IOException {
        edit(CatalogueFiles.APPLE, "share: 3/4", "share: 4/3");
        assertFails("apple.yaml: gpu_share[1].share: must be more than 0 and at most 1, was 4/3");
    }

    @Test
    void a_quant_without_a_source_is_named() throws IOException {
        edit(
                CatalogueFiles.QUANTS,
                "{id: Q2_K, bpw: 3.1593, source: \"ggml-org/llama.cpp@311c2c9f tools/quantize/README.md (Llama-3.1-8B table)\"}",
                "{id: Q2_K, bpw: 3.1593}");
        assertFails("quants.yaml: quants[0].source: missing (every figure needs its source)");
    }

    @Test
    void a_file_without_its_collection_date_is_named() throws IOException {
        edit(CatalogueFiles.GPUS, "collected: 2026-12-02\n", "");
        assertFails("gpus.yaml: collected: missing (the date the facts were collected)");
    }

    @Test
    void a_misspelt_field_is_named_by_the_parser() throws IOException {
        edit(CatalogueFiles.MODELS, "kv_heads: 8", "kv_head: 8");
        assertThatThrownBy(this::load)
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("models.yaml: models[0].kv_head: Unrecognized field \"kv_head\"");
    }

    @Test
    void all_problems_are_reported_at_once() throws IOException {
        edit(CatalogueFiles.MODELS, "layers: 32", "layers: 0");
        edit(CatalogueFiles.GPUS, "vram_gb: 12", "vram_gb: -12");
        assertThatThrownBy(this::load)
                .hasMessageContaining("models.yaml: models[0].layers: must be positive, was 0")
                .hasMessageContaining("gpus.yaml: gpus[0].vram_gb: must be positive, was -12");
    }

    @Test
    void a_missing_file_is_named() throws IOException {
        Files.delete(folder.resolve(CatalogueFiles.APPLE));
        assertFails("apple.yaml: file not found");
    }

    private Catalogue load() {
        return Catalogue.loadFrom(folder, LICENCES);
    }

    private void assertFails(String line) {
        assertThatThrownBy(this::load)
                .isInstanceOf(KnowledgeException.class)
                .satisfies(e -> assertThat(e.getMessage().lines()).contains(line));
    }

    /** Replaces the first occurrence of {@code from}, which must be there. */
    private void edit(String file, String from, String to) throws IOException {
        Path path = folder.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        int at = text.indexOf(from);
        assertThat(at).as("'%s' in %s", from, file).isNotNegative();
        Files.writeString(
                path, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
    }
}
