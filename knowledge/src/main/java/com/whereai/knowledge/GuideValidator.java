package com.whereai.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what the YAML parser cannot: both languages present, ids unique, the six options and nine
 * criteria of DESIGN.md, ratings 1..5, sane VRAM rows, every {@code see} reference resolving.
 */
final class GuideValidator {

    private final GuideFiles.CriteriaFile criteria;
    private final GuideFiles.OptionsFile options;
    private final GuideFiles.ConceptsFile concepts;
    private final GuideFiles.VramTableFile vram;
    private final GuideFiles.LicencesFile licences;
    private final GuideFiles.TopicsFile topics;

    private final List<String> problems = new ArrayList<>();
    /** Entry id -> where it was defined, for duplicate reports. */
    private final Map<String, String> definedAt = new HashMap<>();

    private final List<Reference> references = new ArrayList<>();

    GuideValidator(
            GuideFiles.CriteriaFile criteria,
            GuideFiles.OptionsFile options,
            GuideFiles.ConceptsFile concepts,
            GuideFiles.VramTableFile vram,
            GuideFiles.LicencesFile licences,
            GuideFiles.TopicsFile topics) {
        this.criteria = criteria;
        this.options = options;
        this.concepts = concepts;
        this.vram = vram;
        this.licences = licences;
        this.topics = topics;
    }

