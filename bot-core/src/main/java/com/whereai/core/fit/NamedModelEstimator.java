package com.whereai.core.fit;

import com.whereai.knowledge.catalogue.Catalogue;
import com.whereai.knowledge.catalogue.CatalogueModel;
import com.whereai.knowledge.catalogue.Hardware;
import com.whereai.knowledge.catalogue.KvCacheType;
import com.whereai.knowledge.catalogue.Quant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Estimates the memory a <em>named</em> catalogue model needs with llama.cpp, from its own architecture:
 *
 * <pre>
 *   weights  = Σ tensor groups: parameters × llama.cpp bits per weight / 8   (see {@link #weightsGb})
 *   KV cache = 2 × layers × KV heads × head dim × context × bytes per element (f16 2, q8_0 34/32, q4_0 18/32);
 *              sliding-window layers (Gemma 2: every other one) hold min(context, window) tokens
 *   compute  = 32 MiB + 2.0625 KiB × attention heads × context                 (llama.cpp, no flash attention)
 *   overhead = 0.5 GB, + 0.3 GiB per GPU beyond the first
 *   total    = weights + KV cache + compute + overhead
 * </pre>
 *
 * compared with the hardware's usable memory (GiB × 1.073741824 GB): fits with 10 % to spare, tight within the last
 * 10 %, else does not fit. Models the catalogue does not know keep {@link ModelFitCalculator}'s estimate from the size.
 * Immutable and thread-safe.
 */
public final class NamedModelEstimator {

    /** The context used when the question names none, as for unknown models. */
    public static final int DEFAULT_CONTEXT = ModelFitCalculator.DEFAULT_CONTEXT;

    /** Fits with less than this share to spare is tight, as in {@link ModelFitCalculator}. */
    public static final double TIGHT_MARGIN = ModelFitCalculator.TIGHT_MARGIN;

    /**
     * From the best quality down: what to try when a model does not fit. Q3_K_L rather than Q3_K_M because its bits
     * per weight were measured on the same model as the others (llama.cpp's Llama-3.1-8B table).
     */
    public static final List<String> QUANT_LADDER =
            List.of("F16", "Q8_0", "Q6_K", "Q5_K_M", "Q4_K_M", "Q3_K_L", "Q2_K");

    public static final double GB_PER_GIB = 1.073741824;
    private static final double MIB = 1024.0 * 1024.0;

    /**
     * Flat runtime overhead, 0.5 GB: AlexsJones/llmfit@3f44fd30 docs/how-it-works.md (flat 0.5 GB) and
     * Andyyyy64/whichllm@a8975516 src/whichllm/engine/vram.py (framework 0.5 GB); models.md §2.
     */
    static final double OVERHEAD_GB = 0.5;

    /** Per GPU beyond the first in a split: whichllm@a8975516 src/whichllm/engine/vram.py (+0.3 GiB); models.md §2. */
    static final double PER_EXTRA_GPU_GB = 0.3 * GB_PER_GIB;

    /**
     * llama.cpp's compute buffer, measured without flash attention on a 32-layer, 1024-KV-dim model (rope base 1e6:
     * Mistral 7B v0.2 style, 32 attention heads): 164 MiB at n_ctx 2048 and 2144 MiB at n_ctx 32768
     * (github.com/fedora-copr/logdetective/pull/106; models-facts.json "measured_points"). The line through both points
     * is 32 MiB + 0.06445 MiB per token. Its slope is the KQ score tensor, context × n_ubatch 512 × heads × 4 bytes
     * (2 KiB per token per head), so it is scaled by the model's heads, as NyxKrage's calculator does ({@code
     * (ctx/1024·2 + 0.75) · heads} MiB; pandora-s-git/LLMVRAMCalculator@70c0241b).
     */
    static final double COMPUTE_FLAT_MIB = 164 - 2048 * ((2144.0 - 164.0) / (32768 - 2048));

    static final double COMPUTE_MIB_PER_TOKEN_PER_HEAD = (2144.0 - 164.0) / (32768 - 2048) / 32;

    /** The model llama.cpp measured every bits-per-weight figure of the catalogue's Llama-3.1-8B table on. */
    static final String REFERENCE_MODEL = "llama-3.1-8b";

    /**
     * Bits per weight of the block type a quant mix is built on, from the block sizes in ggml-org/llama.cpp@aca2e6ce
     * ggml/src/ggml-common.h: block_q2_K 84 B, q3_K 110 B, iq4_xs 136 B, q4_K 144 B, q5_K 176 B, q6_K 210 B per 256
     * weights; q4_0 18 B, q8_0 34 B per 32. Default types per file type: ggml-org/llama.cpp@8784689f
     * src/llama-quant.cpp (llama_model_quantize_impl).
     */
    private static final Map<String, Double> BASE_TYPE_BPW = Map.ofEntries(
            Map.entry("Q2_K", 2.625),
            Map.entry("Q3_K_S", 3.4375),
            Map.entry("Q3_K_M", 3.4375),
            Map.entry("Q3_K_L", 3.4375),
            Map.entry("IQ4_XS", 4.25),
            Map.entry("Q4_0", 4.5),
            Map.entry("Q4_K_S", 4.5),
            Map.entry("Q4_K_M", 4.5),
            Map.entry("Q5_K_S", 5.5),
            Map.entry("Q5_K_M", 5.5),
            Map.entry("Q6_K", 6.5625));

    /**
     * The output tensor (and a tied token embedding, which llama.cpp quantises as the output) is kept at Q6_K in every
     * k-quant and Q4_0 file: "else if (new_type != GGML_TYPE_Q8_0) new_type = GGML_TYPE_Q6_K" in
     * ggml-org/llama.cpp@8784689f src/llama-quant.cpp (llama_tensor_get_type). Q8_0 and F16 files keep it at their
     * own type.
     */
    private static final double OUTPUT_BPW = 6.5625;

    /**
     * FFN widths that are not a multiple of 256, the k-quant super-block: llama.cpp then falls back to a larger legacy
     * type for ffn_down (whose rows are that wide). Qwen2.5-72B's intermediate_size is 29,568 (models.md §4 note ³:
     * "5.2 effective bpw"). Every other catalogue model's FFN width is a multiple of 256. Belongs in the catalogue as a
     * field once it carries FFN widths.
     */
    private static final Map<String, Integer> FFN_WIDTH_NOT_MULTIPLE_OF_256 = Map.of("qwen2.5-72b", 29568);

    private final Catalogue catalogue;
    private final Optional<CatalogueModel> reference;

    public NamedModelEstimator(Catalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue);
        this.reference = catalogue.modelById(REFERENCE_MODEL);
    }

    /** An estimator over the catalogue shipped in the jar. */
    public static NamedModelEstimator bundled() {
        return new NamedModelEstimator(Catalogue.bundled());
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * The model file in GB. llama.cpp's bits per weight (the catalogue's quants) were measured on Llama-3.1-8B, whose
     * output tensor (vocab × hidden, 6.5 % of it) is kept at Q6_K and whose token embedding is at the mix's base type;
     * models with a larger share of either differ from the flat figure. So, for a quant measured on that model:
     *
     * <ul>
     *   <li>output = vocab × hidden at Q6_K (6.5625 bpw); for tied embeddings that is the one shared tensor;
     *   <li>token embedding (untied only) = vocab × hidden at the base block type (Q4_K's 4.5 bpw for Q4_K_M);
     *   <li>everything else at the bits per weight that make the reference model's file come out at the measured size;
     *   <li>an FFN width that is not a multiple of 256 moves ffn_down to llama.cpp's fallback types (Q4_K → Q5_0, Q5_K
     *       → Q5_1, Q6_K → Q8_0, Q2_K/Q3_K → IQ4_NL; llama-quant.cpp), layer by layer as the mix assigns them;
     *   <li>a mixture of experts at the base block type throughout (output still Q6_K): the published Mixtral files,
     *       quantised before llama.cpp applied its per-layer ffn_down upgrades to expert tensors, are ~4.5 bpw at
     *       Q4_K_M, the same size as Q4_0 (models.md §4 note ¹, TheBloke's table).
     * </ul>
     *
     * Q8_0 and F16 are uniform (parameters × bits per weight), as are quants measured on another model (Q3_K_M, Q4_0:
     * Llama 2 7B figures).
     */
    public double weightsGb(CatalogueModel model, Quant quant) {
        return weightBits(model, quant) / 8 / 1e9;
    }

    private double weightBits(CatalogueModel model, Quant quant) {
        double flat = model.params() * quant.bitsPerWeight();
        Double base = BASE_TYPE_BPW.get(quant.id());
        if (base == null || reference.isEmpty() || !measuredOnReference(quant)) {
            return flat;
        }
        double output = (double) model.vocab() * model.hidden();
        if (model.moe()) {
            return (model.params() - output) * base + output * OUTPUT_BPW;
        }
        double embedding = model.tiedEmbeddings() ? 0 : output;
        double bits =
                restBpw(quant, base) * (model.params() - output - embedding) + output * OUTPUT_BPW + embedding * base;
        Integer ffnWidth = FFN_WIDTH_NOT_MULTIPLE_OF_256.get(model.id());
        if (ffnWidth != null) {
            bits += ffnDownFallbackBits(quant.id(), model.layers(), (double) ffnWidth * model.hidden());
        }
        return bits;
    }

    /** Bits per weight of everything but the output and token embedding, solved from the reference model's file. */
    private double restBpw(Quant quant, double base) {
        CatalogueModel ref = reference.orElseThrow();
        double output = (double) ref.vocab() * ref.hidden();
        double embedding = ref.tiedEmbeddings() ? 0 : output;
        double rest = ref.params() - output - embedding;
        return (quant.bitsPerWeight() * ref.params() - output * OUTPUT_BPW - embedding * base) / rest;
    }

    private static boolean measuredOnReference(Quant quant) {
        return quant.source().contains("Llama-3.1-8B");
    }

    /**
     * Extra bits when ffn_down's rows cannot hold k-quant super-blocks: per layer, the type the mix would give it
     * (llama_tensor_get_type's ffn_down rules) and the legacy type llama.cpp falls back to.
     */
    private static double ffnDownFallbackBits(String quant, int layers, double paramsPerLayer) {
        double extra = 0;
        for (int i = 0; i < layers; i++) {
            double kType = ffnDownType(quant, i, layers);
            extra += (fallback(kType) - kType) * paramsPerLayer;
        }
        return extra;
    }

    /** The k-quant type (as bits per weight) llama.cpp gives ffn_down of layer {@code i}, 0 if none. */
    private static double ffnDownType(String quant, int i, int n) {
        boolean moreBits = i < n / 8 || i >= 7 * n / 8 || (i - n / 8) % 3 == 2;
        return switch (quant) {
            case "Q2_K", "Q3_K_S" -> 3.4375;
            case "Q3_K_M" -> i < n / 16 ? 5.5 : 4.5;
            case "Q3_K_L", "Q5_K_S" -> 5.5;
            case "Q4_K_S" -> i < n / 8 ? 5.5 : 4.5;
            case "Q4_K_M" -> moreBits ? 6.5625 : 4.5;
            case "Q5_K_M" -> moreBits ? 6.5625 : 5.5;
            case "Q6_K" -> 6.5625;
            case "IQ4_XS" -> 4.25;
            default -> 0;
        };
    }

    /** llama.cpp's fallback: Q2_K, Q3_K, IQ4_XS → IQ4_NL (4.5); Q4_K → Q5_0 (5.5); Q5_K → Q5_1 (6); Q6_K → Q8_0. */
    private static double fallback(double kType) {
        if (kType == 0) {
            return 0;
        }
        if (kType <= 4.25) {
            return 4.5;
        }
        if (kType == 4.5) {
            return 5.5;
        }
        return kType == 5.5 ? 6.0 : 8.5;
    }

    /**
     * The KV cache in GB: 2 (K and V) × layers × KV heads × head dim × tokens × bytes per element. With a sliding
     * window, half the layers (Gemma 2 alternates local and global attention) hold at most the window.
     */
    public double kvCacheGb(CatalogueModel model, int contextTokens, KvCacheType kvCache) {
        requireContext(contextTokens);
        int layers = model.layers();
        double tokenLayers = (double) layers * contextTokens;
        if (model.slidingWindow().isPresent()) {
            int local = layers / 2;
            tokenLayers = (double) (layers - local) * contextTokens
                    + (double) local
                            * Math.min(contextTokens, model.slidingWindow().getAsInt());
        }
        return 2.0 * tokenLayers * model.kvHeads() * model.headDim() * kvCache.bytesPerElement() / 1e9;
    }

    /** llama.cpp's compute buffer in GB, without flash attention: see {@link #COMPUTE_FLAT_MIB}. */
    public double computeBufferGb(CatalogueModel model, int contextTokens) {
        requireContext(contextTokens);
        double mib = COMPUTE_FLAT_MIB + COMPUTE_MIB_PER_TOKEN_PER_HEAD * model.heads() * contextTokens;
        return mib * MIB / 1e9;
    }

    /** The estimate for a model split over {@code gpus} devices (1 for one GPU or a Mac). */
    public NamedModelEstimate estimate(
            CatalogueModel model, Quant quant, int contextTokens, KvCacheType kvCache, int gpus) {
        if (gpus < 1) {
            throw new IllegalArgumentException("at least one GPU, was " + gpus);
        }
        double weights = weightsGb(model, quant);
        double kv = kvCacheGb(model, contextTokens, kvCache);
        double compute = computeBufferGb(model, contextTokens);
        double multiGpu = (gpus - 1) * PER_EXTRA_GPU_GB;
        double total = weights + kv + compute + OVERHEAD_GB + multiGpu;
        return new NamedModelEstimate(
                model, quant, kvCache, contextTokens, gpus, weights, kv, compute, OVERHEAD_GB, multiGpu, total);
    }

    /** The estimate for a model on this hardware (its GPU count decides the multi-GPU overhead). */
    public NamedModelEstimate estimate(
            CatalogueModel model, Quant quant, int contextTokens, KvCacheType kvCache, Hardware hardware) {
        return estimate(model, quant, contextTokens, kvCache, hardware.count());
    }

    /**
     * The memory the model may use in GB: every GPU's VRAM, or a Mac's default GPU share of unified memory, from GiB.
     */
    public static double usableGb(Hardware hardware) {
        return hardware.totalUsableGiB() * GB_PER_GIB;
    }

    public FitVerdict verdict(NamedModelEstimate estimate, Hardware hardware) {
        double usable = usableGb(hardware);
        if (estimate.totalGb() > usable) {
            return FitVerdict.DOES_NOT_FIT;
        }
        return estimate.totalGb() > usable * (1 - TIGHT_MARGIN) ? FitVerdict.TIGHT : FitVerdict.FITS;
    }

    /** The verdict for a model at this quant and context on this hardware. */
    public FitVerdict verdict(
            CatalogueModel model, Quant quant, int contextTokens, KvCacheType kvCache, Hardware hardware) {
        return verdict(estimate(model, quant, contextTokens, kvCache, hardware), hardware);
    }

    /** The quants of {@link #QUANT_LADDER} the catalogue has, best quality first. */
    public List<Quant> ladder() {
        List<Quant> ladder = new ArrayList<>();
        QUANT_LADDER.forEach(id -> catalogue.quant(id).ifPresent(ladder::add));
        return ladder;
    }

    /** The best-quality quant on the ladder that fits (tight counts), if any. */
    public Optional<Quant> bestQuant(CatalogueModel model, Hardware hardware, int contextTokens, KvCacheType kvCache) {
        return ladder().stream()
                .filter(q -> verdict(model, q, contextTokens, kvCache, hardware) != FitVerdict.DOES_NOT_FIT)
                .findFirst();
    }

    /**
     * The longest context that fits (tight counts) at this quant, up to the model's max context, in steps of 256 tokens
     * (llama.cpp pads the context to 256); empty if not even 256 tokens fit.
     */
    public OptionalInt longestContext(CatalogueModel model, Quant quant, Hardware hardware, KvCacheType kvCache) {
        int max = model.maxContext();
        if (fits(model, quant, max, kvCache, hardware)) {
            return OptionalInt.of(max);
        }
        int low = 0; // in steps of 256; 0 means nothing fits
        int high = max / 256;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (fits(model, quant, mid * 256, kvCache, hardware)) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low == 0 ? OptionalInt.empty() : OptionalInt.of(low * 256);
    }

    private boolean fits(CatalogueModel model, Quant quant, int context, KvCacheType kvCache, Hardware hardware) {
        return verdict(model, quant, context, kvCache, hardware) != FitVerdict.DOES_NOT_FIT;
    }

    private static void requireContext(int contextTokens) {
        if (contextTokens < 0) {
            throw new IllegalArgumentException("context must be non-negative, was " + contextTokens);
        }
    }
}
