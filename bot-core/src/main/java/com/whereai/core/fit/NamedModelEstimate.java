package com.whereai.core.fit;

import com.whereai.knowledge.catalogue.CatalogueModel;
import com.whereai.knowledge.catalogue.KvCacheType;
import com.whereai.knowledge.catalogue.Quant;

/**
 * The memory a named catalogue model needs with llama.cpp, all in GB (10⁹ bytes); see {@link NamedModelEstimator}.
 *
 * @param model the catalogue model
 * @param quant the weight quantisation
 * @param kvCache the KV cache precision
 * @param contextTokens the context the KV cache and compute buffer are sized for
 * @param gpus the number of devices the model is split over (1 for a single GPU or a Mac)
 * @param weightsGb the model file: parameters × llama.cpp's bits per weight, per tensor group
 * @param kvCacheGb 2 × layers × KV heads × head dim × context × bytes per element (sliding-window layers hold at most
 *     the window)
 * @param computeBufferGb llama.cpp's compute buffer, growing with context and attention heads
 * @param overheadGb the flat runtime overhead (CUDA/Metal context, framework)
 * @param multiGpuGb the extra overhead of splitting over more than one GPU (0 for one device)
 * @param totalGb the sum of the above
 */
public record NamedModelEstimate(
        CatalogueModel model,
        Quant quant,
        KvCacheType kvCache,
        int contextTokens,
        int gpus,
        double weightsGb,
        double kvCacheGb,
        double computeBufferGb,
        double overheadGb,
        double multiGpuGb,
        double totalGb) {}
