package com.whereai.knowledge.catalogue;

import com.whereai.knowledge.KnowledgeException;
import com.whereai.knowledge.catalogue.CatalogueFiles.AppleFile;
import com.whereai.knowledge.catalogue.CatalogueFiles.ChipEntry;
import com.whereai.knowledge.catalogue.CatalogueFiles.GpuEntry;
import com.whereai.knowledge.catalogue.CatalogueFiles.GpusFile;
import com.whereai.knowledge.catalogue.CatalogueFiles.KvCacheEntry;
import com.whereai.knowledge.catalogue.CatalogueFiles.ModelEntry;
import com.whereai.knowledge.catalogue.CatalogueFiles.ModelsFile;
import com.whereai.knowledge.catalogue.CatalogueFiles.QuantEntry;
import com.whereai.knowledge.catalogue.CatalogueFiles.QuantsFile;
import com.whereai.knowledge.catalogue.CatalogueFiles.ShareEntry;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks what the YAML parser cannot and builds the typed catalogue: ids unique, counts positive, KV heads dividing
 * the heads, head dim × heads equal to hidden unless the config sets head_dim itself, licence ids known to the guide,
 * quants known, every figure with its source, no spelling shared by two entries.
 */
final class CatalogueValidator {

    private static final Pattern SHARE = Pattern.compile("(\\d+)/(\\d+)");

    private final ModelsFile modelsFile;
    private final GpusFile gpusFile;
    private final AppleFile appleFile;
    private final QuantsFile quantsFile;
    private final Set<String> licenceIds;

    private final List<String> problems = new ArrayList<>();
    private final Set<String> quantIds = new TreeSet<>();
    private final Aliases<CatalogueModel> modelNames = new Aliases<>();

    CatalogueValidator(ModelsFile models, GpusFile gpus, AppleFile apple, QuantsFile quants, Set<String> licenceIds) {
        this.modelsFile = models;
        this.gpusFile = gpus;
        this.appleFile = apple;
        this.quantsFile = quants;
        this.licenceIds = new TreeSet<>(licenceIds);
    }

    Catalogue validate() {
        LocalDate collected = collected(CatalogueFiles.MODELS, modelsFile.collected());
        collected(CatalogueFiles.GPUS, gpusFile.collected());
        collected(CatalogueFiles.APPLE, appleFile.collected());
        collected(CatalogueFiles.QUANTS, quantsFile.collected());

        List<Quant> quants = quants();
        List<KvCacheType> kvCache = kvCache();
        Map<String, Double> whereAi = whereAiTable();
        List<CatalogueModel> models = models();
        Aliases<Object> hardwareNames = new Aliases<>();
        List<Gpu> gpus = gpus(hardwareNames);
        List<GpuShare> shares = shares();
        List<AppleChip> chips = chips(hardwareNames);

        if (!problems.isEmpty()) {
            throw new KnowledgeException(String.join("\n", problems));
        }
        return new Catalogue(
                collected,
                models,
                gpus,
                chips,
                shares,
                quants,
                kvCache,
                whereAi,
                quantsFile.whereAiTable().source(),
                gpusFile.unitsSource(),
                new Names<>(modelNames.byName()),
                new Names<>(hardwareNames.byName()));
    }

    // ---- models.yaml

