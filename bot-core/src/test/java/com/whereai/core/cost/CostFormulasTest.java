package com.whereai.core.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CostFormulasTest {

    @Test
    void token_cost_is_tokens_in_millions_times_the_price_per_million() {
        // 84 000 000 in × $0.59 + 42 000 000 out × $0.79 = 49.56 + 33.18
        assertThat(CostFormulas.tokenCost(84e6, 42e6, 0.59, 0.79)).isCloseTo(82.74, within(1e-9));
    }

    @Test
    void decoding_speed_is_bandwidth_over_weights_times_efficiency() {
        // 1008 GB/s / 4.9 GB × 0.55
        assertThat(CostFormulas.decodeTokensPerSecond(1008, 4.9, 0.55)).isCloseTo(113.14, within(0.01));
    }

    @Test
    void machines_and_devices_are_rounded_up_and_never_zero() {
        assertThat(CostFormulas.machinesForThroughput(69.44, 26.4, 1)).isEqualTo(3);
        assertThat(CostFormulas.machinesForThroughput(69.44, 26.4, 4)).isEqualTo(1);
        assertThat(CostFormulas.machinesForThroughput(0, 26.4, 1)).isEqualTo(1);
        assertThat(CostFormulas.devicesForMemory(48.2, 25.77)).isEqualTo(2);
        assertThat(CostFormulas.devicesForMemory(51.54, 51.54)).isEqualTo(1);
    }

    @Test
    void demand_spreads_the_days_answers_over_the_hours_in_use() {
        // 4 000 × 500 tokens / (8 × 3600 s)
        assertThat(CostFormulas.demandTokensPerSecond(4000, 500, 8)).isCloseTo(69.44, within(0.01));
    }

    @Test
    void rent_electricity_and_write_off() {
        assertThat(CostFormulas.rent(3, 1.59, CostFormulas.hoursPerMonth(8, 21)))
                .isCloseTo(801.36, within(1e-9));
        // 12 × 350 W = 4.2 kW × 730 h × 1.26 kr
        assertThat(CostFormulas.electricity(12, 350, 730, 1.26)).isCloseTo(3863.16, within(1e-9));
        assertThat(CostFormulas.writeOffPerMonth(240_000, 3)).isCloseTo(6666.67, within(0.01));
    }

    @Test
    void break_even_is_the_first_whole_month_buying_has_cost_less() {
        // 240 000 up front saves 7 387.44 − 3 863.16 = 3 524.28 a month: 68.1 → 69
        assertThat(CostFormulas.breakEvenMonths(240_000, 3863.16, 0, 7387.44)).hasValue(69);
        assertThat(CostFormulas.breakEvenMonths(1200, 0, 0, 100)).hasValue(12);
        assertThat(CostFormulas.breakEvenMonths(240_000, 9000, 0, 7387.44)).isEmpty();
        assertThat(CostFormulas.breakEvenMonths(0, 100, 0, 200)).isEmpty();
    }

    @Test
    void totals_and_currency() {
        assertThat(CostFormulas.total(240_000, 3863.16, 36)).isCloseTo(379_073.76, within(1e-6));
        assertThat(CostFormulas.fromSek(9218.6, 9.2186)).isCloseTo(1000, within(1e-9));
        assertThat(CostFormulas.toSek(82.74, 9.2186)).isCloseTo(762.75, within(0.01));
    }
}
