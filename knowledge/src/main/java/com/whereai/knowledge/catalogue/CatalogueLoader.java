package com.whereai.knowledge.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.whereai.knowledge.KnowledgeException;
import com.whereai.knowledge.YamlFiles;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads the catalogue's four data files and validates them. Every failure is a {@link KnowledgeException} whose message
 * starts with the file name and names the field, for example {@code models.yaml: models[6].kv_heads: must divide heads
 * (32), was 5}.
 */
final class CatalogueLoader {

    static final String CLASSPATH_FOLDER = "/catalogue/";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private final YamlFiles files;

    private CatalogueLoader(YamlFiles files) {
        this.files = files;
    }

    static Catalogue bundled(Set<String> licenceIds) {
        return new CatalogueLoader(YamlFiles.onClasspath(YAML, CLASSPATH_FOLDER)).load(licenceIds);
    }

    static Catalogue from(Path folder, Set<String> licenceIds) {
        return new CatalogueLoader(YamlFiles.inFolder(YAML, folder)).load(licenceIds);
    }

    private Catalogue load(Set<String> licenceIds) {
        var models = files.read(CatalogueFiles.MODELS, CatalogueFiles.ModelsFile.class);
        var gpus = files.read(CatalogueFiles.GPUS, CatalogueFiles.GpusFile.class);
        var apple = files.read(CatalogueFiles.APPLE, CatalogueFiles.AppleFile.class);
        var quants = files.read(CatalogueFiles.QUANTS, CatalogueFiles.QuantsFile.class);
        return new CatalogueValidator(models, gpus, apple, quants, licenceIds).validate();
    }
}
