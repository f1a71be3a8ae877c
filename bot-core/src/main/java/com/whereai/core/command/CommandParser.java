package com.whereai.core.command;

import com.whereai.core.cost.CostQuestion;
import com.whereai.core.cost.WorkloadQuestion;
import com.whereai.core.cost.WorkloadReader;
import com.whereai.core.fit.Precision;
import com.whereai.core.reply.Intent;
import com.whereai.core.situation.Signal;
import com.whereai.core.situation.SignalDetector;
import com.whereai.core.situation.Situation;
import com.whereai.core.text.NormalizedText;
import com.whereai.core.text.Numbers;
import com.whereai.core.text.Quantities;
import com.whereai.knowledge.Concept;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.Licence;
import com.whereai.knowledge.OptionId;
import com.whereai.knowledge.Topic;
import com.whereai.knowledge.catalogue.Catalogue;
import com.whereai.knowledge.catalogue.CatalogueModel;
import com.whereai.knowledge.catalogue.Hardware;
import com.whereai.knowledge.catalogue.Quant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one command language of every surface. Explicit sub-commands come first (help, options, compare,
 * recommend, why not, vram, licences, concepts), then a bare option name, then model-fit questions,
 * "what is X" questions, situations (a recommendation), and last any other question.
 */
public final class CommandParser {

    private static final Pattern HEAD = Pattern.compile("^([\\p{L}?/-]+)(?:\\s+(.*))?$");
    private static final Pattern WHY_NOT =
            Pattern.compile("^(?:why not|why isn't|why is not|varför inte|varför ej)\\s+(.+)$");
    private static final Pattern ABOUT = Pattern.compile(
            "^(?:what(?:'s| is| are)|what does|vad är|vad betyder|vad innebär|explain|förklara|tell me about|berätta om|"
                    + "more about|mer om|details|detaljer|info|show|visa|define|definiera)\\s+(?:an? |the |en |ett |)?(.+?)(?: mean| betyder)?$");
    private static final Pattern QUESTION_START = Pattern.compile(
            "^(what|how|why|when|which|who|is|are|can|could|does|do|should|would|will|vad|hur|varför|när|vilken|vilket|vilka|"
                    + "vem|är|kan|kommer|bör|ska|skulle|finns|går)\\b");
    private static final Pattern ASKS_FOR_QUALITY = Pattern.compile(
            "\\b(best|bästa|most capable|mest kapabla|quality|kvalitet|state[- ]of|toppmodern|powerful|kraftfull|smartest|smartaste)");
    private static final Pattern FIT_WORDS = Pattern.compile(
            "\\b(fit|fits|fitting|run|running|load|need|needs|required|requires|how much|enough|vram|memory|"
                    + "passar|ryms|rymmas|få plats|får plats|köra|kör|räcker|behöver|kräver|hur mycket|minne|grafikkort|gpu)");

    private static final Set<Signal> FIGURES =
            EnumSet.of(Signal.MODEL_SIZE, Signal.AVAILABLE_VRAM, Signal.OPEN_MODEL, Signal.COMMERCIAL_USE);

    private static final Pattern TOKEN_WORD = Pattern.compile("\\btokens?\\b");
    /** "what does the guide say it costs?" asks about the guide's text, not for a budget. */
    private static final Pattern GUIDE_WORD = Pattern.compile("\\b(?:guide|guiden|guidens)\\b");

    private static final Pattern QUANT_NAME =
            Pattern.compile("\\b((?:i?q\\d_(?:k_[sml]|k|0|xs))|f16|fp16)\\b", Pattern.CASE_INSENSITIVE);

    private final Catalogue catalogue = Catalogue.bundled();
    private final WorkloadReader workloads = new WorkloadReader(catalogue);
    private final OptionResolver options;
    private final SignalDetector signals;
    private final CommandWords words;
    private final IntentWords intent;
    private final Map<String, String> conceptAliases = new HashMap<>();
    private final Map<String, String> licenceAliases = new HashMap<>();
    private final Map<String, String> topicAliases = new HashMap<>();

