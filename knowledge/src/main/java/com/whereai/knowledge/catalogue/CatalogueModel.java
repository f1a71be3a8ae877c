package com.whereai.knowledge.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An open model people name, with the architecture its config declares and the licence it ships under. Figures come
 * from outside the guide; {@link #sources()} says where each one is from.
 *
 * @param id stable id, for example {@code llama-3.1-8b}
 * @param hfRepo the Hugging Face repository, for example {@code meta-llama/Llama-3.1-8B-Instruct}
 * @param nominalSize the size as people write it: {@code 8b}, {@code 8x7b}, {@code 3.8b}
 * @param params total parameters (for a mixture of experts: all experts, which is what has to fit in memory)
 * @param paramsRounded true where only the model card's rounded figure is known (Qwen2.5 14B, Command R)
 * @param activeParams parameters used per token; equals {@code params} for a dense model
 * @param experts number of experts for a mixture of experts, 0 for a dense model
 * @param expertsPerToken experts routed per token, 0 for a dense model
 * @param headDim the attention head size; not always {@code hidden / heads} (Gemma 2, Mistral Nemo)
 * @param maxContext the context window in tokens the model ships with
 * @param extendedContext a longer window reachable with rope scaling or a variant, if any
 * @param slidingWindow the sliding-window size of the alternating local-attention layers, if any
 * @param licenceId the guide's licence entry ({@code licence.llama}, {@code licence.mit-apache}, {@code licence.cc-nc}),
 *     empty where the guide has none (Gemma's terms, the Qwen licence)
 * @param licenceName the licence as the model card names it
 * @param licenceNote what to know about a licence the guide does not cover
 * @param gguf published GGUF file sizes per quant
 * @param ollama Ollama library tags and their download sizes
 * @param aliases spellings people use, as written in the data file
 */
public record CatalogueModel(
        String id,
        String name,
        String hfRepo,
        String nominalSize,
        long params,
        boolean paramsRounded,
        long activeParams,
        int experts,
        int expertsPerToken,
        int layers,
        int hidden,
        int heads,
        int kvHeads,
        int headDim,
        int vocab,
        boolean tiedEmbeddings,
        int maxContext,
        OptionalInt extendedContext,
        OptionalInt slidingWindow,
        Optional<String> contextNote,
        Optional<String> licenceId,
        String licenceName,
        Optional<String> licenceNote,
        Optional<String> note,
        GgufSizes gguf,
        List<OllamaTag> ollama,
        ModelSources sources,
        List<String> aliases) {

    public CatalogueModel {
        ollama = List.copyOf(ollama);
        aliases = List.copyOf(aliases);
    }

    /** A mixture of experts: all experts must fit in memory, but only {@link #activeParams()} work per token. */
    public boolean moe() {
        return experts > 0;
    }

    /** Grouped-query attention: fewer KV heads than query heads, so a smaller KV cache. */
    public boolean gqa() {
        return kvHeads < heads;
    }

    /** Width of one layer's K (or V) per token: KV heads × head dim. */
    public int kvDim() {
        return kvHeads * headDim;
    }

    /** KV cache bytes per token of context: 2 (K and V) × layers × KV heads × head dim × bytes per element. */
    public double kvBytesPerToken(double bytesPerElement) {
        return 2.0 * layers * kvHeads * headDim * bytesPerElement;
    }

    /** KV cache bytes per token at fp16, the config formula {@code 2 · L · kv_heads · head_dim · 2}. */
    public long kvBytesPerTokenFp16() {
        return 2L * layers * kvHeads * headDim * 2;
    }

    /** Where the figures come from. */
    public record ModelSources(String config, String params, String licence, String gguf, Optional<String> ollama) {}

    /** An Ollama library tag, its download size in GB (10⁹ bytes) and, where known, its quant. */
    public record OllamaTag(String tag, double gb, Optional<String> quant) {}
}
