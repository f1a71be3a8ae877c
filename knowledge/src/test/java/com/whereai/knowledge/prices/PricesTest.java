package com.whereai.knowledge.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.whereai.knowledge.KnowledgeException;
import com.whereai.knowledge.OptionId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PricesTest {

    @TempDir
    Path dir;

    @Test
    void bundled_file_loads_with_every_figure_dated_and_sourced() {
        Prices prices = Prices.bundled();

        assertThat(prices.origin()).isEqualTo("bundled");
        assertThat(prices.asOf()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(prices.rate("USD")).get().satisfies(r -> {
            assertThat(r.sek()).isEqualTo(9.2186);
            assertThat(r.source()).contains("ECB");
        });
        assertThat(prices.rate("eur")).get().extracting(ExchangeRate::sek).isEqualTo(10.8420);
        assertThat(prices.rate("SEK")).get().extracting(ExchangeRate::sek).isEqualTo(1.0);
        assertThat(prices.electricity().sekPerKwh()).isEqualTo(1.26);
        assertThat(prices.serving().quant()).isEqualTo("Q4_K_M");
        assertThat(prices.rentals()).allSatisfy(r -> {
            assertThat(r.source()).isNotBlank();
            assertThat(r.asOf()).isBeforeOrEqualTo(prices.asOf());
        });
        assertThat(prices.rentals()).extracting(RentalPrice::usdPerHour).isSorted();
        assertThat(prices.tokenPrices()).allSatisfy(t -> assertThat(t.source()).contains("litellm"));
        assertThat(prices.tokenPrices(OptionId.INFERENCE_API))
                .extracting(TokenPrice::servesUpToB)
                .containsExactly(8.0, 70.0, 405.0, 1000.0);
        assertThat(prices.ownHardware("vram.70b")).get().satisfies(h -> {
            assertThat(h.gpus()).isEqualTo(2);
            assertThat(h.gpu().id()).isEqualTo("rtx-3090");
        });
    }

    @Test
    void a_site_file_replaces_the_bundled_one() throws IOException {
        Path file = write("site-prices.yaml", bundledText().replace("usd_per_hour: 0.74", "usd_per_hour: 0.50"));

        Prices prices = Prices.fromSetting(file.toString());

        assertThat(prices.origin()).isEqualTo("site-prices.yaml");
        assertThat(prices.rentals().get(0).usdPerHour()).isEqualTo(0.50);
        assertThat(Prices.fromSetting("  ")).isSameAs(Prices.bundled());
        assertThat(Prices.fromSetting(null)).isSameAs(Prices.bundled());
    }

    @Test
    void a_missing_source_a_negative_price_and_an_unknown_gpu_are_all_named_with_file_and_field() throws IOException {
        String broken = bundledText()
                .replaceFirst("usd_per_hour: 0.74", "usd_per_hour: -1")
                .replaceFirst("  - gpu: l40s\n", "  - gpu: tpu-v5\n")
                .replaceFirst("    source: \"litellm \\[groq/llama-3.3-70b-versatile\\][^\\n]*\\n", "");
        Path file = write("broken.yaml", broken);

        assertThatThrownBy(() -> Prices.loadFrom(file))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("broken.yaml: rentals[0].usd_per_hour: must be above 0")
                .hasMessageContaining("broken.yaml: rentals[1].gpu: not a GPU listed under gpus")
                .hasMessageContaining("broken.yaml: token_prices[1].source: missing");
    }

    @Test
    void dates_must_be_dates_and_not_after_the_file() throws IOException {
        Path file = write(
                "dates.yaml",
                bundledText()
                        .replaceFirst("as_of: 2026-09-25", "as_of: 2027-01-01")
                        .replaceFirst("  as_of: 2024-01-01", "  as_of: last spring"));

        assertThatThrownBy(() -> Prices.loadFrom(file))
                .hasMessageContaining("dates.yaml: rentals[0].as_of: is after the file's as_of 2026-12-02: 2027-01-01")
                .hasMessageContaining("dates.yaml: electricity.as_of: not a date such as 2026-12-02: last spring");
    }

    @Test
    void the_rates_the_replies_offer_and_every_guide_row_are_required() throws IOException {
        String noEuro = bundledText().replaceFirst("  - currency: EUR\n", "  - currency: NOK\n");
        String noRow = noEuro.replaceFirst("  - row: vram.13b\n", "  - row: vram.14b\n");
        Path file = write("gaps.yaml", noRow);

        assertThatThrownBy(() -> Prices.loadFrom(file))
                .hasMessageContaining("gaps.yaml: exchange_rates: needs a rate for EUR")
                .hasMessageContaining("gaps.yaml: own_hardware[1].row: not a row of the guide's VRAM table")
                .hasMessageContaining("gaps.yaml: own_hardware: needs the GPUs for the guide's row vram.13b");
    }

    @Test
    void token_prices_only_price_the_hosted_options() throws IOException {
        Path file = write("options.yaml", bundledText().replaceFirst("option: cloud-platform", "option: own-server"));

        assertThatThrownBy(() -> Prices.loadFrom(file))
                .hasMessageContaining(
                        "options.yaml: token_prices[4].option: must be inference-api, cloud-platform or proprietary-api, was own-server");
    }

    @Test
    void unknown_fields_bad_yaml_missing_files_and_folders_are_clear_errors() throws IOException {
        Path typo = write(
                "typo.yaml",
                bundledText().replaceFirst("usd_per_hour: 0.74", "usd_per_hour: 0.74\n    usd_per_day: 17"));
        Path bad = write("bad.yaml", "as_of: \"unclosed\n  rentals: : :\n");

        assertThatThrownBy(() -> Prices.loadFrom(typo))
                .hasMessageStartingWith("typo.yaml: rentals[0].usd_per_day")
                .hasMessageContaining("Unrecognized field");
        assertThatThrownBy(() -> Prices.loadFrom(bad)).hasMessageStartingWith("bad.yaml: not valid YAML");
        assertThatThrownBy(() -> Prices.loadFrom(dir.resolve("none.yaml"))).hasMessage("none.yaml: file not found");
        assertThatThrownBy(() -> Prices.loadFrom(dir)).hasMessageContaining("is a folder");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String bundledText() throws IOException {
        try (InputStream in = Prices.class.getResourceAsStream("/prices/prices.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
