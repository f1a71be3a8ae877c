package com.whereai.knowledge;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken data files fail at load time with an error that names the file and the field. */
class GuideValidationTest {

    @TempDir
    Path folder;

    @BeforeEach
    void copyTheBundledFiles() throws IOException {
        for (String name : GuideFiles.ALL) {
            try (InputStream in = GuideLoader.class.getResourceAsStream("/guide/" + name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
    }

    @Test
    void a_copy_of_the_bundled_files_loads() {
        GuideLoader.loadFrom(folder);
    }

    @Test
    void a_rating_outside_one_to_five_names_the_option_and_criterion() throws IOException {
        edit(
                GuideFiles.OPTIONS,
                "ratings: {start-cost: 1, usage-cost: 4, quality: 3, privacy: 5,",
                "ratings: {start-cost: 1, usage-cost: 4, quality: 3, privacy: 7,");
        assertThatThrownBy(() -> GuideLoader.loadFrom(folder))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("options.yaml: options[1].ratings.privacy: must be 1..5, was 7");
    }

    @Test
    void a_missing_rating_is_named() throws IOException {
        edit(GuideFiles.OPTIONS, "latency: 2, maintenance: 5, customisability: 2}", "latency: 2, maintenance: 5}");
        assertThatThrownBy(() -> GuideLoader.loadFrom(folder))
                .hasMessageContaining("options.yaml: options[3].ratings.customisability: missing");
    }

    @Test
    void an_unknown_criterion_in_ratings_is_named() throws IOException {
        edit(GuideFiles.OPTIONS, "customisability: 3}", "customisability: 3, speed: 4}");
        assertThatThrownBy(() -> GuideLoader.loadFrom(folder))
                .hasMessageContaining("options.yaml: options[4].ratings.speed: not one of the guide's criteria");
    }

    @Test
    void a_missing_english_text_is_named() throws IOException {
        edit(GuideFiles.CONCEPTS, "name: {sv: VRAM, en: VRAM}", "name: {sv: VRAM}");
        assertThatThrownBy(() -> GuideLoader.loadFrom(folder))
                .hasMessageContaining("concepts.yaml: concepts[2].name.en: missing");
    }

    @Test
    void a_duplicate_id_names_both_places() throws IOException {
        edit(GuideFiles.LICENCES, "id: licence.cc-nc", "id: licence.llama");
        assertThatThrownBy(() -> GuideLoader.loadFrom(folder))
                .hasMessageContaining("licences.yaml: licences[2].id: duplicate id 'licence.llama'")
                .hasMessageContaining("licences.yaml: licences[1].id");
    }

    @Test
    void a_reference_to_an_unknown_entry_is_named() throws IOException {
        edit(
                GuideFiles.CONCEPTS,
                "see: [concept.vram]\n  - id: concept.gpu",
                "see: [concept.vramm]\n  - id: concept.gpu");
        assertThatThrownBy(() -> GuideLoader.loadFrom(folder))
                .hasMessageContaining("concepts.yaml: concepts[0].see[0]: refers to unknown entry 'concept.vramm'");
    }

    @Test
    void a_misspelt_field_is_named_with_its_path() throws IOException {
        edit(GuideFiles.VRAM_TABLE, "vramGbMin: 16", "vramGbMinimum: 16");
        assertThatThrownBy(() -> GuideLoader.loadFrom(folder))
                .hasMessageStartingWith("vram-table.yaml: rows[1].vramGbMinimum: Unrecognized field \"vramGbMinimum\"");
    }

    @Test
    void a_wrong_type_is_named_with_its_path() throws IOException {
        edit(GuideFiles.VRAM_TABLE, "priceSekMin: 20000", "priceSekMin: lots");
        assertThatThrownBy(() -> GuideLoader.loadFrom(folder))
                .hasMessageStartingWith("vram-table.yaml: rows[1].priceSekMin:");
    }

    @Test
    void a_vram_maximum_below_the_minimum_is_named() throws IOException {
        edit(GuideFiles.VRAM_TABLE, "vramGbMax: 48", "vramGbMax: 30");
        assertThatThrownBy(() -> GuideLoader.loadFrom(folder))
                .hasMessageContaining("vram-table.yaml: rows[2].vramGbMax: must be at least vramGbMin (40), was 30");
    }

    @Test
    void criteria_out_of_the_guides_order_are_named() throws IOException {
        edit(GuideFiles.CRITERIA, "- id: start-cost", "- id: cost");
        assertThatThrownBy(() -> GuideLoader.loadFrom(folder))
                .hasMessageContaining(
                        "criteria.yaml: criteria[0].id: expected 'start-cost' (the guide's order), was 'cost'");
    }

    @Test
    void an_option_missing_from_the_guide_is_reported() throws IOException {
        String text = Files.readString(folder.resolve(GuideFiles.OPTIONS), StandardCharsets.UTF_8);
        Files.writeString(
                folder.resolve(GuideFiles.OPTIONS), text.substring(0, text.indexOf("  - id: proprietary-api")));
        assertThatThrownBy(() -> GuideLoader.loadFrom(folder))
                .hasMessageContaining("options.yaml: options: expected the guide's 6 options, found 5");
    }

    @Test
    void broken_yaml_gives_the_line() throws IOException {
        edit(GuideFiles.TOPICS, "topics:\n", "topics:\n  - id: \"unclosed\n  - {{\n");
        assertThatThrownBy(() -> GuideLoader.loadFrom(folder))
                .hasMessageStartingWith("topics.yaml: not valid YAML (at line");
    }

    @Test
    void a_missing_file_is_named() throws IOException {
        Files.delete(folder.resolve(GuideFiles.LICENCES));
        assertThatThrownBy(() -> GuideLoader.loadFrom(folder)).hasMessage("licences.yaml: file not found");
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = folder.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new AssertionError(file + " does not contain: " + from);
        }
        Files.writeString(
                path,
                text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                StandardCharsets.UTF_8);
    }
}
