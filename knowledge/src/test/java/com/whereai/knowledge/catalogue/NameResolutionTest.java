package com.whereai.knowledge.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Models and hardware are found by the names people write, anywhere in a question. */
class NameResolutionTest {

    private static final Catalogue CATALOGUE = Catalogue.bundled();

    static Stream<Arguments> modelSpellings() {
        return CATALOGUE.models().stream()
                .flatMap(m -> Stream.concat(Stream.of(m.id(), m.hfRepo(), m.name()), m.aliases().stream())
                        .map(spelling -> Arguments.of(spelling, m.id())));
    }

    static Stream<Arguments> gpuSpellings() {
        return CATALOGUE.gpus().stream()
                .flatMap(g -> Stream.concat(Stream.of(g.id()), g.aliases().stream())
                        .map(spelling -> Arguments.of(spelling, g.id())));
    }

    static Stream<Arguments> chipSpellings() {
        return CATALOGUE.appleChips().stream()
                .flatMap(c -> Stream.concat(Stream.of(c.id(), c.name()), c.aliases().stream())
                        .map(spelling -> Arguments.of(spelling, c.id())));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("modelSpellings")
    void every_spelling_of_a_model_resolves_to_it_alone_upper_case_or_in_a_sentence(String spelling, String id) {
        assertThat(CATALOGUE.model(spelling)).map(CatalogueModel::id).contains(id);
        assertThat(CATALOGUE.model(spelling.toUpperCase(java.util.Locale.ROOT)))
                .map(CatalogueModel::id)
                .contains(id);
        assertThat(CATALOGUE.model("Can I run " + spelling + " on my machine?"))
                .map(CatalogueModel::id)
                .contains(id);
        assertThat(CATALOGUE.model("kan jag köra " + spelling + ", tror du?"))
                .map(CatalogueModel::id)
                .contains(id);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("gpuSpellings")
    void every_spelling_of_a_gpu_resolves_to_one_of_it(String spelling, String id) {
        assertThat(CATALOGUE.hardware("I have " + spelling + " at home")).hasValueSatisfying(h -> {
            assertThat(h.kind()).isEqualTo(Hardware.Kind.GPU);
            assertThat(h.id()).isEqualTo(id);
            assertThat(h.count()).isEqualTo(1);
            assertThat(h.memoryGiB())
                    .isEqualTo(CATALOGUE.gpuById(id).orElseThrow().vramGib());
        });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("chipSpellings")
    void every_spelling_of_an_apple_chip_resolves_to_it_with_its_base_memory(String spelling, String id) {
        AppleChip chip = CATALOGUE.appleChipById(id).orElseThrow();
        assertThat(CATALOGUE.hardware("on my MacBook with " + spelling)).hasValueSatisfying(h -> {
            assertThat(h.kind()).isEqualTo(Hardware.Kind.APPLE);
            assertThat(h.id()).isEqualTo(id);
            assertThat(h.memoryGiB()).isEqualTo(chip.baseMemoryGb());
            assertThat(h.memoryStated()).isFalse();
        });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "can I run mixtral 8x7b on a 4090?|mixtral-8x7b",
                "can I run mixtral on a 4090?|mixtral-8x7b",
                "gemma2:27b on my 4090|gemma-2-27b",
                "mistral nemo on 12gb|mistral-nemo-12b",
                "llama 3.1 405b|llama-3.1-405b",
                "Llama 3.1 405B on 8x H100|llama-3.1-405b",
                "llama3.1:8b|llama-3.1-8b",
                "llama3.1|llama-3.1-8b",
                "Llama-3.1-70B-Instruct|llama-3.1-70b",
                "meta-llama/Meta-Llama-3.1-70B-Instruct in Q4_K_M|llama-3.1-70b",
                "llama 3.1 70b|llama-3.1-70b",
                "qwen2.5:14b|qwen2.5-14b",
                "Qwen 2.5 72B with a long context|qwen2.5-72b",
                "deepseek-r1:32b|deepseek-r1-distill-qwen-32b",
                "DeepSeek-R1-Distill-Qwen-32B|deepseek-r1-distill-qwen-32b",
                "phi3 on a raspberry|phi-3-mini-4k",
                "phi-3 medium|phi-3-medium-4k",
                "llama2:13b|llama-2-13b",
                "kan man köra Gemma 2 27B på en 3090?|gemma-2-27b",
            })
    void spellings_from_the_issue_resolve(String text, String id) {
        assertThat(CATALOGUE.model(text)).map(CatalogueModel::id).contains(id);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "70b on an M2 Max 64GB",
                "qwen2.5 3b",
                "mixtral 8x22b on two H100",
                "llama 3.1 13b",
                "gpt-4o",
                "a 7b model on my laptop",
                "llama 3.3 70b",
                "mistral large",
                "",
                "   "
            })
    void unknown_models_resolve_to_nothing(String text) {
        assertThat(CATALOGUE.model(text)).isEmpty();
    }

    @Test
    void a_family_name_beside_another_size_does_not_fall_back_to_the_default_model() {
        assertThat(CATALOGUE.model("llama 3.1 405b")).map(CatalogueModel::id).contains("llama-3.1-405b");
        assertThat(CATALOGUE.model("the 70b llama3.1")).isEmpty();
        assertThat(CATALOGUE.model("gemma2 2b")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {2} x {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2x3090|rtx-3090|2|24",
                "2 x 3090|rtx-3090|2|24",
                "2× RTX 3090|rtx-3090|2|24",
                "3090 x2|rtx-3090|2|24",
                "two 4090s|rtx-4090|2|24",
                "dual rtx 4090|rtx-4090|2|24",
                "4 st A100 80GB|a100-80gb|4|80",
                "fyra H100|h100|4|80",
                "can I run mixtral 8x7b on a 4090?|rtx-4090|1|24",
                "gemma2:27b on my 4090|rtx-4090|1|24",
                "rtx 3060|rtx-3060|1|12",
                "an RTX 3060 8GB|rtx-3060|1|8",
                "4060 Ti 8 GB|rtx-4060-ti|1|8",
                "H100|h100|1|80",
                "a100 80gb|a100-80gb|1|80",
                "a100|a100-40gb|1|40",
                "8x H100|h100|8|80",
                "Llama 3.1 405B on 8x H100|h100|8|80",
                "MI300X|mi300x|1|192",
                "L40S|l40s|1|48",
            })
    void gpus_are_found_with_their_number(String text, String id, int count, double gib) {
        Hardware h = CATALOGUE.hardware(text).orElseThrow();
        assertThat(h.kind()).isEqualTo(Hardware.Kind.GPU);
        assertThat(h.id()).isEqualTo(id);
        assertThat(h.count()).isEqualTo(count);
        assertThat(h.memoryGiB()).isEqualTo(gib);
        assertThat(h.usableGiB()).isEqualTo(gib);
        assertThat(h.totalMemoryGiB()).isEqualTo(count * gib);
    }

    @ParameterizedTest(name = "{0} -> {1} {2} GB, {3} usable")
    @CsvSource(
            delimiter = '|',
            value = {
                "70b on an M2 Max 64GB|m2-max|64|48",
                "M2 Max med 64 GB|m2-max|64|48",
                "M3 Max 64GB|m3-max|64|48",
                "a 128GB M3 Max|m3-max|128|96",
                "M4 Pro with 24 GB unified memory|m4-pro|24|16",
                "M2 Ultra 192GB|m2-ultra|192|144",
            })
    void apple_chips_are_found_with_their_memory_and_the_gpus_share(
            String text, String id, double memory, double usable) {
        Hardware h = CATALOGUE.hardware(text).orElseThrow();
        assertThat(h.kind()).isEqualTo(Hardware.Kind.APPLE);
        assertThat(h.id()).isEqualTo(id);
        assertThat(h.count()).isEqualTo(1);
        assertThat(h.memoryGiB()).isEqualTo(memory);
        assertThat(h.usableGiB()).isCloseTo(usable, within(1e-9));
        assertThat(h.memoryStated()).isTrue();
    }

    @Test
    void a_mac_without_a_stated_memory_gets_its_chips_base_memory() {
        Hardware h = CATALOGUE.hardware("my MacBook Air M3").orElseThrow();
        assertThat(h.id()).isEqualTo("m3");
        assertThat(h.memoryGiB()).isEqualTo(16);
        assertThat(h.usableGiB()).isCloseTo(16 * 2.0 / 3, within(1e-9));
        assertThat(h.memoryStated()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"mistral nemo on 12gb", "a 100 GB model", "my laptop", "rtx 4080", "l40", "llama 3.1 70b", ""})
    void unknown_or_absent_hardware_resolves_to_nothing(String text) {
        assertThat(CATALOGUE.hardware(text)).isEmpty();
    }

    @Test
    void names_are_normalised_alike_however_they_are_written() {
        assertThat(List.of("llama3.1:8b", "Llama-3.1-8B", "llama 3.1 8B", "LLAMA_3.1_8b"))
                .extracting(Names::normalise)
                .containsOnly("llama 3.1 8b");
        assertThat(Names.normalise("Mixtral-8x7B")).isEqualTo("mixtral 8 x 7b");
        assertThat(Names.normalise("2x3090s")).isEqualTo("2 x 3090");
        assertThat(Names.normalise("M2 Max med 64 GB")).isEqualTo("m2 max med 64gb");
        assertThat(Names.normalise("RTX4090")).isEqualTo("rtx 4090");
        assertThat(Names.normalise("A100")).isEqualTo("a100");
        assertThat(Names.normalise("L40S")).isEqualTo("l40s");
    }
}
