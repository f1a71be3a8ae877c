package com.whereai.app.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Prometheus text scrape, read into samples: a metric name, its labels and its value. */
public record Scrape(String text, List<Sample> samples) {

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+).*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One sample line. */
    public record Sample(String name, Map<String, String> labels, double value) {}

    public static Scrape of(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a Prometheus sample line: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(2) != null) {
                Matcher label = LABEL.matcher(m.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
        }
        return new Scrape(text, List.copyOf(samples));
    }

    /** The value of the one sample with this name and (at least) these labels; 0 when there is none. */
    public double value(String name, Map<String, String> labels) {
        List<Sample> matching = matching(name, labels);
        if (matching.size() > 1) {
            throw new IllegalArgumentException(name + labels + " matches " + matching.size() + " samples");
        }
        return matching.isEmpty() ? 0 : matching.get(0).value();
    }

    /** The samples with this name and (at least) these labels. */
    public List<Sample> matching(String name, Map<String, String> labels) {
        return samples.stream()
                .filter(s -> s.name().equals(name))
                .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
                .toList();
    }

    /** Every value any label has in the samples whose names start with {@code prefix}. */
    public List<String> labelValues(String prefix) {
        return samples.stream()
                .filter(s -> s.name().startsWith(prefix))
                .flatMap(s -> s.labels().values().stream())
                .toList();
    }
}
