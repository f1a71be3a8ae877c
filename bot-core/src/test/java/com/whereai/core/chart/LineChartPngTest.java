package com.whereai.core.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.reply.CardElement;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The cost chart as Slack and {@code ask --png} get it: a real PNG, drawn, one palette colour per line. */
class LineChartPngTest {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** How far (per channel) a pixel may be from a palette colour and still count as drawn in it. */
    private static final int NEAR = 12;
    /** A 3-pixel line across most of the plot covers far more pixels than this. */
    private static final int DRAWN = 300;

    @Test
    void a_three_line_chart_is_an_800_by_450_png_with_each_lines_palette_colour() throws Exception {
        byte[] png = LineChartPng.render(chart(3));

        assertThat(png).startsWith(PNG_MAGIC);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(LineChartPng.WIDTH).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(LineChartPng.HEIGHT).isEqualTo(450);
        assertDrawn(image);
        for (int series = 0; series < 3; series++) {
            assertThat(near(image, LineChartPng.PALETTE.get(series)))
                    .as("pixels in the colour of line %d", series)
                    .isGreaterThan(DRAWN);
        }
        for (int unused = 3; unused < 6; unused++) {
            assertThat(near(image, LineChartPng.PALETTE.get(unused)))
                    .as("pixels in the colour of line %d, which the chart does not have", unused)
                    .isLessThan(DRAWN / 10);
        }
    }

    @Test
    void a_six_line_chart_has_six_distinct_line_colours() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(LineChartPng.render(chart(6))));

        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(450);
        assertDrawn(image);
        for (int series = 0; series < 6; series++) {
            assertThat(near(image, LineChartPng.PALETTE.get(series)))
                    .as("pixels in the colour of line %d", series)
                    .isGreaterThan(DRAWN);
        }
    }

    @Test
    void the_palette_has_a_distinct_colour_for_every_line_a_chart_may_have() {
        assertThat(LineChartPng.PALETTE)
                .hasSize(CardElement.LineChart.MAX_SERIES)
                .doesNotHaveDuplicates();
    }

    @Test
    void labels_that_are_not_numbers_are_drawn_by_their_index() throws Exception {
        CardElement.LineChart quarters = new CardElement.LineChart(
                "Cost by quarter",
                "quarter",
                "SEK",
                List.of("Q1", "Q2", "Q3", "Q4"),
                List.of(new CardElement.Series("1", List.of(0.0, 10.0, 20.0, 30.0), "30 kr")),
                "One line rising.");

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(LineChartPng.render(quarters)));

        assertThat(near(image, LineChartPng.PALETTE.get(0))).isGreaterThan(DRAWN);
    }

    /** Not blank: many colours (anti-aliased lines and text) and a good share of pixels that are not white. */
    private static void assertDrawn(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        int notWhite = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    notWhite++;
                }
            }
        }
        assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
        assertThat(notWhite).as("pixels that are not white").isGreaterThan(image.getWidth() * image.getHeight() / 50);
    }

    private static int near(BufferedImage image, Color colour) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color pixel = new Color(image.getRGB(x, y));
                if (Math.abs(pixel.getRed() - colour.getRed()) <= NEAR
                        && Math.abs(pixel.getGreen() - colour.getGreen()) <= NEAR
                        && Math.abs(pixel.getBlue() - colour.getBlue()) <= NEAR) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Cumulative cost over 36 months for {@code lines} options, each with its own start and slope, so that no line
     * hides another (they cross, as the cost chart's lines do, but only at points).
     */
    static CardElement.LineChart chart(int lines) {
        List<String> months = new ArrayList<>();
        for (int month = 0; month <= 36; month++) {
            months.add(Integer.toString(month));
        }
        String[] labels = {"1", "2A", "2B", "3", "4", "5"};
        List<CardElement.Series> series = new ArrayList<>();
        for (int line = 0; line < lines; line++) {
            double start = 40_000.0 * (lines - 1 - line) / Math.max(1, lines - 1);
            double slope = 500.0 + 1_000.0 * line;
            List<Double> values = new ArrayList<>();
            for (int month = 0; month <= 36; month++) {
                values.add(start + slope * month);
            }
            series.add(new CardElement.Series(labels[line], values, Math.round(values.get(36)) + " kr"));
        }
        return new CardElement.LineChart(
                "Cumulative cost, SEK",
                "months",
                "SEK",
                months,
                series,
                "Cumulative cost of " + lines + " options over 36 months.");
    }
}
