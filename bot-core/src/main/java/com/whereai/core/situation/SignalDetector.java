package com.whereai.core.situation;

import static com.whereai.core.situation.Signal.*;

import com.whereai.core.text.Quantities;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a team's free text (Swedish or English, already lower-cased) for the signals the guide's choice
 * turns on. Each phrase is a regular expression matched at the start of a word, so "känslig" also finds
 * "känsliga". Negated phrases ("no IT staff", "inte känslig") win over the plain ones.
 */
public final class SignalDetector {

    private static final long LARGE_SCALE_USERS = 100_000;
    private static final long SMALL_SCALE_USERS = 50;
    /** From this many users in one organisation, everyone downloading their own model stops being practical. */
    private static final long SHARED_USE_USERS = 10;

    private final List<Rule> rules = new ArrayList<>();

    public SignalDetector() {
        // Negations first: they suppress the plain signal they negate.
        suppress(SENSITIVE_DATA,
                "(not|isn't|is not|aren't|are not|no|non|nothing)[- ](very |particularly |really )?(sensitive|confidential|secret)",
                "public data", "open data", "publicly available",
                "(inte|ej|icke)[- ]?(särskilt |speciellt |så )?(känslig|hemlig|konfidentiell)", "(ingen|inget|inga) (känslig|hemlig)",
                "offentlig(a)? (data|uppgifter|information)", "publik(a)? data");
        suppress(FRONTIER_MODEL,
                "(don't|do not|doesn't|does not|no) need (the |a )?(best|most|latest|state|top|frontier|gpt|claude)",
                "(behöver|kräver) (inte|ej) (den |de |en )?(bästa|senaste|mest|allra|topp|gpt|claude)",
                "good enough", "räcker bra", "duger bra");
        rule(NO_IT_STAFF, suppressing(IT_STAFF),
                "no (dedicated |in-house |own )?(it|ops|devops|sre|infrastructure|infra|tech|technical|engineering)"
                        + "( |-)?(team|staff|department|people|expertise|skills|knowledge|person|resources)",
                "without (an? |any )?(it|ops|devops|infrastructure) (team|department|staff|people)",
                "(not|non)[- ]?technical", "nobody (technical|to (maintain|run|manage|operate))",
                "no ?one (technical|to (maintain|run|manage|operate))", "no sysadmin", "lack (of )?(it|technical|ops)",
                "(don't|do not) have (an? |any )?(it|ops|devops|technical|infrastructure) ",
                "(ingen|inga|saknar|utan) (egen |egna )?(it|drift|devops|teknisk|tekniska|infrastruktur)"
                        + "(-| )?(avdelning|personal|team|kompetens|kunskap|folk|tekniker|resurser)?\\b",
                "inte tekniska", "icke[- ]tekniska", "ingen som kan (sköta|drifta|underhålla|hantera)",
                "har ingen it", "saknar it");
        rule(NO_HARDWARE_BUDGET, suppressing(HARDWARE_BUDGET),
                "(no|little|limited|tight|small|zero|low) (budget|money|capital|capex|cash)( for (hardware|servers?|gpus?|buying))?",
                "can'?t afford", "cannot afford", "without (buying|owning|purchasing) (any )?(hardware|a server|servers|gpus?)",
                "(don't|do not) want to (buy|purchase|own) (any )?(hardware|a server|servers|gpus?)",
                "no up-?front (cost|investment|spend)", "(don't|do not) own (any )?(hardware|gpus?|servers?)",
                "no (hardware|gpus?|servers?) of our own", "cash flow", "not (buy|purchase) (any )?hardware",
                "(ingen|liten|begränsad|snål|låg|knapp|mycket liten) budget", "inga pengar",
                "(har|hade) inte råd", "utan att köpa", "vill inte köpa (någon )?(hårdvara|en server|servrar|gpu)",
                "ingen (stor )?(startinvestering|investering|engångskostnad)", "äger ingen (hårdvara|server|gpu)",
                "har ingen (egen )?(hårdvara|server|gpu)", "kassaflöde");
        rule(SENSITIVE_DATA, none(),
                "sensitive", "confidential", "patient", "medical record", "health (data|records|information)",
                "trade secret", "personal data", "personally identifiable", "pii\\b", "gdpr", "client (files|data|records)",
                "legal (documents|files)", "privileged", "classified", "hipaa", "financial records", "customer data",
                "proprietary (data|code|documents)", "internal documents", "secret", "medical", "x-?rays?", "diagnos",
                "röntgen", "medicinsk", "diagnos",
                "känslig", "konfidentiell", "sekretess", "patient", "journal", "företagshemlighet", "affärshemlighet",
                "personuppgift", "personnummer", "klientakt", "klientuppgift", "kunddata", "kunduppgift", "hemlig",
                "integritetskänslig", "hälsodata", "vårddata", "interna dokument");
        rule(ON_PREMISES, none(),
                "on[- ]?prem", "(must|may|can|should|could)(n't|'t| not| never) leave\\b", "cannot leave\\b", "never leave\\b",
                "(stay|remain|kept|be kept) (in|on|inside|within) (our|the) (own )?(building|premises|house|servers|network|office|site)",
                "never leave (our|the)", "in our own (building|data ?cent(er|re)|server room|basement)", "air[- ]?gapped",
                "within our (own )?walls", "our own data ?cent(er|re)", "own server room",
                "egna lokaler", "(får|ska|kan) (inte|aldrig|ej) lämna (huset|byggnaden|lokalerna|våra lokaler|företaget|nätverket|kontoret)",
                "(stanna|stannar|ligga|ligger) (kvar )?(i|inom|på) (huset|byggnaden|lokalerna|företaget|våra (egna )?(lokaler|servrar)|vårt nätverk)",
                "aldrig lämna", "(inte|aldrig|ej) (får|ska|kan) lämna\\b", "(får|ska|kan) (inte|aldrig|ej) lämna\\b", "i (vårt|vår) (egen |eget )?(serverrum|datacenter|hus|källare|byggnad)", "luftgap",
                "inom våra (egna )?väggar", "egen serverhall", "eget serverrum", "eget datacenter");
        rule(OFFLINE, none(),
                "offline", "no internet", "without (an? )?internet", "no network connection", "air[- ]?gapped",
                "disconnected", "no connectivity", "on a ship", "on a plane", "no reliable internet",
                "utan internet", "inget internet", "ingen internet", "ingen uppkoppling", "utan uppkoppling", "frånkopplad",
                "luftgap", "utan nät\\b", "på ett fartyg", "på en båt");
        rule(FRONTIER_MODEL, none(),
                "gpt-?4", "gpt-?5", "chatgpt", "claude", "gemini", "state[- ]of[- ]the[- ]art", "frontier",
                "best (possible |available )?models?", "most (capable|powerful|advanced|intelligent) models?",
                "top[- ](tier|quality|notch) models?", "highest quality", "latest models", "strongest models?",
                "smartest models?", "best quality",
                "bästa (möjliga |tillgängliga )?modell", "(mest|allra mest) (kapabla|kraftfulla|avancerade|intelligenta)",
                "toppmodern", "senaste modellerna", "högsta (möjliga )?kvalitet", "smartaste", "kraftfullaste",
                "bästa kvalitet", "allra bästa");
        rule(BUILT_IN_FEATURES, none(),
                "image", "vision\\b", "video", "tool (use|calling|calls)", "function calling", "call (external )?tools",
                "web search", "search the web", "browse the web", "multimodal", "photos?\\b", "screenshots?",
                "bild", "video", "verktygsanrop", "anropa (externa )?verktyg", "webbsök", "söka på webben", "multimodal",
                "foton?\\b", "skärmdump");
        rule(LARGE_SCALE, none(),
                "millions? of (users|customers|people)", "global(ly)?\\b", "worldwide", "viral", "massive scale", "at scale",
                "large[- ]scale", "huge (traffic|number of users)", "lots of users", "many users", "high traffic",
                "heavy traffic", "consumer app", "scale (up )?(fast|quickly|massively)",
                "miljon(er)? (användare|kunder)", "miljontals", "millions\\b", "globalt", "hela världen", "viral", "stor skala", "storskalig",
                "många användare", "massor av användare", "hög trafik", "mycket trafik", "växa snabbt", "konsumentapp");
        rule(SMALL_SCALE, none(),
                "few users", "small team", "handful of", "a (few|couple of) (people|users|colleagues)", "just me\\b",
                "only me\\b", "internal tool", "small ([\\p{L}]+ )?(company|firm|office|business|agency|team|practice|clinic)", "personal use", "for myself",
                "få användare", "litet team", "ett fåtal", "bara jag\\b", "endast jag\\b", "internt verktyg",
                "litet (företag|kontor|bolag)", "liten (byrå|firma|verksamhet)", "privat bruk", "för mig själv");
        rule(CLOUD_ECOSYSTEM, none(),
                "(already|all|everything|we're|we are|we run|our stack|built|running|hosted|we live|we use|standardi[sz]ed)"
                        + " ([\\p{L}']+ ){0,4}(on|in|with) (aws|azure|gcp|google cloud|amazon web services|microsoft azure)",
                "(aws|azure|gcp|google cloud) (shop|customers?|tenant|subscription|account|credits|environment|stack)",
                "(microsoft|office) 365", "existing cloud", "our cloud (stack|platform|account|environment|provider)",
                "(redan|allt|vi kör|vi har|vår miljö|byggt|ligger|vi använder|standardiserat) ([\\p{L}']+ ){0,4}(på|i|med) "
                        + "(aws|azure|gcp|google cloud|amazon web services|microsoft azure)",
                "(aws|azure|gcp)-(miljö|konto|kund|avtal)", "befintlig(t|a)? moln", "vårt moln");
        rule(SHARED_USE, none(),
                "(the )?(whole|entire) (team|company|organi[sz]ation|department|staff|firm|office|school|hospital|region)",
                "all (of )?(our )?(employees|staff|colleagues|users|doctors|nurses|lawyers|teachers|students|analysts|engineers)",
                "(many|several|multiple|lots of) (people|employees|colleagues|staff|teams|departments)", "shared\\b",
                "centrali[sz]ed", "company-wide", "organi[sz]ation-wide", "everyone (in|at) (the|our)",
                "hela (teamet|företaget|organisationen|avdelningen|personalen|byrån|regionen|kommunen|skolan|kontoret|sjukhuset)",
                "alla (våra )?(anställda|medarbetare|kollegor|användare|läkare|sjuksköterskor|jurister|lärare|elever|studenter|handläggare)",
                "(många|flera) (personer|anställda|medarbetare|kollegor|team|avdelningar)", "delad", "gemensam", "centralt",
                "centraliserad");
        rule(UNEVEN_TRAFFIC, none(),
                "uneven", "unpredictable", "spiky", "bursty", "peaks?\\b", "sporadic", "occasional", "now and then",
                "(traffic|load|usage|demand) (varies|is variable)", "variable (traffic|load|usage|demand)", "seasonal",
                "quiet at night", "no (users|traffic) at night", "irregular", "only during (office|business|working) hours",
                "low volume", "a few (requests|calls|times) (a|per) (day|week)",
                "ojämn", "oförutsägbar", "toppar", "sporadisk", "då och då", "varierar", "varierande (trafik|last|belastning)",
                "säsong", "tyst på natten", "inga användare på natten", "oregelbunden", "bara (under|på) kontorstid",
                "låg volym", "få anrop");
        rule(CONSTANT_TRAFFIC, none(),
                "24/7", "24x7", "around the clock", "round the clock", "constant", "continuous", "steady (load|traffic|use|usage)",
                "all day every day", "always on\\b", "non-?stop", "heavy daily use", "high volume",
                "dygnet runt", "konstant", "ständig", "kontinuerlig", "jämn (belastning|trafik|användning|last)",
                "hela tiden", "alltid igång", "hög volym", "varje dag hela dagen");
        rule(SHORT_PROJECT, none(),
                "hackathon", "weekend", "short[- ](term|project|lived)", "one[- ]off", "temporary", "pilot",
                "(a|one|two|three|few|couple of|\\d+) (days?|weeks?)\\b", "(next|this|in a) week\\b", "by friday", "(a|one|two|three|\\d) months? (project|pilot|trial)",
                "for (a|one|two|three|\\d) months?\\b", "trial period",
                "hackathon", "helg", "kortsiktig", "kort(a)? projekt", "tillfällig", "engångs", "pilot",
                "(en|ett|två|tre|några|par|\\d+) (dagar|dag|veckor|vecka)\\b", "(nästa|den här|denna|om en) vecka", "till fredag", "i (en|två|tre|\\d) månad(er)?\\b",
                "(en|två|tre|\\d) månaders (projekt|pilot|test)", "testperiod");
        rule(LONG_TERM, none(),
                "(for|over|during) (several|many|the next|\\d+|a few) years", "long[- ]term", "years to come", "permanent",
                "for years", "decade", "multi-?year", "long[- ]lived",
                "(i|under|över|om) (flera|många|\\d+|några) år\\b", "långsiktig", "lång sikt", "permanent", "i åratal",
                "flerårig", "lång tid framöver", "årtionde");
        rule(HARDWARE_BUDGET, none(),
                "(budget|money|capital|funds?|capex) (for|to buy|to invest in) (hardware|a server|servers|gpus?)",
                "can (afford|invest in|buy) (hardware|a server|servers|gpus?|our own)", "willing to invest",
                "invest (up ?front|in hardware|in a server|in servers|in gpus?)", "capex", "big budget", "large budget",
                "plenty of (money|budget)", "money is not (a|an) (issue|problem)",
                "(budget|pengar|kapital) (för|till) (hårdvara|en server|servrar|att köpa)",
                "har råd (med|att köpa) (hårdvara|en server|servrar|egen)", "kan investera", "investera i (hårdvara|en server|servrar)",
                "villiga att investera", "stor budget", "gott om pengar", "pengar är inget problem");
        rule(LOW_BUDGET, none(),
                "cheap", "low[- ]cost", "inexpensive", "(tight|small|limited|low|shoestring|no) budget", "free\\b",
                "budget is (tight|small|limited)", "cost[- ]sensitive", "save money", "as little as possible",
                "minimi[sz]e (cost|spend)", "can'?t afford", "cannot afford", "start-?ups?\\b",
                "billig", "låg kostnad", "lågkostnad", "(snål|liten|begränsad|låg|knapp|ingen) budget", "gratis",
                "kostnadsmedveten", "spara pengar", "så lite som möjligt", "hålla nere kostnaden", "inte har råd",
                "uppstartsbolag", "nystartad", "nystartat", "startup",
                "har inte råd");
        rule(IT_STAFF, none(),
                "(we have|we've got|we got|there is|there's|our|with) (an? |our |the |some )?(own |dedicated |in-house |strong |experienced |good )?"
                        + "(it|ops|devops|sre|infrastructure|platform|operations)[- ](team|staff|department|people|engineers?|unit|group)",
                "sysadmins?\\b", "ml engineers?", "mlops", "(strong|experienced) (it|ops|engineering) team",
                "(vi har|har en|har ett|vår|vårt|med) (egen |eget |egna |stark |erfaren )?(it|drift|devops|infrastruktur)"
                        + "(-| )?(avdelning|personal|team|tekniker|grupp)",
                "it-avdelning", "driftavdelning", "driftteam", "drift-team", "systemadministratör", "erfarna (tekniker|utvecklare)");
        rule(SIMPLICITY, none(),
                "simple", "simplest", "easy", "easiest", "hassle[- ]free", "low maintenance", "no maintenance",
                "minimal (effort|maintenance|upkeep)", "just works", "plug and play",
                "(don't|do not) want to (manage|maintain|run|operate) (servers|infrastructure|anything|hardware)",
                "quick(ly)? to set up", "straightforward", "without (any )?hassle",
                "enkel", "enkla", "enklast", "lätt\\b", "lätta\\b", "smidig", "bekväm", "inget underhåll", "minimalt underhåll",
                "lite underhåll", "färdig tjänst", "vill inte (sköta|drifta|underhålla|hantera) (servrar|infrastruktur|något|hårdvara)",
                "snabbt att komma igång", "krångelfri", "utan krångel");
        rule(LOW_LATENCY, none(),
                "low[- ]latency", "latency", "real[- ]?time", "fast (responses?|answers?|replies|response times?)", "instant",
                "milliseconds", "voice (bot|assistant|agent|app)", "snappy", "quick (responses?|answers?)",
                "speed is (critical|key|important|essential)",
                "låg latens", "latens", "realtid", "snabba (svar|svarstider)", "omedelbar", "millisekund",
                "röst(bot|assistent|agent|app|styr)", "kort(a)? svarstid", "snabbhet är (viktig|avgörande|kritisk)");
        rule(FINE_TUNING, none(),
                "fine[- ]?tun", "custom(i[sz]e|i[sz]ation)? (the |our )?models?", "train (our|a|the|an) own", "lora\\b", "qlora",
                "adapt the model", "own weights", "modify the model", "full control over the model",
                "(custom|our own) (training|model)", "retrain", "customi[sz]",
                "finjuster", "träna (en |vår |den |egen |egna )?(egen |eget )?modell", "anpassa modellen", "egen modell",
                "egna vikter", "ändra modellen", "full kontroll över modellen", "specialanpass", "anpassningsbar");
        rule(UNCENSORED, none(),
                "uncensored", "no (content )?filters?", "without (content )?filters?", "control (over )?(the )?(content )?filters",
                "censor", "refus(e|es|al|als)\\b", "dolphin", "blocked requests", "nsfw", "adult content", "red[- ]team",
                "security research", "malware analysis", "offensive security", "guardrails",
                "ocensurerad", "censur", "utan filter", "inga filter", "kontroll över (innehålls)?filt", "vägra",
                "blocker(ar|ade|a) (legitima )?(frågor|förfrågningar)", "vuxeninnehåll", "säkerhetsforskning");
        rule(GEOPOLITICAL_RISK, none(),
                "geopoliti", "sanctions?\\b", "export control", "foreign (providers?|compan(y|ies)|clouds?|jurisdiction)",
                "cloud act", "data sovereignty", "(us|american|u\\.s\\.) (cloud|providers?|compan(y|ies)|hyperscalers?|services)", "sovereign", "(eu|european|swedish)[- ](only|providers?|hosting|soil)",
                "block(ed|ing)? access", "trade war", "schrems",
                "geopoliti", "sanktion", "exportkontroll", "utländsk(a)? (leverantör|molntjänst|aktör|jurisdiktion)",
                "datasuverän", "suverän", "amerikansk(a)? (moln|leverantör|bolag|företag|tjänst|jättar)", "(eu|europeisk|europeiska|svensk|svenska)[- ](leverantör|hosting|mark)",
                "blockera (vår )?åtkomst", "handelskrig", "oroliga tider");
        rule(WEAK_DEVICES, none(),
                "(old|weak|cheap|thin|low[- ]end|basic|older|ordinary|standard) (laptops?|computers?|pcs?|machines?|devices?|hardware)",
                "tablets?", "ipads?", "(mobile )?phones?\\b", "smartphones?", "chromebooks?", "thin clients?",
                "no (gpus?|graphics cards?)", "without (an? )?(gpus?|graphics cards?)", "integrated graphics", "office laptops?",
                "(gamla|svaga|enkla|billiga|äldre|vanliga) (laptops?|laptopar|datorer|dator|enheter|maskiner)",
                "surfplatt", "ipad", "mobil(er|en|telefon|telefoner)?\\b", "telefon(er)?\\b", "tunna klienter",
                "ingen (gpu|grafikkort)", "inga (gpu|grafikkort)", "utan (gpu|grafikkort)", "kontorsdatorer", "kontorslaptop");
        rule(CERTIFICATIONS, none(),
                "certifi", "compliance", "iso ?27001", "soc ?2", "hipaa", "pci\\b", "regulated (industry|sector|business)",
                "healthcare", "hospital", "\\bbank", "financial (services|sector|institution)", "insurance", "audit",
                "certifier", "regelefterlevnad", "compliance", "reglerad (bransch|sektor|verksamhet)", "sjukvård", "sjukhus",
                "vårdgivare", "\\bbank", "finansbransch", "finanssektor", "försäkring", "revision");
        rule(PROTOTYPE, none(),
                "prototyp", "mvp\\b", "proof of concept", "poc\\b", "try(ing)? (out )?(an? |some )?(open |different )?models?",
                "experiment", "hackathon", "demo\\b", "quick(ly)? test", "tinker", "play(ing)? (around )?with",
                "get started quickly", "from idea to", "try (it )?out",
                "prototyp", "testa", "prova", "experimenter", "hackathon", "demo\\b", "leka (runt )?med",
                "komma igång snabbt", "snabbt igång");
        rule(OPEN_MODEL, none(),
                "open[- ]source (models?|llms?|weights)", "open[- ]weights?", "open models?", "llama", "mistral", "mixtral",
                "qwen", "gemma", "deepseek", "phi-?\\d", "falcon", "hugging ?face", "gguf", "dolphin",
                "öppen källkod", "open source-modell", "öppna modeller", "öppen modell", "öppna vikter");
        rule(COMMERCIAL_USE, none(),
                "commercial", "sell\\b", "selling", "saas", "paying customers", "monetis", "monetiz", "for profit",
                "business use", "our product",
                "kommersiell", "sälja", "säljer", "betalande kunder", "tjäna pengar", "vår produkt", "affärsmässig");
        literalIds();
    }

