package com.whereai.core.reply;

import java.util.List;
import java.util.Optional;

/**
 * The closed set of ready-to-show blocks a reply card is made of. The composers format every value once
 * (percentages, stars, money), so a renderer only lays text out for its platform and escapes it. Every
 * renderer implements {@link Visitor}: adding an element type fails to compile until each renderer shows it.
 */
public sealed interface CardElement {

    <R> R accept(Visitor<R> visitor);

    /** One method per element type; renderers implement it, so none can forget an element. */
    interface Visitor<R> {
        R heading(Heading heading);

        R paragraph(Paragraph paragraph);

        R bullets(BulletList list);

        R facts(FactList facts);

        R table(Table table);

        R items(ItemList items);

        R chart(Chart chart);

        R lineChart(LineChart chart);

        R image(Image image);

        R note(Note note);

        R divider(Divider divider);
    }

    /** A section heading inside the card. */
    record Heading(String text) implements CardElement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.heading(this);
        }
    }

    /** A paragraph of prose. */
    record Paragraph(String text) implements CardElement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.paragraph(this);
        }
    }

    /** A bulleted list. */
    record BulletList(List<String> items) implements CardElement {
        public BulletList {
            items = List.copyOf(items);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.bullets(this);
        }
    }

    /** Label-value pairs. */
    record FactList(List<Fact> facts) implements CardElement {
        public FactList {
            facts = List.copyOf(facts);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.facts(this);
        }
    }

    /**
     * A table of short, already formatted cells (the guide's star table: criteria down, options across).
     *
     * @param header    the column headings; the first is the heading of the row labels (may be empty)
     * @param rows      each row's cells, as many as the header
     * @param footnotes lines under the table that explain its abbreviations ("2A = Egen server")
     */
    record Table(List<String> header, List<List<String>> rows, List<String> footnotes) implements CardElement {
        public Table {
            if (header.isEmpty()) {
                throw new IllegalArgumentException("a table needs at least one column");
            }
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            footnotes = List.copyOf(footnotes);
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException(
                            "a row has " + row.size() + " cells, the header " + header.size());
                }
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.table(this);
        }
    }

    /** Items with a title, an optional badge (a ranking's percent), lines under them and an optional button each. */
    record ItemList(List<Item> items) implements CardElement {
        public ItemList {
            items = List.copyOf(items);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.items(this);
        }
    }

    /**
     * A bar chart of figures that are already written out.
     *
     * @param caption what the bars measure ("Cost over 36 months, SEK")
     */
    record Chart(String caption, List<Bar> bars) implements CardElement {
        public Chart {
            bars = List.copyOf(bars);
            if (bars.stream().anyMatch(b -> b.value() < 0)) {
                throw new IllegalArgumentException("a chart's bars cannot be negative");
            }
        }

        /** The longest bar's value, which the renderers scale the others to. */
        public double max() {
            return bars.stream().mapToDouble(Bar::value).max().orElse(0);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.chart(this);
        }
    }

    /**
     * A line chart: one line per series over the same points along the x axis (cumulative cost month by month, one
     * line per option, so where two lines cross is visible). Surfaces that can draw it do (a Teams {@code Chart.Line},
     * a PNG in Slack); the others show {@link #altText()} and each series' last value.
     *
     * @param caption what the lines measure ("Cumulative cost, SEK")
     * @param xAxisTitle what the x axis counts ("months")
     * @param yAxisTitle the unit of the values ("SEK")
     * @param xLabels one label per point, shared by every series ("0", "1", … "36")
     * @param series at least one, at most {@link #MAX_SERIES}
     * @param altText one sentence that says what the chart shows, for readers who cannot see it
     */
    record LineChart(
            String caption,
            String xAxisTitle,
            String yAxisTitle,
            List<String> xLabels,
            List<Series> series,
            String altText)
            implements CardElement {
        public static final int MAX_SERIES = 8;
        public static final int MAX_POINTS = 121;

        public LineChart {
            xLabels = List.copyOf(xLabels);
            series = List.copyOf(series);
            if (xLabels.size() < 2 || xLabels.size() > MAX_POINTS) {
                throw new IllegalArgumentException(
                        "a line chart needs 2 to " + MAX_POINTS + " points, had " + xLabels.size());
            }
            if (series.isEmpty() || series.size() > MAX_SERIES) {
                throw new IllegalArgumentException(
                        "a line chart needs 1 to " + MAX_SERIES + " series, had " + series.size());
            }
            for (Series s : series) {
                if (s.values().size() != xLabels.size()) {
                    throw new IllegalArgumentException("the series " + s.label() + " has "
                            + s.values().size() + " values for " + xLabels.size() + " points");
                }
            }
        }

        /** The highest value of any series, which the renderers scale to. */
        public double max() {
            return series.stream()
                    .flatMap(s -> s.values().stream())
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElse(0);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.lineChart(this);
        }
    }

    /**
     * One line of a {@link LineChart}.
     *
     * @param label the line's name in the legend ("2B")
     * @param values one finite, non-negative value per point
     * @param lastValueText the last value as the reader sees it ("788 400 kr")
     */
    record Series(String label, List<Double> values, String lastValueText) {
        public Series {
            values = List.copyOf(values);
            if (values.stream().anyMatch(v -> v == null || !Double.isFinite(v) || v < 0)) {
                throw new IllegalArgumentException("a series' values must be finite and not negative: " + label);
            }
        }

        public double last() {
            return values.get(values.size() - 1);
        }
    }

    /** A picture at a public https address (short enough for every platform), with the text that stands for it. */
    record Image(String url, String altText) implements CardElement {
        public static final int MAX_URL = 2000;

        public Image {
            if (!url.startsWith("https://") || url.length() > MAX_URL) {
                throw new IllegalArgumentException(
                        "an image needs an https address of at most " + MAX_URL + " characters: " + url);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.image(this);
        }
    }

    /** Small print: what the bot understood, assumptions, hints. */
    record Note(String text) implements CardElement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.note(this);
        }
    }

    /** A visual break between parts of the card. */
    record Divider() implements CardElement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.divider(this);
        }
    }

    record Fact(String label, String value) {}

    /**
     * @param badge  a short figure beside the title ("82 %"), or empty
     * @param action a button for this item alone, or null
     */
    record Item(String title, String badge, List<String> lines, Action action) {
        public Item {
            badge = badge == null ? "" : badge;
            lines = List.copyOf(lines);
        }

        public Optional<Action> button() {
            return Optional.ofNullable(action);
        }
    }

    /**
     * @param value     the bar's length, in any unit the chart shares
     * @param valueText the value as the reader sees it ("262 800 kr")
     */
    record Bar(String label, double value, String valueText) {}
}
