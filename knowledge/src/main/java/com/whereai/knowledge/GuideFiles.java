package com.whereai.knowledge;

import java.util.List;

/** The shapes of the data files under {@code guide/}, one record per file. */
final class GuideFiles {

    static final String CRITERIA = "criteria.yaml";
    static final String OPTIONS = "options.yaml";
    static final String CONCEPTS = "concepts.yaml";
    static final String VRAM_TABLE = "vram-table.yaml";
    static final String LICENCES = "licences.yaml";
    static final String TOPICS = "topics.yaml";

    static final List<String> ALL = List.of(CRITERIA, OPTIONS, CONCEPTS, VRAM_TABLE, LICENCES, TOPICS);

    private GuideFiles() {}

    record CriteriaFile(List<Criterion> criteria) {}

    record OptionsFile(List<DeploymentOption> options) {}

    record ConceptsFile(List<Concept> concepts) {}

    record VramTableFile(List<VramRow> rows) {}

    record LicencesFile(List<Licence> licences) {}

    record TopicsFile(List<Topic> topics) {}
}
