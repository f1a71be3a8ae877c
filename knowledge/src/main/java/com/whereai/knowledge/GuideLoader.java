package com.whereai.knowledge;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads the guide's data files and validates them. Every failure is a {@link KnowledgeException} whose
 * message starts with the file name and names the field, for example
 * {@code options.yaml: options[1].ratings.privacy: must be 1..5, was 7}.
 */
public final class GuideLoader {

    private static final String CLASSPATH_FOLDER = "/guide/";

    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private final FileSource source;

    private GuideLoader(FileSource source) {
        this.source = source;
    }

    /** The guide shipped inside the jar. */
    public static Guide loadBundled() {
        return new GuideLoader(name -> GuideLoader.class.getResourceAsStream(CLASSPATH_FOLDER + name)).load();
    }

    /** A guide from a folder holding the same six files (used to test the validation). */
    public static Guide loadFrom(Path folder) {
        return new GuideLoader(name -> {
                    try {
                        return Files.newInputStream(folder.resolve(name));
                    } catch (NoSuchFileException e) {
                        return null;
                    }
                })
                .load();
    }

    private Guide load() {
        var criteria = read(GuideFiles.CRITERIA, GuideFiles.CriteriaFile.class);
        var options = read(GuideFiles.OPTIONS, GuideFiles.OptionsFile.class);
        var concepts = read(GuideFiles.CONCEPTS, GuideFiles.ConceptsFile.class);
        var vram = read(GuideFiles.VRAM_TABLE, GuideFiles.VramTableFile.class);
        var licences = read(GuideFiles.LICENCES, GuideFiles.LicencesFile.class);
        var topics = read(GuideFiles.TOPICS, GuideFiles.TopicsFile.class);
        new GuideValidator(criteria, options, concepts, vram, licences, topics).validate();
        return new Guide(
                criteria.criteria(),
                options.options(),
                concepts.concepts(),
                vram.rows(),
                licences.licences(),
                topics.topics());
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
