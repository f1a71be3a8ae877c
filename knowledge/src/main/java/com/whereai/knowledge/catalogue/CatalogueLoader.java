package com.whereai.knowledge.catalogue;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.whereai.knowledge.KnowledgeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the catalogue's four data files and validates them. Every failure is a {@link KnowledgeException} whose message
 * starts with the file name and names the field, for example {@code models.yaml: models[6].kv_heads: must divide heads
 * (32), was 5}.
 */
final class CatalogueLoader {

    static final String CLASSPATH_FOLDER = "/catalogue/";

    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private final FileSource source;

    private CatalogueLoader(FileSource source) {
        this.source = source;
    }

    static Catalogue bundled(Set<String> licenceIds) {
        return new CatalogueLoader(name -> CatalogueLoader.class.getResourceAsStream(CLASSPATH_FOLDER + name))
                .load(licenceIds);
    }

    static Catalogue from(Path folder, Set<String> licenceIds) {
        return new CatalogueLoader(name -> {
                    try {
                        return Files.newInputStream(folder.resolve(name));
                    } catch (NoSuchFileException e) {
                        return null;
                    }
                })
                .load(licenceIds);
    }

    private Catalogue load(Set<String> licenceIds) {
        var models = read(CatalogueFiles.MODELS, CatalogueFiles.ModelsFile.class);
        var gpus = read(CatalogueFiles.GPUS, CatalogueFiles.GpusFile.class);
        var apple = read(CatalogueFiles.APPLE, CatalogueFiles.AppleFile.class);
        var quants = read(CatalogueFiles.QUANTS, CatalogueFiles.QuantsFile.class);
        return new CatalogueValidator(models, gpus, apple, quants, licenceIds).validate();
    }

    private <T> T read(String file, Class<T> type) {
        try (InputStream in = source.open(file)) {
            if (in == null) {
                throw new KnowledgeException(file + ": file not found");
            }
            T value = yaml.readValue(in, type);
            if (value == null) {
                throw new KnowledgeException(file + ": file is empty");
            }
            return value;
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof JsonParseException parse) {
                throw new KnowledgeException(file + ": not valid YAML" + line(parse) + ": " + firstLine(parse), e);
            }
            throw new KnowledgeException(file + ": " + path(e) + ": " + firstLine(e) + line(e), e);
        } catch (JsonProcessingException e) {
            throw new KnowledgeException(file + ": not valid YAML" + line(e) + ": " + firstLine(e), e);
        } catch (IOException e) {
            throw new KnowledgeException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static String firstLine(JsonProcessingException e) {
        return e.getOriginalMessage().lines().findFirst().orElse("");
    }

    private static String line(JsonProcessingException e) {
        var at = e.getLocation();
        return at == null || at.getLineNr() < 0
                ? ""
                : " (at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.startsWith(".") ? path.substring(1) : path.isEmpty() ? "(top)" : path;
    }

    @FunctionalInterface
    private interface FileSource {
        InputStream open(String name) throws IOException;
    }
}
