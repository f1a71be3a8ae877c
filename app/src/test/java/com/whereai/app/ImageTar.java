package com.whereai.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A container image as Jib's {@code buildTar} writes it (the {@code docker save} format: {@code manifest.json}, the
 * config, one gzipped tar per layer), read without Docker: its config and the files of its layers applied in order.
 */
record ImageTar(JsonNode config, Map<String, ImageFile> files) {

    /** Files up to this size keep their bytes; larger ones only their size. */
    private static final int KEPT_BYTES = 1 << 20;

    /** One file in the image: its path without a leading slash, mode bits, size and (small files) content. */
    record ImageFile(String path, int mode, long size, char type, byte[] content) {
        boolean executable() {
            return (mode & 0111) == 0111;
        }

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    static ImageTar read(Path tar) throws IOException {
        Map<String, byte[]> outer = new HashMap<>();
        try (InputStream in = Files.newInputStream(tar)) {
            entries(in, file -> outer.put(file.path(), file.content()), Long.MAX_VALUE);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(outer.get("manifest.json")).get(0);
        JsonNode config = json.readTree(outer.get(manifest.get("Config").asText()));
        Map<String, ImageFile> files = new LinkedHashMap<>();
        for (JsonNode layer : manifest.get("Layers")) {
            byte[] gzipped = outer.get(layer.asText());
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
                entries(in, file -> files.put(file.path(), file), KEPT_BYTES);
            }
        }
        return new ImageTar(config, files);
    }

    /** The file at this path (no leading slash), if the image has it. */
    ImageFile file(String path) {
        return files.get(path.startsWith("/") ? path.substring(1) : path);
    }

    /** A minimal POSIX tar reader: ustar headers, pax path records and GNU long names; nothing else is needed here. */
    private static void entries(InputStream in, java.util.function.Consumer<ImageFile> sink, long keep)
            throws IOException {
        String longName = null;
        while (true) {
            byte[] header = in.readNBytes(512);
            if (header.length < 512 || header[0] == 0) {
                return;
            }
            String name = field(header, 0, 100);
            int mode = (int) octal(header, 100, 8);
            long size = octal(header, 124, 12);
            char type = (char) header[156];
            String prefix = field(header, 345, 155);
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
            byte[] content = size <= keep ? in.readNBytes((int) size) : skip(in, size);
            skip(in, (512 - size % 512) % 512);
            switch (type) {
                case 'x' -> longName = paxPath(content);
                case 'L' -> longName = new String(content, StandardCharsets.UTF_8).replace("\0", "");
                case 'g' -> {}
                default -> {
                    String path = strip(longName != null ? longName : name);
                    longName = null;
                    if (!path.isEmpty()) {
                        sink.accept(new ImageFile(path, mode, size, type, content));
                    }
                }
            }
        }
    }

    private static String paxPath(byte[] records) {
        for (String record : new String(records, StandardCharsets.UTF_8).split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 1 + "path=".length());
            }
        }
        return null;
    }

    private static String strip(String path) {
        String stripped = path;
        while (stripped.startsWith("/") || stripped.startsWith("./")) {
            stripped = stripped.substring(stripped.startsWith("/") ? 1 : 2);
        }
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static byte[] skip(InputStream in, long count) throws IOException {
        long left = count;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new UncheckedIOException(new IOException("tar ends inside an entry"));
                }
                skipped = 1;
            }
            left -= skipped;
        }
        return null;
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int offset, int length) {
        String digits = field(header, offset, length).trim();
        return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
    }
}