    public CommandParser(Guide guide, SignalDetector signals, CommandWords words) {
        this(guide, signals, words, IntentWords.bundled());
    }

    public CommandParser(Guide guide, SignalDetector signals, CommandWords words, IntentWords intent) {
        this.options = new OptionResolver(guide);
        this.signals = signals;
        this.words = words;
        this.intent = intent;
        for (Concept c : guide.concepts()) {
            conceptAliases.put(c.name().sv().toLowerCase(Locale.ROOT), c.id());
            conceptAliases.put(c.name().en().toLowerCase(Locale.ROOT), c.id());
            c.aliases().forEach(a -> conceptAliases.putIfAbsent(a.toLowerCase(Locale.ROOT), c.id()));
        }
        for (Licence l : guide.licences()) {
            licenceAliases.put(l.name().en().toLowerCase(Locale.ROOT), l.id());
            l.aliases().forEach(a -> licenceAliases.putIfAbsent(a.toLowerCase(Locale.ROOT), l.id()));
        }
        for (Topic t : guide.topics()) {
            t.aliases().forEach(a -> topicAliases.putIfAbsent(a.toLowerCase(Locale.ROOT), t.id()));
        }
    }

    public Command parse(NormalizedText input) {
        String text = input.text();
        String bare = input.withoutEndPunctuation();
        if (bare.isEmpty() || bare.equals("?")) {
            return new Command.Help();
        }
        Optional<Command> explicit = explicitCommand(bare);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        Optional<OptionId> option = options.resolveWhole(bare);
        if (option.isPresent()) {
            return new Command.ShowOption(option.get());
        }
        Situation situation = signals.detect(text);
        Optional<Command> cost = cost(text, situation);
        if (cost.isPresent()) {
            return cost.get();
        }
        Optional<Command> named = namedThing(bare);
        if (named.isPresent()) {
            return named.get();
        }
        Optional<Command> fit = modelFit(text, situation, false);
        if (fit.isPresent()) {
            return fit.get();
        }
        Matcher about = ABOUT.matcher(bare);
        if (about.matches()) {
            Optional<Command> thing = namedThing(about.group(1).strip());
            if (thing.isPresent()) {
                return thing.get();
            }
            Optional<OptionId> aboutOption = options.resolveWhole(about.group(1));
            if (aboutOption.isPresent()) {
                return new Command.ShowOption(aboutOption.get());
            }
        }
        Optional<OptionId> askedAbout = askedAbout(text, situation);
        if (askedAbout.isPresent()) {
            return new Command.Recommend(
                    withoutBrandAsNeed(situation, askedAbout.get(), text), Map.of(), false, text, askedAbout.get());
        }
        if (describesSituation(text, situation)) {
            return new Command.Recommend(situation, Map.of(), false, text);
        }
        if (mentionsLicensing(text)) {
            return new Command.Licences(null);
        }
        return new Command.Question(input.original().strip());
    }

