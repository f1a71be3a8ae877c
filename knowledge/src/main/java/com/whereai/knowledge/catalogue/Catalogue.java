package com.whereai.knowledge.catalogue;

import com.whereai.knowledge.GuideLoader;
import com.whereai.knowledge.Licence;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The models, GPUs and Apple chips people name, with facts from outside the guide (each with its source): exact
 * parameters and architecture per model, VRAM per GPU, the GPU's share of a Mac's unified memory, llama.cpp's bits per
 * weight per quant and the KV cache precisions. Kept in its own data files under {@code catalogue/}, apart from the
 * guide's. Immutable; {@link #bundled()} is the one shipped in the jar.
 */
public final class Catalogue {

    /** A size written right beside a model's name: {@code 8b}, {@code 405b}, {@code 0.5b}, {@code 8 x 7b}. */
    private static final Pattern SIZE = Pattern.compile("(?:\\d+ x )?\\d+(?:\\.\\d+)?b");

    private static final Pattern SIZE_FIRST = Pattern.compile("^" + SIZE.pattern() + "(?=\\s|$)");
    private static final Pattern SIZE_LAST = Pattern.compile("(?:^|\\s)(" + SIZE.pattern() + ")$");
    private static final Pattern SIZE_ANYWHERE = Pattern.compile("(?:^|\\s)" + SIZE.pattern() + "(?=\\s|$)");
    private static final Pattern MEMORY = Pattern.compile("(\\d+(?:\\.\\d+)?)(?:gb|gib)");
    private static final Map<String, Integer> COUNT_WORDS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("single", 1),
            Map.entry("en", 1),
            Map.entry("ett", 1),
            Map.entry("two", 2),
            Map.entry("dual", 2),
            Map.entry("två", 2),
            Map.entry("dubbla", 2),
            Map.entry("three", 3),
            Map.entry("tre", 3),
            Map.entry("four", 4),
            Map.entry("quad", 4),
            Map.entry("fyra", 4),
            Map.entry("five", 5),
            Map.entry("fem", 5),
            Map.entry("six", 6),
            Map.entry("sex", 6),
            Map.entry("seven", 7),
            Map.entry("sju", 7),
            Map.entry("eight", 8),
            Map.entry("åtta", 8));
    /** Words allowed between a count and the GPU: "2 x rtx 4090", "2 st 4090", "two nvidia h100". */
    private static final Pattern COUNT_BEFORE = Pattern.compile(
            "(?:^|\\s)(\\d{1,3}|\\p{L}+)(?:\\s+x)?(?:\\s+(?:st|stk|stycken|pcs|nvidia|geforce|amd|x))*$");

    private static final Pattern COUNT_AFTER = Pattern.compile("^x (\\d{1,3})(?=\\s|$)");
    private static final int MAX_GPUS = 64;

    private static volatile Catalogue bundled;

    private final LocalDate collected;
    private final List<CatalogueModel> models;
    private final List<Gpu> gpus;
    private final List<AppleChip> appleChips;
    private final List<GpuShare> appleGpuShares;
    private final List<Quant> quants;
    private final List<KvCacheType> kvCacheTypes;
    private final Map<String, Double> whereAiBitsPerWeight;
    private final String whereAiBitsPerWeightSource;
    private final String gpuUnitsSource;
    private final Names<CatalogueModel> modelNames;
    private final Names<Object> hardwareNames;
    private final Map<String, CatalogueModel> modelsById;
    private final Map<String, Gpu> gpusById;
    private final Map<String, AppleChip> chipsById;
    private final Map<String, Quant> quantsById;

    Catalogue(
            LocalDate collected,
            List<CatalogueModel> models,
            List<Gpu> gpus,
            List<AppleChip> appleChips,
            List<GpuShare> appleGpuShares,
            List<Quant> quants,
            List<KvCacheType> kvCacheTypes,
            Map<String, Double> whereAiBitsPerWeight,
            String whereAiBitsPerWeightSource,
            String gpuUnitsSource,
            Names<CatalogueModel> modelNames,
            Names<Object> hardwareNames) {
        this.collected = collected;
        this.models = List.copyOf(models);
        this.gpus = List.copyOf(gpus);
        this.appleChips = List.copyOf(appleChips);
        this.appleGpuShares = List.copyOf(appleGpuShares);
        this.quants = List.copyOf(quants);
        this.kvCacheTypes = List.copyOf(kvCacheTypes);
        this.whereAiBitsPerWeight = Collections.unmodifiableMap(new LinkedHashMap<>(whereAiBitsPerWeight));
        this.whereAiBitsPerWeightSource = whereAiBitsPerWeightSource;
        this.gpuUnitsSource = gpuUnitsSource;
        this.modelNames = modelNames;
        this.hardwareNames = hardwareNames;
        this.modelsById = byId(models, CatalogueModel::id);
        this.gpusById = byId(gpus, Gpu::id);
        this.chipsById = byId(appleChips, AppleChip::id);
        this.quantsById = byId(quants, Quant::id);
    }

    /** The catalogue shipped inside the jar, its licence ids checked against the bundled guide's. */
    public static Catalogue bundled() {
        Catalogue loaded = bundled;
        if (loaded == null) {
            synchronized (Catalogue.class) {
                loaded = bundled;
                if (loaded == null) {
                    Set<String> licenceIds = GuideLoader.loadBundled().licences().stream()
                            .map(Licence::id)
                            .collect(Collectors.toSet());
                    loaded = CatalogueLoader.bundled(licenceIds);
                    bundled = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * A catalogue from a folder holding the same four files ({@code models.yaml}, {@code gpus.yaml}, {@code
     * apple.yaml}, {@code quants.yaml}), with the guide licence ids a model may name.
     *
     * @throws com.whereai.knowledge.KnowledgeException naming the file and the field of every problem found
     */
    public static Catalogue loadFrom(Path folder, Set<String> licenceIds) {
        return CatalogueLoader.from(folder, licenceIds);
    }

    /** The day the facts were collected. */
    public LocalDate collected() {
        return collected;
    }

    public List<CatalogueModel> models() {
        return models;
    }

    public List<Gpu> gpus() {
        return gpus;
    }

    public List<AppleChip> appleChips() {
        return appleChips;
    }

    /** The GPU's default share of unified memory, by memory size, smallest first. */
    public List<GpuShare> appleGpuShares() {
        return appleGpuShares;
    }

    /** llama.cpp's measured bits per weight, smallest quant first. */
    public List<Quant> quants() {
        return quants;
    }

    public List<KvCacheType> kvCacheTypes() {
        return kvCacheTypes;
    }

    /** The bits-per-weight table where-ai's size-only estimate uses today, for comparison. */
    public Map<String, Double> whereAiBitsPerWeight() {
        return whereAiBitsPerWeight;
    }

    public String whereAiBitsPerWeightSource() {
        return whereAiBitsPerWeightSource;
    }

    /** Why a GPU's "GB" of VRAM are GiB. */
    public String gpuUnitsSource() {
        return gpuUnitsSource;
    }

    public Optional<CatalogueModel> modelById(String id) {
        return Optional.ofNullable(modelsById.get(id));
    }

    public Optional<Gpu> gpuById(String id) {
        return Optional.ofNullable(gpusById.get(id));
    }

    public Optional<AppleChip> appleChipById(String id) {
        return Optional.ofNullable(chipsById.get(id));
    }

    /** A quant by id, case-insensitive: {@code Q4_K_M}, {@code q4_k_m}. */
    public Optional<Quant> quant(String id) {
        return Optional.ofNullable(quantsById.get(id.toUpperCase(Locale.ROOT)));
    }

    /** A KV cache precision by id or alias: {@code f16}/{@code fp16}, {@code q8_0}, {@code q4_0}. */
    public Optional<KvCacheType> kvCacheType(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return kvCacheTypes.stream()
                .filter(k -> k.id().equals(wanted) || k.aliases().contains(wanted))
                .findFirst();
    }

    /** The share of unified memory a Mac's GPU may use by default: 2/3 up to 36 GB, 3/4 above. */
    public GpuShare appleGpuShare(double memoryGb) {
        return appleGpuShares.stream()
                .filter(s -> s.covers(memoryGb))
                .findFirst()
                .orElse(appleGpuShares.get(appleGpuShares.size() - 1));
    }

    /**
     * The catalogue model named anywhere in free text ("can I run mixtral 8x7b on a 4090?", "Llama-3.1-70B-Instruct",
     * "gemma2:27b"). The longest spelling found wins; a family name followed by a size the catalogue does not have
     * ("qwen2.5 3b", "mixtral 8x22b") names no model.
     */
    public Optional<CatalogueModel> model(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normalised = Names.normalise(text);
        for (Names.Match<CatalogueModel> match : modelNames.findAll(normalised)) {
            if (!SIZE_ANYWHERE.matcher(match.name()).find() && otherSizeBeside(match, normalised)) {
                continue;
            }
            return Optional.of(match.entry());
        }
        return Optional.empty();
    }

    private static boolean otherSizeBeside(Names.Match<CatalogueModel> match, String normalised) {
        String own = Names.normalise(match.entry().nominalSize());
        Matcher after = SIZE_FIRST.matcher(match.after(normalised));
        if (after.find() && !after.group().equals(own)) {
            return true;
        }
        Matcher before = SIZE_LAST.matcher(match.before(normalised));
        return before.find() && !before.group(1).equals(own);
    }

    /**
     * The hardware named in free text: GPUs with their number ("2x3090", "two 4090s", "4090", "a100 80gb") or an Apple
     * chip with its memory ("M3 Max 64GB", "M2 Max med 64 GB"; the chip's base memory if none is given).
     */
    public Optional<Hardware> hardware(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normalised = Names.normalise(text);
        List<Names.Match<Object>> found = hardwareNames.findAll(normalised);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Names.Match<Object> match = found.get(0);
        if (match.entry() instanceof Gpu gpu) {
            return Optional.of(gpu(gpu, match, normalised));
        }
        return Optional.of(apple((AppleChip) match.entry(), match, normalised));
    }

    private Hardware gpu(Gpu gpu, Names.Match<Object> match, String normalised) {
        String before = match.before(normalised);
        String after = match.after(normalised);
        int count = 1;
        Matcher counted = COUNT_AFTER.matcher(after);
        if (counted.find()) {
            count = Integer.parseInt(counted.group(1));
        } else {
            Matcher word = COUNT_BEFORE.matcher(before);
            if (word.find()) {
                String n = word.group(1);
                Integer value = n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n) : COUNT_WORDS.get(n);
                count = value == null ? 1 : value;
            }
        }
        if (count < 1 || count > MAX_GPUS) {
            count = 1;
        }
        double memory = gpu.vramGib();
        boolean stated = false;
        if (!MEMORY.matcher(match.name()).find()) {
            String next = after.isEmpty() ? "" : after.split(" ")[0];
            Matcher m = MEMORY.matcher(next);
            if (m.matches() && Double.parseDouble(m.group(1)) < gpu.vramGb()) {
                memory = Double.parseDouble(m.group(1));
                stated = true;
            }
        }
        return new Hardware(Hardware.Kind.GPU, gpu.id(), gpu.name(), count, memory, memory, stated);
    }

    private Hardware apple(AppleChip chip, Names.Match<Object> match, String normalised) {
        Optional<Double> stated = firstMemory(List.of(match.after(normalised).split(" ")), 4);
        if (stated.isEmpty()) {
            List<String> before = List.of(match.before(normalised).split(" "));
            stated = firstMemory(before.subList(Math.max(0, before.size() - 2), before.size()), 2);
        }
        double memory = stated.orElse((double) chip.baseMemoryGb());
        double usable = memory * appleGpuShare(memory).fraction();
        return new Hardware(Hardware.Kind.APPLE, chip.id(), chip.name(), 1, memory, usable, stated.isPresent());
    }

    private static Optional<Double> firstMemory(List<String> tokens, int limit) {
        for (int i = 0; i < Math.min(limit, tokens.size()); i++) {
            Matcher m = MEMORY.matcher(tokens.get(i));
            if (m.matches()) {
                double gb = Double.parseDouble(m.group(1));
                return gb > 0 ? Optional.of(gb) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static <T> Map<String, T> byId(List<T> list, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        list.forEach(t -> map.put(id.apply(t), t));
        return Collections.unmodifiableMap(map);
    }
}
