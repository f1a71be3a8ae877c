package com.whereai.knowledge.prices;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.whereai.knowledge.KnowledgeException;
import com.whereai.knowledge.YamlFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads a price file and validates it. Every failure is a {@link KnowledgeException} whose message starts with the file
 * name and names the field: {@code prices.yaml: rentals[2].usd_per_hour: must be above 0, was -1.0}.
 */
final class PricesLoader {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private PricesLoader() {}

    static Prices bundled(Set<String> vramRowIds) {
        PricesFile file = YamlFiles.onClasspath(YAML, "/prices/").read(Prices.BUNDLED_NAME, PricesFile.class);
        return new PricesValidator(Prices.BUNDLED_NAME, "bundled", file, vramRowIds).validate();
    }

    static Prices from(Path path, Set<String> vramRowIds) {
        Path absolute = path.toAbsolutePath().normalize();
        String name = absolute.getFileName() == null
                ? path.toString()
                : absolute.getFileName().toString();
        if (Files.isDirectory(absolute)) {
            throw new KnowledgeException(name + ": is a folder; WHERE_AI_PRICES names a price file");
        }
        Path folder = absolute.getParent() == null ? Path.of(".") : absolute.getParent();
        PricesFile file = YamlFiles.inFolder(YAML, folder).read(name, PricesFile.class);
        return new PricesValidator(name, name, file, vramRowIds).validate();
    }
}
