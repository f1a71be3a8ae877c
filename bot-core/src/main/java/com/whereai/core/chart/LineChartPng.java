package com.whereai.core.chart;

import com.whereai.core.reply.CardElement;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a {@link CardElement.LineChart} as a PNG with JFreeChart, server-side and headless: one colour per series from
 * {@link #PALETTE}, the x axis numbered by point, a legend under the plot. Thread-safe; each call draws anew.
 */
public final class LineChartPng {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 450;

    /** One distinct colour per series, in series order (colour-blind safe: the Okabe–Ito palette). */
    public static final List<Color> PALETTE = List.of(
            new Color(0x0072B2),
            new Color(0xE69F00),
            new Color(0x009E73),
            new Color(0xD55E00),
            new Color(0xCC79A7),
            new Color(0x56B4E9),
            new Color(0xF0E442),
            new Color(0x000000));

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private LineChartPng() {}

    /** The chart as PNG bytes, {@link #WIDTH} × {@link #HEIGHT} pixels. */
    public static byte[] render(CardElement.LineChart chart) {
        BufferedImage image = draw(chart).createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null);
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            ChartUtils.writeBufferedImageAsPNG(png, image);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the chart as PNG", e);
        }
        return png.toByteArray();
    }

    static JFreeChart draw(CardElement.LineChart chart) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (CardElement.Series series : chart.series()) {
            XYSeries line = new XYSeries(series.label() + "  " + series.lastValueText(), false, true);
            for (int i = 0; i < series.values().size(); i++) {
                line.add(xValue(chart.xLabels(), i), series.values().get(i));
            }
            data.addSeries(line);
        }
        NumberAxis x = new NumberAxis(chart.xAxisTitle());
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(chart.yAxisTitle());
        y.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < chart.series().size(); i++) {
            lines.setSeriesPaint(i, PALETTE.get(i % PALETTE.size()));
            lines.setSeriesStroke(i, new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        XYPlot plot = new XYPlot(data, x, y, lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart drawn = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, true);
        drawn.setTitle(new TextTitle(chart.caption(), new Font(Font.SANS_SERIF, Font.BOLD, 16)));
        drawn.setBackgroundPaint(Color.WHITE);
        drawn.setAntiAlias(true);
        LegendTitle legend = drawn.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        return drawn;
    }

    /** The point's own number where its label is one ("0", "12"), else its index. */
    private static double xValue(List<String> labels, int index) {
        try {
            return Double.parseDouble(labels.get(index));
        } catch (NumberFormatException e) {
            return index;
        }
    }
}
