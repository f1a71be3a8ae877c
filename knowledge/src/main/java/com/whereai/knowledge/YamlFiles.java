package com.whereai.knowledge;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads the YAML data files of a folder (the guide's, the catalogue's) into typed values. Every problem is a {@link
 * KnowledgeException} that starts with the file name and names the field and line: {@code options.yaml:
 * options[1].ratings: …}.
 */
public final class YamlFiles {

    private final ObjectMapper yaml;
    private final Source source;

    private YamlFiles(ObjectMapper yaml, Source source) {
        this.yaml = yaml;
        this.source = source;
    }

    /** The files of a folder inside the jar, such as {@code /guide/}. */
    public static YamlFiles onClasspath(ObjectMapper yaml, String folder) {
        return new YamlFiles(yaml, name -> YamlFiles.class.getResourceAsStream(folder + name));
    }

    /** The files of a folder on disk (used to test the validation). */
    public static YamlFiles inFolder(ObjectMapper yaml, Path folder) {
        return new YamlFiles(yaml, name -> {
            try {
                return Files.newInputStream(folder.resolve(name));
            } catch (NoSuchFileException e) {
                return null;
            }
        });
    }

    public <T> T read(String file, Class<T> type) {
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
    private interface Source {
        InputStream open(String name) throws IOException;
    }
}