    /** The signal ids themselves ("sensitive-data", "no-it-staff"): the canonical form questionnaires and buttons replay. */
    private void literalIds() {
        for (Signal signal : Signal.values()) {
            if (signal != MODEL_SIZE && signal != AVAILABLE_VRAM) {
                Set<Signal> suppresses = signal == NO_IT_STAFF ? suppressing(IT_STAFF)
                        : signal == NO_HARDWARE_BUDGET ? suppressing(HARDWARE_BUDGET) : none();
                rules.add(new Rule(signal, Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(signal.id()) + "(?![\\p{L}\\d-])"),
                        suppresses));
            }
        }
    }

    public Situation detect(String normalizedText) {
        EnumSet<Signal> found = EnumSet.noneOf(Signal.class);
        EnumSet<Signal> suppressed = EnumSet.noneOf(Signal.class);
        for (Rule rule : rules) {
            if (rule.pattern().matcher(normalizedText).find()) {
                if (rule.signal() != null) {
                    found.add(rule.signal());
                }
                suppressed.addAll(rule.suppresses());
            }
        }
        found.removeAll(suppressed);
        if (found.contains(UNEVEN_TRAFFIC) && found.contains(CONSTANT_TRAFFIC)) {
            found.remove(UNEVEN_TRAFFIC);
        }
        Long users = Quantities.users(normalizedText).orElse(null);
        if (users != null) {
            if (users >= SHARED_USE_USERS && users < LARGE_SCALE_USERS) {
                found.add(SHARED_USE);
            }
            if (users >= LARGE_SCALE_USERS) {
                found.add(LARGE_SCALE);
                found.remove(SMALL_SCALE);
            } else if (users <= SMALL_SCALE_USERS && !found.contains(LARGE_SCALE)) {
                found.add(SMALL_SCALE);
            }
        }
        if (found.contains(LARGE_SCALE)) {
            found.remove(SMALL_SCALE);
        }
        Double model = Quantities.modelBillions(normalizedText).orElse(null);
        Double vram = Quantities.memoryGb(normalizedText).orElse(null);
        if (model != null) {
            found.add(MODEL_SIZE);
        }
        if (vram != null) {
            found.add(AVAILABLE_VRAM);
        }
        return new Situation(found, model, vram, users, suppressed, Set.of());
    }

    private void rule(Signal signal, Set<Signal> suppresses, String... phrases) {
        rules.add(new Rule(signal, compile(phrases), suppresses));
    }

    private void suppress(Signal signal, String... phrases) {
        rules.add(new Rule(null, compile(phrases), EnumSet.of(signal)));
    }

    private static Set<Signal> suppressing(Signal signal) {
        return EnumSet.of(signal);
    }

    private static Set<Signal> none() {
        return EnumSet.noneOf(Signal.class);
    }

    private static Pattern compile(String... phrases) {
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + String.join("|", phrases) + ")");
    }

    private record Rule(Signal signal, Pattern pattern, Set<Signal> suppresses) {
    }
}
