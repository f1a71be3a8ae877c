package com.whereai.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled data says exactly what the guide says. */
class BundledGuideTest {

    private static final Guide GUIDE = GuideLoader.loadBundled();

    /** The guide's comparison table, transcribed star by star. */
    private static final Map<OptionId, int[]> GUIDE_STARS = Map.of(
            OptionId.LOCAL, new int[] {2, 5, 2, 5, 2, 2, 5, 4, 5},
            OptionId.OWN_SERVER, new int[] {1, 4, 3, 5, 2, 1, 4, 1, 5},
            OptionId.RENTED_SERVER, new int[] {5, 1, 3, 4, 3, 3, 3, 3, 5},
            OptionId.INFERENCE_API, new int[] {5, 3, 4, 1, 5, 5, 2, 5, 2},
            OptionId.CLOUD_PLATFORM, new int[] {4, 2, 4, 3, 5, 4, 4, 4, 3},
            OptionId.PROPRIETARY_API, new int[] {5, 2, 5, 2, 5, 5, 3, 5, 2});

    @Test
    void holds_the_six_options_in_the_guides_order() {
        assertThat(GUIDE.options())
                .extracting(DeploymentOption::id)
                .containsExactly(
                        "local", "own-server", "rented-server", "inference-api", "cloud-platform", "proprietary-api");
        assertThat(GUIDE.options())
                .extracting(DeploymentOption::guideNumber)
                .containsExactly("1", "2A", "2B", "3", "4", "5");
    }

    @Test
    void every_option_has_the_guides_stars_for_all_nine_criteria() {
        for (OptionId id : OptionId.values()) {
            assertThat(GUIDE.option(id).starsInOrder()).as(id.id()).containsExactly(GUIDE_STARS.get(id));
        }
        assertThat(GUIDE.criteria())
                .extracting(Criterion::id)
                .containsExactly(
                        "start-cost",
                        "usage-cost",
                        "quality",
                        "privacy",
                        "scalability",
                        "simplicity",
                        "latency",
                        "maintenance",
                        "customisability");
    }

    @Test
    void every_option_has_three_pros_and_three_cons_as_in_the_guide() {
        for (DeploymentOption option : GUIDE.options()) {
            assertThat(option.pros()).as(option.id()).hasSize(3);
            assertThat(option.cons()).as(option.id()).hasSize(3);
        }
    }

    @Test
    void the_vram_table_keeps_the_guides_figures() {
        List<String> rows = GUIDE.vramTable().stream()
                .map(r -> r.label() + " " + VramRowText.vram(r) + " " + VramRowText.price(r, Lang.SV))
                .toList();
        assertThat(rows)
                .containsExactly(
                        "7B 8–10 GB 10 000–15 000 kr",
                        "13B 16–20 GB 20 000–30 000 kr",
                        "70B 40–48 GB 40 000 kr +",
                        ">100B 80+ GB 100 000 kr +");
        assertThat(VramRowText.price(GUIDE.vramTable().get(0), Lang.EN)).isEqualTo("SEK 10,000–15,000");
    }

    @Test
    void the_llama_licence_keeps_the_700_million_user_limit_in_both_languages() {
        Licence llama = GUIDE.licences().stream()
                .filter(l -> l.id().equals("licence.llama"))
                .findFirst()
                .orElseThrow();
        assertThat(llama.text().sv()).contains("700 miljoner");
        assertThat(llama.text().en()).contains("700 million");
        assertThat(llama.commercialUse()).isEqualTo(CommercialUse.CONDITIONAL);
        assertThat(GUIDE.licences())
                .extracting(Licence::id)
                .containsExactly("licence.mit-apache", "licence.llama", "licence.cc-nc");
    }

    @Test
    void the_guides_numbers_survive_in_both_languages() {
        String sv = GUIDE.entries().stream().map(e -> e.body().sv()).reduce("", String::concat);
        String en = GUIDE.entries().stream().map(e -> e.body().en()).reduce("", String::concat);
        for (String fact : List.of(
                "1000",
                "Llama-3.1:8B",
                "GPT-4o",
                "Claude 3.5",
                "4 ",
                "50 ",
                "Dolphin",
                "Groq",
                "RunPod",
                "Vast.ai",
                "AWS Bedrock",
                "Google Vertex AI",
                "Azure AI Studio",
                ">>> Send a message (/? for help)")) {
            assertThat(sv).as("sv has %s", fact).contains(fact);
            assertThat(en).as("en has %s", fact).contains(fact);
        }
    }

    @Test
    void entry_ids_are_unique_and_cover_every_part_of_the_guide() {
        List<String> ids = GUIDE.entries().stream().map(KnowledgeEntry::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids)
                .contains(
                        "option.local",
                        "option.own-server.con.expertise",
                        "concept.vram",
                        "concept.api",
                        "concept.gpu",
                        "concept.server",
                        "concept.parameters",
                        "vram.70b",
                        "licence.cc-nc",
                        "topic.ollama-steps",
                        "topic.token-pricing",
                        "topic.summary-advice",
                        "topic.ratings-table");
        assertThat(Arrays.stream(EntryKind.values()))
                .allSatisfy(kind -> assertThat(GUIDE.entries()).anyMatch(e -> e.kind() == kind));
    }

    @Test
    void every_entry_is_written_in_swedish_and_english() {
        assertThat(GUIDE.entries()).allSatisfy(e -> {
            assertThat(e.title().sv()).isNotBlank();
            assertThat(e.title().en()).isNotBlank();
            assertThat(e.body().sv()).isNotBlank();
            assertThat(e.body().en()).isNotBlank().isNotEqualTo(e.body().sv());
        });
    }

    @Test
    void ollama_has_four_steps() {
        assertThat(GUIDE.topic("topic.ollama-steps").orElseThrow().points()).hasSize(4);
    }
}