    private Optional<Command> explicitCommand(String text) {
        Matcher whyNot = WHY_NOT.matcher(text);
        if (whyNot.matches()) {
            return Optional.of(whyNot(whyNot.group(1)));
        }
        Matcher head = HEAD.matcher(text);
        if (!head.matches()) {
            return Optional.empty();
        }
        Optional<CommandWords.Match> match = words.match(text);
        if (match.isEmpty()) {
            if (text.contains(" vs ")
                    || text.contains(" vs. ")
                    || text.contains(" versus ")
                    || text.contains(" mot ")) {
                OptionResolver.Resolution r = options.resolveAll(text);
                if (r.options().size() >= 2 && r.unknown().isEmpty()) {
                    return Optional.of(new Command.Compare(r.options()));
                }
            }
            return Optional.empty();
        }
        String rest = match.get().rest();
        switch (match.get().command()) {
            case HELP:
                return Optional.of(new Command.Help());
            case OPTIONS:
            case OPTION:
                if (rest.isEmpty()) {
                    return Optional.of(new Command.ListOptions());
                }
                Optional<OptionId> named = options.resolveWhole(rest);
                if (named.isEmpty() && match.get().words().equals("all")) {
                    return Optional.empty(); // "all our data is patient records" is a description, not "options"
                }
                return Optional.of(named.<Command>map(Command.ShowOption::new).orElseGet(() -> unknownOption(rest)));
            case COMPARE:
                return Optional.of(compare(rest));
            case RECOMMEND:
                return Optional.of(rest.isEmpty() ? new Command.OpenQuestionnaire("") : recommend(rest));
            case QUESTIONNAIRE:
                // "frågor sensitive-data 70b" opens it prefilled; "frågor om licenser" is a question, not a form
                if (rest.isEmpty() || !signals.detect(rest).isEmpty()) {
                    return Optional.of(new Command.OpenQuestionnaire(rest));
                }
                return Optional.empty();
            case MODEL_FIT:
                if (rest.isEmpty()) {
                    return Optional.of(new Command.Concepts("concept.vram"));
                }
                return Optional.of(modelFit(rest, signals.detect(rest), true)
                        .orElse(new Command.Invalid("error.fit-needs-size", List.of())));
            case FEEDBACK:
                return feedback(rest);
            case LICENCES:
                return Optional.of(new Command.Licences(rest.isEmpty() ? null : licenceAliases.get(rest)));
            case CONCEPTS:
                if (rest.isEmpty()) {
                    return Optional.of(new Command.Concepts(null));
                }
                String concept = conceptAliases.get(rest);
                return concept == null ? Optional.empty() : Optional.of(new Command.Concepts(concept));
            case START_OVER:
                return rest.isEmpty() ? Optional.of(new Command.StartOver()) : Optional.empty();
            case COST:
                return Optional.of(new Command.Cost(workloads.read(rest)));
            default:
                throw new IllegalStateException(
                        "no case for the command " + match.get().command());
        }
    }

    /**
     * A question only about money ("what does each option cost for 200 users?", "is Groq cheaper than OpenAI?", "when
     * does buying pay off against renting?"); what a token costs in general, or what the guide says about cost, stays a
     * question for the guide.
     */
    private Optional<Command> cost(String text, Situation situation) {
        if (!CostQuestion.asks(text)) {
            return Optional.empty();
        }
        WorkloadQuestion workload = workloads.read(text);
        boolean aboutTokenPricing = TOKEN_WORD.matcher(text).find() && !workload.describesTraffic();
        if (aboutTokenPricing
                || !CostQuestion.isOnlyAboutCost(
                        situation, options.mentioned(text).size(), workload, text)) {
            return Optional.empty();
        }
        return Optional.of(new Command.Cost(workload));
    }

    /** "up", "down", then optionally the reply's kind (an intent id) and the option it was about. */
    private Optional<Command> feedback(String rest) {
        String[] words = rest.split(" ");
        if (words.length > 3 || !(words[0].equals("up") || words[0].equals("down"))) {
            return Optional.empty();
        }
        boolean up = words[0].equals("up");
        if (words.length == 1) {
            return Optional.of(new Command.Feedback(up));
        }
        Optional<Intent> kind = Intent.fromId(words[1]);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        OptionId option = null;
        if (words.length == 3) {
            Optional<OptionId> named = options.resolveWhole(words[2]);
            if (named.isEmpty()) {
                return Optional.empty();
            }
            option = named.get();
        }
        return Optional.of(new Command.Feedback(up, kind.get().id(), option));
    }

    private Command compare(String rest) {
        OptionResolver.Resolution r = options.resolveAll(rest);
        if (!r.unknown().isEmpty()) {
            return new Command.Invalid("error.unknown-option", List.of(String.join(" ", r.unknown())));
        }
        if (r.options().size() == 1) {
            return new Command.Invalid("error.compare-needs-two", List.of());
        }
        return new Command.Compare(r.options());
    }

    private Command recommend(String rest) {
        WeightSettings.Result result = WeightSettings.read(rest);
        if (result instanceof WeightSettings.Problem problem) {
            return problem.invalid();
        }
        WeightSettings.Parsed parsed = (WeightSettings.Parsed) result;
        return new Command.Recommend(signals.detect(parsed.rest()), parsed.weights(), true, rest);
    }