    private List<CatalogueModel> models() {
        String file = CatalogueFiles.MODELS;
        List<ModelEntry> list = nonEmpty(file, "models", modelsFile.models());
        Map<String, String> ids = new HashMap<>();
        List<CatalogueModel> models = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ModelEntry m = list.get(i);
            String at = file + ": models[" + i + "]";
            int before = problems.size();
            id(at, m.id(), ids);
            text(at + ".name", m.name());
            text(at + ".hf", m.hf());
            text(at + ".nominal", m.nominal());
            long params = positive(at + ".params", m.params());
            source(at + ".params_source", m.paramsSource());
            long active = params;
            int experts = 0;
            int perToken = 0;
            if (m.activeParams() != null || m.experts() != null || m.expertsPerToken() != null) {
                active = positive(at + ".active_params", m.activeParams());
                experts = positive(at + ".experts", m.experts());
                perToken = positive(at + ".experts_per_token", m.expertsPerToken());
                if (params > 0 && active >= params) {
                    problems.add(at + ".active_params: must be less than params (" + params + "), was " + active);
                }
                if (experts > 0 && perToken > experts) {
                    problems.add(at + ".experts_per_token: must be at most experts (" + experts + "), was " + perToken);
                }
            }
            int layers = positive(at + ".layers", m.layers());
            int hidden = positive(at + ".hidden", m.hidden());
            int heads = positive(at + ".heads", m.heads());
            int kvHeads = positive(at + ".kv_heads", m.kvHeads());
            int headDim = positive(at + ".head_dim", m.headDim());
            int vocab = positive(at + ".vocab", m.vocab());
            int maxContext = positive(at + ".max_context", m.maxContext());
            if (heads > 0 && kvHeads > 0 && heads % kvHeads != 0) {
                problems.add(at + ".kv_heads: must divide heads (" + heads + "), was " + kvHeads);
            }
            boolean explicit = Boolean.TRUE.equals(m.headDimExplicit());
            if (heads > 0 && headDim > 0 && hidden > 0) {
                long product = (long) heads * headDim;
                if (!explicit && product != hidden) {
                    problems.add(at + ".head_dim: heads × head_dim = " + heads + " × " + headDim + " = " + product
                            + ", not hidden (" + hidden + "); set head_dim_explicit: true if the config says so");
                } else if (explicit && product == hidden) {
                    problems.add(at + ".head_dim_explicit: set, but heads × head_dim equals hidden (" + hidden + ")");
                }
            }
            OptionalInt extended = optionalPositive(at + ".extended_context", m.extendedContext());
            if (extended.isPresent() && maxContext > 0 && extended.getAsInt() <= maxContext) {
                problems.add(at + ".extended_context: must be larger than max_context (" + maxContext + "), was "
                        + extended.getAsInt());
            }
            OptionalInt window = optionalPositive(at + ".sliding_window", m.slidingWindow());
            if (window.isPresent() && maxContext > 0 && window.getAsInt() >= maxContext) {
                problems.add(at + ".sliding_window: must be smaller than max_context (" + maxContext + "), was "
                        + window.getAsInt());
            }
            licence(at, m);
            source(at + ".source", m.source());
            GgufSizes gguf = gguf(at + ".gguf", m.gguf());
            List<CatalogueModel.OllamaTag> ollama = ollama(at + ".ollama", m.ollama());
            List<String> aliases = aliases(at + ".aliases", m.aliases());
            if (problems.size() > before) {
                continue;
            }
            CatalogueModel model = new CatalogueModel(
                    m.id(),
                    m.name(),
                    m.hf(),
                    m.nominal(),
                    params,
                    Boolean.TRUE.equals(m.paramsRounded()),
                    active,
                    experts,
                    perToken,
                    layers,
                    hidden,
                    heads,
                    kvHeads,
                    headDim,
                    vocab,
                    Boolean.TRUE.equals(m.tiedEmbeddings()),
                    maxContext,
                    extended,
                    window,
                    Optional.ofNullable(m.contextNote()),
                    Optional.ofNullable(m.licence()),
                    m.licenceName(),
                    Optional.ofNullable(m.licenceNote()),
                    Optional.ofNullable(m.note()),
                    gguf,
                    ollama,
                    new CatalogueModel.ModelSources(
                            m.source(),
                            m.paramsSource(),
                            m.licenceSource(),
                            m.gguf().source(),
                            Optional.ofNullable(m.ollama()).map(CatalogueFiles.OllamaEntry::source)),
                    aliases);
            models.add(model);
            modelNames.add(at + ".id", m.id(), model, m.id());
            String repoName = m.hf().substring(m.hf().indexOf('/') + 1);
            modelNames.add(at + ".hf", repoName, model, m.id());
            for (int a = 0; a < aliases.size(); a++) {
                modelNames.add(at + ".aliases[" + a + "]", aliases.get(a), model, m.id());
            }
        }
        return models;
    }

    private void licence(String at, ModelEntry m) {
        if (m.licence() == null) {
            if (blank(m.licenceNote())) {
                problems.add(at + ".licence: missing (one of the guide's licence ids " + licenceIds
                        + ", or a licence_note for terms the guide does not cover)");
            }
        } else if (!licenceIds.contains(m.licence())) {
            problems.add(at + ".licence: unknown licence id '" + m.licence() + "' (guide/licences.yaml has "
                    + licenceIds + ")");
        }
        text(at + ".licence_name", m.licenceName());
        source(at + ".licence_source", m.licenceSource());
    }

    private GgufSizes gguf(String at, CatalogueFiles.GgufEntry gguf) {
        if (gguf == null) {
            problems.add(at + ": missing (published GGUF sizes and their source; an empty file_gb if none)");
            return null;
        }
        source(at + ".source", gguf.source());
        Map<String, Double> file = sizes(at + ".file_gb", gguf.fileGb());
        Map<String, Double> derived = sizes(at + ".derived_gb", gguf.derivedGb());
        return new GgufSizes(file, derived, gguf.source());
    }

    private Map<String, Double> sizes(String at, Map<String, Double> sizes) {
        Map<String, Double> result = new LinkedHashMap<>();
        if (sizes == null) {
            return result;
        }
        sizes.forEach((quant, gb) -> {
            if (!quantIds.contains(quant)) {
                problems.add(at + "." + quant + ": not a quant in quants.yaml " + quantIds);
            } else if (gb == null || gb <= 0) {
                problems.add(at + "." + quant + ": must be positive, was " + gb);
            } else {
                result.put(quant, gb);
            }
        });
        return result;
    }

    private List<CatalogueModel.OllamaTag> ollama(String at, CatalogueFiles.OllamaEntry ollama) {
        if (ollama == null) {
            return List.of();
        }
        source(at + ".source", ollama.source());
        List<CatalogueModel.OllamaTag> tags = new ArrayList<>();
        List<CatalogueFiles.OllamaTagEntry> list = nonEmpty(at + ".tags", ollama.tags());
        for (int t = 0; t < list.size(); t++) {
            CatalogueFiles.OllamaTagEntry tag = list.get(t);
            String here = at + ".tags[" + t + "]";
            text(here + ".tag", tag.tag());
            if (tag.gb() == null || tag.gb() <= 0) {
                problems.add(here + ".gb: must be positive, was " + tag.gb());
            }
            if (tag.quant() != null && !quantIds.contains(tag.quant())) {
                problems.add(here + ".quant: not a quant in quants.yaml " + quantIds + ", was " + tag.quant());
            }
            if (!blank(tag.tag()) && tag.gb() != null) {
                tags.add(new CatalogueModel.OllamaTag(tag.tag(), tag.gb(), Optional.ofNullable(tag.quant())));
            }
        }
        return tags;
    }

    // ---- gpus.yaml

    private List<Gpu> gpus(Aliases<Object> names) {
        String file = CatalogueFiles.GPUS;
        source(file + ": units_source", gpusFile.unitsSource());
        List<GpuEntry> list = nonEmpty(file, "gpus", gpusFile.gpus());
        Map<String, String> ids = new HashMap<>();
        List<Gpu> gpus = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            GpuEntry g = list.get(i);
            String at = file + ": gpus[" + i + "]";
            int before = problems.size();
            id(at, g.id(), ids);
            text(at + ".name", g.name());
            int gb = positive(at + ".vram_gb", g.vramGb());
            if (g.vramGib() == null || g.vramGib() <= 0) {
                problems.add(at + ".vram_gib: must be positive, was " + g.vramGib());
            }
            source(at + ".source", g.source());
            List<String> aliases = aliases(at + ".aliases", g.aliases());
            if (problems.size() > before) {
                continue;
            }
            Gpu gpu = new Gpu(g.id(), g.name(), gb, g.vramGib(), Optional.ofNullable(g.note()), g.source(), aliases);
            gpus.add(gpu);
            names.add(at + ".id", g.id(), gpu, g.id());
            for (int a = 0; a < aliases.size(); a++) {
                names.add(at + ".aliases[" + a + "]", aliases.get(a), gpu, g.id());
            }
        }
        return gpus;
    }

    // ---- apple.yaml

    private List<GpuShare> shares() {
        String file = CatalogueFiles.APPLE;
        List<ShareEntry> list = nonEmpty(file, "gpu_share", appleFile.gpuShare());
        List<GpuShare> shares = new ArrayList<>();
        int previous = 0;
        for (int i = 0; i < list.size(); i++) {
            ShareEntry s = list.get(i);
            String at = file + ": gpu_share[" + i + "]";
            boolean last = i == list.size() - 1;
            OptionalInt upTo = OptionalInt.empty();
            if (last && s.upToGb() != null) {
                problems.add(at + ".up_to_gb: the last rule covers all larger memory, so it has no up_to_gb");
            } else if (!last && s.upToGb() == null) {
                problems.add(at + ".up_to_gb: missing (only the last rule has none)");
            } else if (s.upToGb() != null) {
                if (s.upToGb() <= previous) {
                    problems.add(at + ".up_to_gb: must be larger than the rule before (" + previous + "), was "
                            + s.upToGb());
                }
                previous = s.upToGb();
                upTo = OptionalInt.of(s.upToGb());
            }
            source(at + ".source", s.source());
            Matcher share = s.share() == null ? null : SHARE.matcher(s.share().trim());
            if (share == null || !share.matches()) {
                problems.add(at + ".share: must be a fraction like 2/3, was " + s.share());
                continue;
            }
            int numerator = Integer.parseInt(share.group(1));
            int denominator = Integer.parseInt(share.group(2));
            if (numerator <= 0 || numerator > denominator) {
                problems.add(at + ".share: must be more than 0 and at most 1, was " + s.share());
                continue;
            }
            shares.add(new GpuShare(upTo, numerator, denominator, s.source()));
        }
        return shares;
    }

    private List<AppleChip> chips(Aliases<Object> names) {
        String file = CatalogueFiles.APPLE;
        List<ChipEntry> list = nonEmpty(file, "chips", appleFile.chips());
        Map<String, String> ids = new HashMap<>();
        List<AppleChip> chips = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ChipEntry c = list.get(i);
            String at = file + ": chips[" + i + "]";
            int before = problems.size();
            id(at, c.id(), ids);
            text(at + ".name", c.name());
            int memory = positive(at + ".base_memory_gb", c.baseMemoryGb());
            source(at + ".source", c.source());
            List<String> aliases = aliases(at + ".aliases", c.aliases());
            if (problems.size() > before) {
                continue;
            }
            AppleChip chip = new AppleChip(c.id(), c.name(), memory, c.source(), aliases);
            chips.add(chip);
            names.add(at + ".id", c.id(), chip, c.id());
            for (int a = 0; a < aliases.size(); a++) {
                names.add(at + ".aliases[" + a + "]", aliases.get(a), chip, c.id());
            }
        }
        return chips;
    }

    // ---- quants.yaml

    private List<Quant> quants() {
        String file = CatalogueFiles.QUANTS;
        List<QuantEntry> list = nonEmpty(file, "quants", quantsFile.quants());
        Map<String, String> ids = new HashMap<>();
        List<Quant> quants = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            QuantEntry q = list.get(i);
            String at = file + ": quants[" + i + "]";
            int before = problems.size();
            id(at, q.id(), ids);
            if (q.bpw() == null || q.bpw() <= 1 || q.bpw() > 32) {
                problems.add(at + ".bpw: must be more than 1 and at most 32 bits per weight, was " + q.bpw());
            }
            source(at + ".source", q.source());
            if (problems.size() == before) {
                quants.add(new Quant(q.id(), q.bpw(), q.source()));
            }
            if (!blank(q.id())) {
                quantIds.add(q.id());
            }
        }
        return quants;
    }

    private Map<String, Double> whereAiTable() {
        String at = CatalogueFiles.QUANTS + ": where_ai_table";
        if (quantsFile.whereAiTable() == null) {
            problems.add(at + ": missing");
            return Map.of();
        }
        source(at + ".source", quantsFile.whereAiTable().source());
        return sizes(at + ".bpw", quantsFile.whereAiTable().bpw());
    }

    private List<KvCacheType> kvCache() {
        String file = CatalogueFiles.QUANTS;
        List<KvCacheEntry> list = nonEmpty(file, "kv_cache", quantsFile.kvCache());
        Map<String, String> ids = new HashMap<>();
        List<KvCacheType> types = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            KvCacheEntry k = list.get(i);
            String at = file + ": kv_cache[" + i + "]";
            int before = problems.size();
            id(at, k.id(), ids);
            if (k.bytesPerElement() == null || k.bytesPerElement() <= 0 || k.bytesPerElement() > 4) {
                problems.add(at + ".bytes_per_element: must be more than 0 and at most 4, was " + k.bytesPerElement());
            }
            source(at + ".source", k.source());
            List<String> aliases = aliases(at + ".aliases", k.aliases());
            if (problems.size() == before) {
                types.add(new KvCacheType(k.id(), k.bytesPerElement(), aliases, k.source()));
            }
        }
        return types;
    }

    // ---- shared checks

    private LocalDate collected(String file, String date) {
        if (blank(date)) {
            problems.add(file + ": collected: missing (the date the facts were collected)");
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            problems.add(file + ": collected: must be a date like 2026-12-02, was " + date);
            return null;
        }
    }

    private <T> List<T> nonEmpty(String file, String field, List<T> list) {
        return nonEmpty(file + ": " + field, list);
    }

    private <T> List<T> nonEmpty(String at, List<T> list) {
        if (list == null || list.isEmpty()) {
            problems.add(at + ": missing or empty");
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                problems.add(at + "[" + i + "]: empty entry");
            }
        }
        return list.stream().filter(Objects::nonNull).toList();
    }

    private void id(String at, String id, Map<String, String> ids) {
        if (blank(id)) {
            problems.add(at + ".id: missing");
            return;
        }
        String earlier = ids.putIfAbsent(id, at + ".id");
        if (earlier != null) {
            problems.add(at + ".id: duplicate id '" + id + "' (already used at " + earlier + ")");
        }
    }

    private List<String> aliases(String at, List<String> aliases) {
        if (aliases == null || aliases.isEmpty()) {
            problems.add(at + ": missing (the spellings people use)");
            return List.of();
        }
        for (int i = 0; i < aliases.size(); i++) {
            if (blank(aliases.get(i)) || Names.normalise(aliases.get(i)).isEmpty()) {
                problems.add(at + "[" + i + "]: empty");
            }
        }
        return aliases.stream().filter(a -> !blank(a)).toList();
    }

    private int positive(String at, Integer value) {
        if (value == null) {
            problems.add(at + ": missing");
            return 0;
        }
        if (value <= 0) {
            problems.add(at + ": must be positive, was " + value);
            return 0;
        }
        return value;
    }

    private long positive(String at, Long value) {
        if (value == null) {
            problems.add(at + ": missing");
            return 0;
        }
        if (value <= 0) {
            problems.add(at + ": must be positive, was " + value);
            return 0;
        }
        return value;
    }

    private OptionalInt optionalPositive(String at, Integer value) {
        if (value == null) {
            return OptionalInt.empty();
        }
        return value <= 0 ? OptionalInt.of(positive(at, value)) : OptionalInt.of(value);
    }

    private void text(String at, String value) {
        if (blank(value)) {
            problems.add(at + ": missing");
        }
    }

    private void source(String at, String value) {
        if (blank(value)) {
            problems.add(at + ": missing (every figure needs its source)");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Normalised spelling -> entry, reporting a spelling that two entries share. */
    private final class Aliases<T> {
        private final Map<String, T> byName = new LinkedHashMap<>();
        private final Map<String, String> ownerOf = new HashMap<>();
        private final Map<String, String> whereOf = new HashMap<>();

        void add(String where, String spelling, T entry, String owner) {
            String name = Names.normalise(spelling);
            if (name.isEmpty()) {
                return;
            }
            String earlierOwner = ownerOf.putIfAbsent(name, owner);
            if (earlierOwner == null) {
                byName.put(name, entry);
                whereOf.put(name, where);
            } else if (!earlierOwner.equals(owner)) {
                problems.add(where + ": '" + spelling + "' (read as '" + name + "') already names " + earlierOwner
                        + " (at " + whereOf.get(name) + ")");
            }
        }

        Map<String, T> byName() {
            return byName;
        }
    }
}
