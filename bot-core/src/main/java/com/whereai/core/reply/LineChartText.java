package com.whereai.core.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link CardElement.LineChart} written with Unicode block characters, for surfaces that show text only (the
 * command line, a Slack card without an uploaded picture, a Teams client without charts). Each series is one row: its
 * label, a sparkline on a scale shared by all rows (so the rows compare, and where one passes another shows), and its
 * last value.
 */
public final class LineChartText {

    private static final char[] LEVELS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private LineChartText() {}

    /**
     * @param columns the most characters a sparkline may have; longer series are sampled evenly, keeping the first and
     *     the last point
     */
    public static List<String> lines(CardElement.LineChart chart, int columns) {
        List<Integer> points = sampled(chart.xLabels().size(), columns);
        int labelWidth =
                chart.series().stream().mapToInt(s -> s.label().length()).max().orElse(0);
        double max = chart.max();
        List<String> lines = new ArrayList<>();
        lines.add(chart.caption());
        for (CardElement.Series series : chart.series()) {
            StringBuilder line = new StringBuilder("  ");
            line.append(series.label())
                    .append(" ".repeat(labelWidth - series.label().length()))
                    .append("  ");
            for (int point : points) {
                line.append(level(series.values().get(point), max));
            }
            line.append("  ").append(series.lastValueText());
            lines.add(line.toString());
        }
        lines.add("  " + " ".repeat(labelWidth) + "  " + axis(chart, points));
        return lines;
    }

    private static char level(double value, double max) {
        if (max <= 0) {
            return LEVELS[0];
        }
        int index = (int) Math.round(value / max * (LEVELS.length - 1));
        return LEVELS[Math.max(0, Math.min(LEVELS.length - 1, index))];
    }

    /** "0 … 36 months", as wide as the sparklines where it fits. */
    private static String axis(CardElement.LineChart chart, List<Integer> points) {
        String first = chart.xLabels().get(points.get(0));
        String last = chart.xLabels().get(points.get(points.size() - 1));
        int gap = Math.max(1, points.size() - first.length() - last.length());
        return first + " ".repeat(gap) + last + " " + chart.xAxisTitle();
    }

    /**
     * The indexes of at most {@code columns} points out of {@code size}, evenly spread, the first and the last always
     * among them (all of them when they fit). Surfaces that carry a chart's points use it too (a Teams chart).
     */
    public static List<Integer> sampled(int size, int columns) {
        int wanted = Math.max(2, Math.min(size, columns));
        List<Integer> points = new ArrayList<>(wanted);
        for (int i = 0; i < wanted; i++) {
            points.add((int) Math.round(i * (size - 1) / (double) (wanted - 1)));
        }
        return points;
    }
}
