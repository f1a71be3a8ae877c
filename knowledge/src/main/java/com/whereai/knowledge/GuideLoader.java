package com.whereai.knowledge;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;

/**
 * Reads the guide's data files and validates them. Every failure is a {@link KnowledgeException} whose
 * message starts with the file name and names the field, for example
 * {@code options.yaml: options[1].ratings.privacy: must be 1..5, was 7}.
 */
public final class GuideLoader {

    private static final String CLASSPATH_FOLDER = "/guide/";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private final YamlFiles files;

    private GuideLoader(YamlFiles files) {
        this.files = files;
    }

    /** The guide shipped inside the jar. */
    public static Guide loadBundled() {
        return new GuideLoader(YamlFiles.onClasspath(YAML, CLASSPATH_FOLDER)).load();
    }

    /** A guide from a folder holding the same six files (used to test the validation). */
    public static Guide loadFrom(Path folder) {
        return new GuideLoader(YamlFiles.inFolder(YAML, folder)).load();
    }

    private Guide load() {
        var criteria = files.read(GuideFiles.CRITERIA, GuideFiles.CriteriaFile.class);
        var options = files.read(GuideFiles.OPTIONS, GuideFiles.OptionsFile.class);
        var concepts = files.read(GuideFiles.CONCEPTS, GuideFiles.ConceptsFile.class);
        var vram = files.read(GuideFiles.VRAM_TABLE, GuideFiles.VramTableFile.class);
        var licences = files.read(GuideFiles.LICENCES, GuideFiles.LicencesFile.class);
        var topics = files.read(GuideFiles.TOPICS, GuideFiles.TopicsFile.class);
        new GuideValidator(criteria, options, concepts, vram, licences, topics).validate();
        return new Guide(
                criteria.criteria(),
                options.options(),
                concepts.concepts(),
                vram.rows(),
                licences.licences(),
                topics.topics());
    }
}
