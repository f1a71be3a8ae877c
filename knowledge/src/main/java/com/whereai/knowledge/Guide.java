package com.whereai.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All of the guide "Var bor din AI?" as validated, typed data. Immutable; load it with {@link GuideLoader}. */
public final class Guide {

    public static final String TITLE = "Var bor din AI? En guide till fem sätt att driftsätta AI modeller";
    public static final String AUTHOR = "Joel Thyberg";
    public static final String PUBLISHED = "2025-07-03";

    private final List<Criterion> criteria;
    private final List<DeploymentOption> options;
    private final List<Concept> concepts;
    private final List<VramRow> vramTable;
    private final List<Licence> licences;
    private final List<Topic> topics;
    private final Map<OptionId, DeploymentOption> optionsById = new EnumMap<>(OptionId.class);
    private final Map<String, KnowledgeEntry> entries;

    Guide(
            List<Criterion> criteria,
            List<DeploymentOption> options,
            List<Concept> concepts,
            List<VramRow> vramTable,
            List<Licence> licences,
            List<Topic> topics) {
        this.criteria = List.copyOf(criteria);
        this.options = List.copyOf(options);
        this.concepts = List.copyOf(concepts);
        this.vramTable = List.copyOf(vramTable);
        this.licences = List.copyOf(licences);
        this.topics = List.copyOf(topics);
        options.forEach(o -> optionsById.put(o.optionId(), o));
        this.entries = Collections.unmodifiableMap(flatten());
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    public Criterion criterion(CriterionId id) {
        return criteria.get(id.ordinal());
    }

    /** The six options in the guide's order. */
    public List<DeploymentOption> options() {
        return options;
    }

    public DeploymentOption option(OptionId id) {
        return optionsById.get(id);
    }

    public List<Concept> concepts() {
        return concepts;
    }

    public List<VramRow> vramTable() {
        return vramTable;
    }

    public List<Licence> licences() {
        return licences;
    }

    public List<Topic> topics() {
        return topics;
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Every piece of the guide as a flat entry, in the guide's order. */
    public List<KnowledgeEntry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<KnowledgeEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    private Map<String, KnowledgeEntry> flatten() {
        Map<String, KnowledgeEntry> all = new LinkedHashMap<>();
        for (Topic topic : topics) {
            all.put(
                    topic.id(),
                    new KnowledgeEntry(
                            topic.id(), EntryKind.TOPIC, null, topic.title(), topicBody(topic), topic.aliases()));
        }
        for (Concept concept : concepts) {
            LocalizedText body = new LocalizedText(
                    concept.text().sv() + " " + concept.analogy().sv(),
                    concept.text().en() + " " + concept.analogy().en());
            all.put(
                    concept.id(),
                    new KnowledgeEntry(concept.id(), EntryKind.CONCEPT, null, concept.name(), body, concept.aliases()));
        }
        for (DeploymentOption option : options) {
            OptionId id = option.optionId();
            LocalizedText body = new LocalizedText(
                    option.summary().sv() + " " + option.howItWorks().sv() + " "
                            + option.whenToPick().sv() + providers(option, Lang.SV),
                    option.summary().en() + " " + option.howItWorks().en() + " "
                            + option.whenToPick().en() + providers(option, Lang.EN));
            all.put(
                    option.entryId(),
                    new KnowledgeEntry(option.entryId(), EntryKind.OPTION, id, option.name(), body, option.aliases()));
            List<String> optionNames =
                    List.of(option.shortName().sv(), option.shortName().en());
            for (OptionPoint pro : option.pros()) {
                all.put(
                        pro.id(),
                        new KnowledgeEntry(pro.id(), EntryKind.PRO, id, pro.title(), pro.text(), optionNames));
            }
            for (OptionPoint con : option.cons()) {
                all.put(
                        con.id(),
                        new KnowledgeEntry(con.id(), EntryKind.CON, id, con.title(), con.text(), optionNames));
            }
        }
        for (VramRow row : vramTable) {
            all.put(
                    row.id(),
                    new KnowledgeEntry(
                            row.id(),
                            EntryKind.VRAM_ROW,
                            null,
                            new LocalizedText("VRAM för " + row.label(), "VRAM for " + row.label()),
                            new LocalizedText(VramRowText.describe(row, Lang.SV), VramRowText.describe(row, Lang.EN)),
                            List.of(
                                    row.label(),
                                    "dator",
                                    "computer",
                                    "machine",
                                    "maskin",
                                    "kostnad",
                                    "cost",
                                    "price",
                                    "pris",
                                    "hårdvara",
                                    "hardware")));
        }
        for (Licence licence : licences) {
            all.put(
                    licence.id(),
                    new KnowledgeEntry(
                            licence.id(), EntryKind.LICENCE, null, licence.name(), licence.text(), licence.aliases()));
        }
        return all;
    }

    private static String providers(DeploymentOption option, Lang lang) {
        if (option.providers().isEmpty()) {
            return "";
        }
        StringBuilder text =
                new StringBuilder(lang == Lang.SV ? " Leverantörer och verktyg:" : " Providers and tools:");
        option.providers()
                .forEach(p -> text.append(' ')
                        .append(p.name())
                        .append(" – ")
                        .append(p.note().in(lang)));
        return text.toString();
    }

    private static LocalizedText topicBody(Topic topic) {
        List<String> sv = new ArrayList<>(List.of(topic.text().sv()));
        List<String> en = new ArrayList<>(List.of(topic.text().en()));
        topic.points().forEach(p -> {
            sv.add(p.sv());
            en.add(p.en());
        });
        return new LocalizedText(String.join(" ", sv), String.join(" ", en));
    }
}