    void validate() {
        checkCriteria();
        checkOptions();
        checkConcepts();
        checkVramTable();
        checkLicences();
        checkTopics();
        for (Reference ref : references) {
            if (!definedAt.containsKey(ref.target())) {
                problems.add(ref.where() + ": refers to unknown entry '" + ref.target() + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeException(String.join("\n", problems));
        }
    }

    private void checkCriteria() {
        String file = GuideFiles.CRITERIA;
        List<Criterion> list = nonEmpty(file, "criteria", criteria.criteria());
        CriterionId[] expected = CriterionId.values();
        if (list.size() != expected.length) {
            problems.add(
                    file + ": criteria: expected the guide's " + expected.length + " criteria, found " + list.size());
        }
        for (int i = 0; i < list.size(); i++) {
            Criterion c = list.get(i);
            String at = file + ": criteria[" + i + "]";
            if (blank(c.id())) {
                problems.add(at + ".id: missing");
            } else if (i < expected.length && !expected[i].id().equals(c.id())) {
                problems.add(at + ".id: expected '" + expected[i].id() + "' (the guide's order), was '" + c.id() + "'");
            }
            text(at + ".name", c.name());
            text(at + ".meaning", c.meaning());
        }
    }

    private void checkOptions() {
        String file = GuideFiles.OPTIONS;
        List<DeploymentOption> list = nonEmpty(file, "options", options.options());
        OptionId[] expected = OptionId.values();
        if (list.size() != expected.length) {
            problems.add(
                    file + ": options: expected the guide's " + expected.length + " options, found " + list.size());
        }
        for (int i = 0; i < list.size(); i++) {
            DeploymentOption o = list.get(i);
            String at = file + ": options[" + i + "]";
            if (blank(o.id())) {
                problems.add(at + ".id: missing");
                continue;
            }
            if (i < expected.length && !expected[i].id().equals(o.id())) {
                problems.add(at + ".id: expected '" + expected[i].id() + "' (the guide's order), was '" + o.id() + "'");
                continue;
            }
            if (i < expected.length && !expected[i].guideNumber().equals(o.guideNumber())) {
                problems.add(at + ".guideNumber: expected '" + expected[i].guideNumber() + "', was '" + o.guideNumber()
                        + "'");
            }
            define(o.entryId(), at + ".id");
            text(at + ".name", o.name());
            text(at + ".shortName", o.shortName());
            text(at + ".summary", o.summary());
            text(at + ".howItWorks", o.howItWorks());
            text(at + ".whenToPick", o.whenToPick());
            points(at + ".pros", o.pros());
            points(at + ".cons", o.cons());
            for (int p = 0; p < o.providers().size(); p++) {
                Provider provider = o.providers().get(p);
                if (blank(provider.name())) {
                    problems.add(at + ".providers[" + p + "].name: missing");
                }
                text(at + ".providers[" + p + "].note", provider.note());
            }
            refer(at + ".see", o.see());
            ratings(at + ".ratings", o.ratings());
        }
    }

    private void ratings(String at, Map<String, Integer> ratings) {
        Set<String> known = new HashSet<>();
        for (CriterionId c : CriterionId.values()) {
            known.add(c.id());
            Integer stars = ratings.get(c.id());
            if (stars == null) {
                problems.add(at + "." + c.id() + ": missing");
            } else if (stars < 1 || stars > 5) {
                problems.add(at + "." + c.id() + ": must be 1..5, was " + stars);
            }
        }
        ratings.keySet().stream()
                .filter(k -> !known.contains(k))
                .sorted()
                .forEach(k -> problems.add(at + "." + k + ": not one of the guide's criteria "
                        + Arrays.stream(CriterionId.values())
                                .map(CriterionId::id)
                                .toList()));
    }

    private void points(String at, List<OptionPoint> points) {
        if (points.isEmpty()) {
            problems.add(at + ": missing (the guide lists them)");
        }
        for (int i = 0; i < points.size(); i++) {
            OptionPoint p = points.get(i);
            String here = at + "[" + i + "]";
            if (blank(p.id())) {
                problems.add(here + ".id: missing");
            } else {
                define(p.id(), here + ".id");
            }
            text(here + ".title", p.title());
            text(here + ".text", p.text());
            refer(here + ".see", p.see());
        }
    }

    private void checkConcepts() {
        String file = GuideFiles.CONCEPTS;
        List<Concept> list = nonEmpty(file, "concepts", concepts.concepts());
        for (int i = 0; i < list.size(); i++) {
            Concept c = list.get(i);
            String at = file + ": concepts[" + i + "]";
            idOf(at, c.id());
            text(at + ".name", c.name());
            text(at + ".text", c.text());
            text(at + ".analogy", c.analogy());
            refer(at + ".see", c.see());
        }
    }

    private void checkVramTable() {
        String file = GuideFiles.VRAM_TABLE;
        List<VramRow> rows = nonEmpty(file, "rows", vram.rows());
        double previous = 0;
        for (int i = 0; i < rows.size(); i++) {
            VramRow r = rows.get(i);
            String at = file + ": rows[" + i + "]";
            idOf(at, r.id());
            if (blank(r.label())) {
                problems.add(at + ".label: missing");
            }
            if (r.billionParameters() <= previous) {
                problems.add(at + ".billionParameters: must be positive and larger than the row before, was "
                        + r.billionParameters());
            }
            previous = r.billionParameters();
            range(at + ".vramGb", r.vramGbMin(), r.vramGbMax());
            range(at + ".priceSek", r.priceSekMin(), r.priceSekMax());
            text(at + ".machine", r.machine());
        }
    }

    private void range(String at, Integer min, Integer max) {
        if (min == null) {
            problems.add(at + "Min: missing");
        } else if (min <= 0) {
            problems.add(at + "Min: must be positive, was " + min);
        } else if (max != null && max < min) {
            problems.add(at + "Max: must be at least " + at.substring(at.lastIndexOf('.') + 1) + "Min (" + min
                    + "), was " + max);
        }
    }

    private void checkLicences() {
        String file = GuideFiles.LICENCES;
        List<Licence> list = nonEmpty(file, "licences", licences.licences());
        for (int i = 0; i < list.size(); i++) {
            Licence l = list.get(i);
            String at = file + ": licences[" + i + "]";
            idOf(at, l.id());
            text(at + ".name", l.name());
            text(at + ".text", l.text());
            if (l.commercialUse() == null) {
                problems.add(at + ".commercialUse: missing (allowed, conditional or forbidden)");
            }
        }
    }

    private void checkTopics() {
        String file = GuideFiles.TOPICS;
        List<Topic> list = nonEmpty(file, "topics", topics.topics());
        for (int i = 0; i < list.size(); i++) {
            Topic t = list.get(i);
            String at = file + ": topics[" + i + "]";
            idOf(at, t.id());
            text(at + ".title", t.title());
            text(at + ".text", t.text());
            for (int p = 0; p < t.points().size(); p++) {
                text(at + ".points[" + p + "]", t.points().get(p));
            }
        }
    }

    private <T> List<T> nonEmpty(String file, String field, List<T> list) {
        if (list == null || list.isEmpty()) {
            problems.add(file + ": " + field + ": missing or empty");
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                problems.add(file + ": " + field + "[" + i + "]: empty entry");
            }
        }
        return list.stream().filter(java.util.Objects::nonNull).toList();
    }

    private void idOf(String at, String id) {
        if (blank(id)) {
            problems.add(at + ".id: missing");
        } else {
            define(id, at + ".id");
        }
    }

    private void define(String id, String where) {
        String earlier = definedAt.putIfAbsent(id, where);
        if (earlier != null) {
            problems.add(where + ": duplicate id '" + id + "' (already used at " + earlier + ")");
        }
    }

    private void refer(String at, List<String> targets) {
        for (int i = 0; i < targets.size(); i++) {
            references.add(new Reference(at + "[" + i + "]", targets.get(i)));
        }
    }

    private void text(String at, LocalizedText text) {
        if (text == null) {
            problems.add(at + ": missing");
            return;
        }
        if (blank(text.sv())) {
            problems.add(at + ".sv: missing (every text needs Swedish and English)");
        }
        if (blank(text.en())) {
            problems.add(at + ".en: missing (every text needs Swedish and English)");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private record Reference(String where, String target) {}
}
