package com.whereai.knowledge.catalogue;

import java.util.List;
import java.util.Map;

/**
 * The shapes of the data files under {@code catalogue/}, as written (snake_case keys). Every field is nullable so
 * that the validator, not the parser, reports what is missing, naming the file and the field.
 */
final class CatalogueFiles {

    static final String MODELS = "models.yaml";
    static final String GPUS = "gpus.yaml";
    static final String APPLE = "apple.yaml";
    static final String QUANTS = "quants.yaml";

    static final List<String> ALL = List.of(MODELS, GPUS, APPLE, QUANTS);

    private CatalogueFiles() {}

    record ModelsFile(String collected, List<ModelEntry> models) {}

    record ModelEntry(
            String id,
            String name,
            String hf,
            String nominal,
            Long params,
            Boolean paramsRounded,
            String paramsSource,
            Long activeParams,
            Integer experts,
            Integer expertsPerToken,
            Integer layers,
            Integer hidden,
            Integer heads,
            Integer kvHeads,
            Integer headDim,
            Boolean headDimExplicit,
            Integer vocab,
            Boolean tiedEmbeddings,
            Integer maxContext,
            Integer extendedContext,
            String contextNote,
            Integer slidingWindow,
            String licence,
            String licenceName,
            String licenceNote,
            String licenceSource,
            String note,
            String source,
            GgufEntry gguf,
            OllamaEntry ollama,
            List<String> aliases) {}

    record GgufEntry(Map<String, Double> fileGb, Map<String, Double> derivedGb, String source) {}

    record OllamaEntry(List<OllamaTagEntry> tags, String source) {}

    record OllamaTagEntry(String tag, Double gb, String quant) {}

    record GpusFile(String collected, String unitsSource, List<GpuEntry> gpus) {}

    record GpuEntry(
            String id, String name, Integer vramGb, Double vramGib, String note, String source, List<String> aliases) {}

    record AppleFile(String collected, List<ShareEntry> gpuShare, List<ChipEntry> chips) {}

    record ShareEntry(Integer upToGb, String share, String source) {}

    record ChipEntry(String id, String name, Integer baseMemoryGb, List<String> aliases, String source) {}

    record QuantsFile(
            String collected, List<QuantEntry> quants, WhereAiTable whereAiTable, List<KvCacheEntry> kvCache) {}

    record QuantEntry(String id, Double bpw, String source) {}

    record WhereAiTable(String source, Map<String, Double> bpw) {}

    record KvCacheEntry(String id, Double bytesPerElement, List<String> aliases, String source) {}
}
