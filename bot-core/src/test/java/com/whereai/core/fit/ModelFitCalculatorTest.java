package com.whereai.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.whereai.core.TestBot;
import com.whereai.knowledge.VramRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelFitCalculatorTest {

    private final ModelFitCalculator calculator = new ModelFitCalculator();
    private final List<VramRow> table = TestBot.GUIDE.vramTable();

    @Test
    void weights_are_parameters_times_bits_over_eight() {
        VramEstimate e = calculator.estimate(7, Precision.FP16, 0);

        assertThat(e.weightsGb()).isEqualTo(14.0);
        assertThat(e.kvCacheGb()).isZero();
        assertThat(e.totalGb()).isCloseTo(15.4, within(1e-9));
    }

    @Test
    void the_kv_cache_grows_with_the_context() {
        VramEstimate short_ = calculator.estimate(8, Precision.Q4_K_M, 4096);
        VramEstimate long_ = calculator.estimate(8, Precision.Q4_K_M, 8192);

        assertThat(long_.kvCacheGb()).isCloseTo(2 * short_.kvCacheGb(), within(1e-9));
        // Llama 3 8B: 32 layers x 1024 KV dims x 2 (K, V) x 2 bytes = 128 KiB per token
        assertThat(short_.kvCacheGb()).isCloseTo(32 * 1024 * 2 * 2 * 4096 / 1e9, within(1e-9));
    }

    @Test
    void estimates_agree_with_the_guides_table() {
        assertWithinTenPercentOf(
                row("vram.7b"), calculator.estimate(7, Precision.INT8, ModelFitCalculator.DEFAULT_CONTEXT));
        assertWithinTenPercentOf(
                row("vram.13b"), calculator.estimate(13, Precision.INT8, ModelFitCalculator.DEFAULT_CONTEXT));
        assertWithinTenPercentOf(
                row("vram.70b"), calculator.estimate(70, Precision.INT4, ModelFitCalculator.DEFAULT_CONTEXT));
        assertThat(calculator
                        .estimate(120, Precision.INT8, ModelFitCalculator.DEFAULT_CONTEXT)
                        .totalGb())
                .isGreaterThanOrEqualTo(row("vram.100b-plus").vramGbMin());
    }

    @Test
    void a_13b_model_does_not_fit_12_gb_unquantised_but_does_at_q5() {
        VramEstimate fp16 = calculator.estimate(13, Precision.FP16, 4096);

        assertThat(calculator.verdict(fp16, 12)).isEqualTo(FitVerdict.DOES_NOT_FIT);
        assertThat(calculator.bestFitting(13, 4096, 12)).contains(Precision.Q5_K_M);
    }

    @Test
    void a_fit_with_less_than_ten_percent_to_spare_is_tight() {
        VramEstimate e = calculator.estimate(7, Precision.INT8, 4096);

        assertThat(calculator.verdict(e, e.totalGb() + 0.1)).isEqualTo(FitVerdict.TIGHT);
        assertThat(calculator.verdict(e, e.totalGb() * 2)).isEqualTo(FitVerdict.FITS);
        assertThat(calculator.verdict(e, e.totalGb() - 0.1)).isEqualTo(FitVerdict.DOES_NOT_FIT);
    }

    @Test
    void nothing_on_the_ladder_fits_a_405b_model_in_24_gb() {
        assertThat(calculator.bestFitting(405, 4096, 24)).isEmpty();
    }

    @Test
    void the_largest_common_model_in_24_gb_at_4_bit_is_32b() {
        assertThat(calculator.largestFitting(24, Precision.INT4, 4096)).contains(32.0);
        assertThat(calculator.largestFitting(4, Precision.FP16, 4096)).contains(1.0);
        assertThat(calculator.largestFitting(1, Precision.FP16, 4096)).isEmpty();
    }

    @Test
    void picks_the_closest_guide_row() {
        assertThat(calculator.closestGuideRow(table, 8).id()).isEqualTo("vram.7b");
        assertThat(calculator.closestGuideRow(table, 14).id()).isEqualTo("vram.13b");
        assertThat(calculator.closestGuideRow(table, 40).id()).isEqualTo("vram.70b");
        assertThat(calculator.closestGuideRow(table, 405).id()).isEqualTo("vram.100b-plus");
    }

    @Test
    void reads_precisions_by_their_common_names() {
        assertThat(Precision.find("70b q4")).contains(Precision.Q4_K_M);
        assertThat(Precision.find("70b q4_0")).contains(Precision.Q4_0);
        assertThat(Precision.find("13b in 8-bit")).contains(Precision.INT8);
        assertThat(Precision.find("13b med 4 bitar")).contains(Precision.INT4);
        assertThat(Precision.find("bf16 weights")).contains(Precision.BF16);
        assertThat(Precision.find("just 70b")).isEmpty();
    }

    private VramRow row(String id) {
        return table.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static void assertWithinTenPercentOf(VramRow row, VramEstimate estimate) {
        double low = row.vramGbMin() * 0.9;
        double high = row.vramMax().orElseThrow() * 1.1;
        assertThat(estimate.totalGb())
                .as("%s at %s", row.label(), estimate.precision())
                .isBetween(low, high);
    }
}