    private Command whyNot(String rest) {
        String[] words = rest.split("\\s+", 2);
        Optional<OptionId> option = options.resolveWhole(words[0].replaceAll("[?,.]", ""));
        String situationText = words.length > 1 ? words[1] : "";
        if (option.isEmpty() && words.length > 1) {
            String[] two = rest.split("\\s+", 3);
            option = options.resolveWhole(two[0] + " " + two[1].replaceAll("[?,.]", ""));
            situationText = two.length > 2 ? two[2] : "";
        }
        if (option.isEmpty()) {
            return unknownOption(words[0]);
        }
        WeightSettings.Result result = WeightSettings.read(situationText);
        if (result instanceof WeightSettings.Problem problem) {
            return problem.invalid();
        }
        WeightSettings.Parsed parsed = (WeightSettings.Parsed) result;
        return new Command.WhyNot(option.get(), signals.detect(parsed.rest()), parsed.weights(), situationText);
    }

    private Optional<Command> modelFit(String text, Situation situation, boolean asked) {
        Optional<Double> size = Quantities.modelBillions(text);
        Optional<Double> memory =
                catalogue.hardware(text).map(Hardware::totalUsableGiB).or(() -> Quantities.memoryGb(text));
        Optional<Precision> precision = Precision.find(text);
        boolean fitWords = FIT_WORDS.matcher(text).find();
        boolean situationWords = situation.signals().stream().anyMatch(s -> !FIGURES.contains(s));
        boolean fitQuestion = asked
                || (size.isPresent() && (memory.isPresent() || precision.isPresent() || fitWords) && !situationWords)
                || (size.isEmpty() && memory.isPresent() && fitWords && !situationWords);
        Optional<Command> named = catalogueFit(text, memory, fitWords || asked, situationWords);
        if (named.isPresent()) {
            return named;
        }
        if (!fitQuestion || (size.isEmpty() && memory.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Command.ModelFit(new ModelFitQuestion(
                size.orElse(null),
                precision.orElse(null),
                Quantities.contextTokens(text).orElse(null),
                memory.orElse(null))));
    }

    /**
     * A fit question naming hardware from the catalogue, or a stated memory with a catalogue model: "does llama3.1:8b
     * fit on a 4090?", "mixtral 8x7b in 48 GB?", "which models fit on my 4090?". A description of the team's
     * situation ("we have a 4090 and the data must stay here") is left to the recommender.
     */
    private Optional<Command> catalogueFit(
            String text, Optional<Double> memory, boolean fitWords, boolean situationWords) {
        if (situationWords) {
            return Optional.empty();
        }
        Optional<CatalogueModel> model = catalogue.model(text);
        Optional<Hardware> hardware = catalogue
                .hardware(text)
                .or(() -> model.isPresent() ? memory.map(CommandParser::statedMemory) : Optional.empty());
        boolean asksWhichFit =
                model.isEmpty() && fitWords && Quantities.modelBillions(text).isEmpty();
        boolean asksNeed = model.isPresent() && hardware.isEmpty() && (fitWords || namesOnlyTheModel(text));
        if (!asksNeed && (hardware.isEmpty() || !(model.isPresent() || asksWhichFit))) {
            return Optional.empty();
        }
        Matcher quant = QUANT_NAME.matcher(text);
        Optional<Quant> asked = quant.find()
                ? catalogue.quant(quant.group(1).toUpperCase(Locale.ROOT).replace("FP16", "F16"))
                : Optional.empty();
        return Optional.of(new Command.CatalogueFit(
                new CatalogueFitQuestion(model, hardware, asked, Quantities.contextTokens(text))));
    }

    /** "llama 3.1 405b", "gemma2:27b q4_k_m": the model by one of its names, perhaps with a quant, and nothing else. */
    private boolean namesOnlyTheModel(String text) {
        String rest = QUANT_NAME
                .matcher(text.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip()
                .replaceAll("\\s*[?!.]+$", "")
                .replaceAll("\\s+", " ");
        return catalogue
                .model(rest)
                .filter(m -> m.id().equals(rest)
                        || m.name().toLowerCase(Locale.ROOT).equals(rest)
                        || m.aliases().stream()
                                .anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(rest)))
                .isPresent();
    }

    private static Hardware statedMemory(double gb) {
        return new Hardware(Hardware.Kind.GPU, "stated", Numbers.compact(gb) + " GB", 1, gb, gb, true);
    }

    private Optional<Command> namedThing(String text) {
        String key = text.toLowerCase(Locale.ROOT).strip();
        if (conceptAliases.containsKey(key)) {
            return Optional.of(new Command.Concepts(conceptAliases.get(key)));
        }
        if (licenceAliases.containsKey(key)) {
            return Optional.of(new Command.Licences(licenceAliases.get(key)));
        }
        if (topicAliases.containsKey(key)) {
            String topic = topicAliases.get(key);
            return Optional.of(
                    topic.equals("topic.ratings-table")
                            ? new Command.Compare(List.of())
                            : new Command.ShowTopic(topic));
        }
        return Optional.empty();
    }

    /**
     * A message describes a team's situation when it names something the guide's choice turns on (a signal, or
     * one it denies: "not sensitive") and is not a question, or asks what to choose, or speaks for a team or an
     * organisation ("we", "vår kommun"), or names several such things. A question about one option or a fact
     * ("Is Groq fast enough for a voice bot?") stays a question.
     */
    private boolean describesSituation(String text, Situation situation) {
        long named =
                situation.signals().stream().filter(s -> !FIGURES.contains(s)).count()
                        + situation.denied().size();
        if (named == 0) {
            return intent.asksForAdvice(text) && intent.speaksForATeam(text);
        }
        boolean question = text.endsWith("?") || QUESTION_START.matcher(text).find();
        return !question || intent.asksForAdvice(text) || intent.speaksForATeam(text) || named >= 2;
    }

    /**
     * The option a yes/no question about the writer's own situation asks about ("Should we send customer data to
     * OpenAI?", "Kan vi använda Groq för vår prototyp?"): the first option it names by name or provider (bare
     * numbers are left out: in prose "5" is more often five of something).
     */
    private Optional<OptionId> askedAbout(String text, Situation situation) {
        long named =
                situation.signals().stream().filter(s -> !FIGURES.contains(s)).count()
                        + situation.denied().size();
        Optional<String> question = intent.yesNoQuestion(text).or(() -> intent.consideredOption(text));
        // without a situation of its own, only a team asking about its own use ("och kan vi använda OpenAI då?",
        // read against the conversation's situation), not a question about licences
        boolean ownUse = named > 0 || (intent.speaksForATeam(text) && !mentionsLicensing(text));
        if (question.isEmpty() || !ownUse) {
            return Optional.empty();
        }
        Optional<OptionId> byWhatOneDoes = intent.optionAskedAbout(question.get());
        if (byWhatOneDoes.isPresent()) {
            return byWhatOneDoes;
        }
        String withoutNumbers = "(?<![\\p{L}\\d])\\d+[ab]?(?![\\p{L}\\d])";
        return options.mentioned(question.get().replaceAll(withoutNumbers, " ")).stream()
                .findFirst()
                .or(() -> options.mentioned(text.replaceAll(withoutNumbers, " ")).stream()
                        .findFirst());
    }

    /**
     * "Can we use Claude for …?" names a model maker's product because it is the one asked about, not because the
     * team needs the most capable models: unless the text asks for quality, that need is not read into it.
     */
    private static Situation withoutBrandAsNeed(Situation situation, OptionId askedAbout, String text) {
        if (askedAbout == OptionId.PROPRIETARY_API
                && situation.has(Signal.FRONTIER_MODEL)
                && !ASKS_FOR_QUALITY.matcher(text).find()) {
            return situation.denying(Signal.FRONTIER_MODEL);
        }
        return situation;
    }

    private static boolean mentionsLicensing(String text) {
        return text.matches(
                ".*\\b(licen[cs]e|licen[cs]es|licens|licensen|licenser|licensvillkor|commercially|kommersiellt)\\b.*");
    }

    private static Command unknownOption(String text) {
        return new Command.Invalid("error.unknown-option", List.of(text));
    }
}
