package com.whereai.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line chart as text rows: a caption, a sparkline per series on one shared scale, and the x axis. */
class LineChartTextTest {

    private static final String LEVELS = "▁▂▃▄▅▆▇█";

    @Test
    void the_caption_comes_first_then_one_row_per_series_then_the_axis() {
        List<String> lines = LineChartText.lines(chart(), 37);

        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("Cumulative cost, SEK");
        assertThat(lines.get(1)).startsWith("  1   ").endsWith("  36 000 kr");
        assertThat(lines.get(2)).startsWith("  2A  ").endsWith("  18 000 kr");
        assertThat(lines.get(3)).startsWith("  5   ").endsWith("  0 kr");
        assertThat(lines.get(4).strip()).startsWith("0").endsWith("36 months");
    }

    @Test
    void every_row_is_on_one_shared_scale() {
        List<String> lines = LineChartText.lines(chart(), 37);

        String highest = sparkline(lines.get(1));
        String half = sparkline(lines.get(2));
        String nothing = sparkline(lines.get(3));
        assertThat(highest).hasSize(37).startsWith("▁").endsWith("█");
        assertThat(half).hasSize(37).startsWith("▁");
        assertThat(half.charAt(36)).as("half the highest value, half way up").isIn('▄', '▅');
        assertThat(nothing).isEqualTo("▁".repeat(37));
        for (int i = 0; i < 37; i++) {
            assertThat(LEVELS.indexOf(half.charAt(i)))
                    .as("point %d: the line at half the value is never higher", i)
                    .isLessThanOrEqualTo(LEVELS.indexOf(highest.charAt(i)));
        }
    }

    @Test
    void labels_are_padded_so_the_sparklines_start_in_one_column() {
        List<String> lines = LineChartText.lines(chart(), 37);

        int start = lines.get(1).indexOf('▁');
        assertThat(lines.get(2).indexOf('▁')).isEqualTo(start);
        assertThat(lines.get(3).indexOf('▁')).isEqualTo(start);
        assertThat(start).isEqualTo("  2A  ".length());
        assertThat(lines.get(4)).startsWith(" ".repeat(start) + "0");
    }

    @Test
    void a_long_series_is_sampled_keeping_its_first_and_last_point() {
        assertThat(LineChartText.sampled(37, 10))
                .hasSize(10)
                .startsWith(0)
                .endsWith(36)
                .isSorted();
        assertThat(LineChartText.sampled(121, 37))
                .hasSize(37)
                .startsWith(0)
                .endsWith(120)
                .doesNotHaveDuplicates();
        assertThat(LineChartText.sampled(5, 37)).containsExactly(0, 1, 2, 3, 4);
        assertThat(LineChartText.sampled(2, 1)).containsExactly(0, 1);

        List<Double> spikeAtTheEnd = new ArrayList<>(Collections.nCopies(121, 0.0));
        spikeAtTheEnd.set(120, 100.0);
        List<Double> spikeAtTheStart = new ArrayList<>(Collections.nCopies(121, 0.0));
        spikeAtTheStart.set(0, 100.0);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i <= 120; i++) {
            labels.add(Integer.toString(i));
        }
        List<String> lines = LineChartText.lines(
                new CardElement.LineChart(
                        "Ten years",
                        "months",
                        "SEK",
                        labels,
                        List.of(
                                new CardElement.Series("end", spikeAtTheEnd, "100 kr"),
                                new CardElement.Series("start", spikeAtTheStart, "0 kr")),
                        "Two spikes."),
                20);

        assertThat(sparkline(lines.get(1))).hasSize(20).isEqualTo("▁".repeat(19) + "█");
        assertThat(sparkline(lines.get(2))).hasSize(20).isEqualTo("█" + "▁".repeat(19));
        assertThat(lines.get(3).strip()).startsWith("0").endsWith("120 months");
    }

    @Test
    void a_chart_of_nothing_but_zeros_is_a_flat_bottom_line() {
        CardElement.LineChart zeros = new CardElement.LineChart(
                "Nothing",
                "months",
                "SEK",
                List.of("0", "1", "2"),
                List.of(new CardElement.Series("1", List.of(0.0, 0.0, 0.0), "0 kr")),
                "Nothing at all.");

        assertThat(sparkline(LineChartText.lines(zeros, 37).get(1))).isEqualTo("▁▁▁");
    }

    /** The block characters of a row. */
    private static String sparkline(String row) {
        StringBuilder line = new StringBuilder();
        row.chars().filter(c -> LEVELS.indexOf(c) >= 0).forEach(c -> line.append((char) c));
        return line.toString();
    }

    /** 37 months: one line climbing to 36 000, one to half of that, one at nothing. */
    private static CardElement.LineChart chart() {
        List<String> months = new ArrayList<>();
        List<Double> full = new ArrayList<>();
        List<Double> half = new ArrayList<>();
        List<Double> none = new ArrayList<>();
        for (int month = 0; month <= 36; month++) {
            months.add(Integer.toString(month));
            full.add(1000.0 * month);
            half.add(500.0 * month);
            none.add(0.0);
        }
        return new CardElement.LineChart(
                "Cumulative cost, SEK",
                "months",
                "SEK",
                months,
                List.of(
                        new CardElement.Series("1", full, "36 000 kr"),
                        new CardElement.Series("2A", half, "18 000 kr"),
                        new CardElement.Series("5", none, "0 kr")),
                "Three lines.");
    }
}
