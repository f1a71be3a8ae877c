package com.whereai.teams.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.core.chart.LineChartPng;
import com.whereai.core.i18n.Messages;
import com.whereai.core.reply.Action;
import com.whereai.core.reply.Bars;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Form;
import com.whereai.core.reply.FormRenderer;
import com.whereai.core.reply.LineChartText;
import com.whereai.core.reply.Reply;
import com.whereai.core.reply.ReplyRenderer;
import com.whereai.core.reply.Source;
import com.whereai.knowledge.Lang;
import java.util.List;
import java.util.Optional;

/**
 * Renders a core {@link Reply} and a core {@link Form} as Adaptive Cards 1.5 (the highest Teams renders).
 * Every element, action and field has its rendering here (through the core's visitors); text is escaped for
 * Teams' markdown and held to {@link TeamsLimits}.
 */
public final class AdaptiveCardRenderer implements ReplyRenderer<ObjectNode>, FormRenderer<ObjectNode> {

    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    public static final String VERSION = "1.5";
    public static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
    /** A form's toggles carry this id between the field's id and the choice's value ("needs.offline"). */
    public static final String CHOICE_SEPARATOR = ".";
    /**
     * A line chart's lines in Teams' named chart colours, in series order: the nearest to {@link LineChartPng#PALETTE}
     * (the Okabe–Ito colours of the PNG Slack shows), so a line has about the same colour on every surface.
     */
    public static final List<String> LINE_COLORS = List.of(
            "categoricalBlue",
            "categoricalMarigold",
            "categoricalTeal",
            "categoricalRed",
            "categoricalPurple",
            "categoricalLightBlue",
            "categoricalLime",
            "neutral");
    /** The id of the text a card's n-th line chart falls back to ("line-chart-1-text"), unique within the card. */
    public static final String LINE_CHART_FALLBACK_ID = "line-chart-%d-text";

    private final ObjectMapper json = new ObjectMapper();
    private final Messages messages = Messages.get();

    @Override
    public ObjectNode render(Reply reply) {
        ObjectNode card = card();
        ArrayNode body = card.putArray("body");
        body.add(textBlock(reply.title()).put("size", "Large").put("weight", "Bolder"));
        Elements elements = new Elements(reply.lang());
        boolean separate = false;
        for (CardElement element : reply.body()) {
            Optional<ObjectNode> rendered = element.accept(elements);
            if (rendered.isEmpty()) {
                separate = true;
                continue;
            }
            if (separate) {
                rendered.get().put("separator", true);
                separate = false;
            }
            body.add(rendered.get());
        }
        if (!reply.sources().isEmpty()) {
            body.add(textBlock(messages.text(reply.lang(), "render.sources") + " "
                            + String.join(
                                    " · ",
                                    reply.sources().stream().map(Source::title).toList()))
                    .put("size", "Small")
                    .put("isSubtle", true)
                    .put("separator", true));
        }
        ArrayNode actions = card.putArray("actions");
        Buttons buttons = new Buttons(reply.lang());
        for (Action action : reply.actions()) {
            if (actions.size() < TeamsLimits.CARD_ACTIONS) {
                action.accept(buttons).ifPresent(actions::add);
            }
        }
        return card;
    }

    /** A form as a card with inputs; its submit button carries the form's id, and errors show under their inputs. */
    @Override
    public ObjectNode render(Form form) {
        return render(form, form.lang());
    }

    /** The form's card, its submit button answering in {@code lang}. */
    public ObjectNode render(Form form, Lang lang) {
        ObjectNode card = card();
        ArrayNode body = card.putArray("body");
        body.add(textBlock(form.title()).put("size", "Large").put("weight", "Bolder"));
        body.add(textBlock(form.intro()));
        Inputs inputs = new Inputs(body);
        for (Form.Field field : form.fields()) {
            field.accept(inputs);
            field.error()
                    .ifPresent(
                            e -> body.add(textBlock(e).put("color", "Attention").put("size", "Small")));
        }
        card.putArray("actions")
                .add(submit(form.submitLabel(), new CardAction(CardAction.QUESTIONNAIRE, form.id(), lang), true));
        return card;
    }

    public ObjectNode card() {
        ObjectNode card = json.createObjectNode();
        card.put("type", "AdaptiveCard").put("$schema", SCHEMA).put("version", VERSION);
        return card;
    }

    public ObjectNode submit(String title, CardAction data, boolean primary) {
        ObjectNode action =
                json.createObjectNode().put("type", "Action.Submit").put("title", cut(title, TeamsLimits.ACTION_TITLE));
        action.set("data", data.toData(json));
        if (primary) {
            action.put("style", "positive");
        }
        return action;
    }

    public ObjectNode textBlock(String text) {
        return json.createObjectNode()
                .put("type", "TextBlock")
                .put("text", TeamsText.escape(cut(text, TeamsLimits.TEXT)))
                .put("wrap", true);
    }

    private ObjectNode list(List<String> items) {
        StringBuilder text = new StringBuilder();
        items.forEach(item -> text.append("- ")
                .append(TeamsText.escape(cut(item, TeamsLimits.TEXT / 4)))
                .append("\r"));
        return json.createObjectNode()
                .put("type", "TextBlock")
                .put("text", text.toString().strip())
                .put("wrap", true);
    }

    /** Each card element as one card element; a divider becomes the next element's separator (empty here). */
    private final class Elements implements CardElement.Visitor<Optional<ObjectNode>> {
        private final Lang lang;
        private int lineCharts;

        Elements(Lang lang) {
            this.lang = lang;
        }

        @Override
        public Optional<ObjectNode> heading(CardElement.Heading h) {
            return Optional.of(textBlock(h.text()).put("weight", "Bolder").put("spacing", "Medium"));
        }

        @Override
        public Optional<ObjectNode> paragraph(CardElement.Paragraph p) {
            return Optional.of(textBlock(p.text()));
        }

        @Override
        public Optional<ObjectNode> bullets(CardElement.BulletList bullets) {
            return Optional.of(list(bullets.items()));
        }

        @Override
        public Optional<ObjectNode> facts(CardElement.FactList facts) {
            ObjectNode set = json.createObjectNode().put("type", "FactSet");
            ArrayNode list = set.putArray("facts");
            facts.facts()
                    .forEach(f -> list.addObject()
                            .put("title", TeamsText.escape(cut(f.label(), TeamsLimits.FACT_TITLE)))
                            .put("value", TeamsText.escape(cut(f.value(), TeamsLimits.TEXT))));
            return Optional.of(set);
        }

        @Override
        public Optional<ObjectNode> table(CardElement.Table table) {
            ObjectNode node = json.createObjectNode()
                    .put("type", "Table")
                    .put("firstRowAsHeaders", true)
                    .put("gridStyle", "default");
            ArrayNode columns = node.putArray("columns");
            columns.addObject().put("width", 3);
            table.header().stream().skip(1).forEach(h -> columns.addObject().put("width", 2));
            ArrayNode rows = node.putArray("rows");
            row(rows, table.header());
            table.rows().forEach(r -> row(rows, r));
            if (table.footnotes().isEmpty()) {
                return Optional.of(node);
            }
            ObjectNode container = json.createObjectNode().put("type", "Container");
            container
                    .putArray("items")
                    .add(node)
                    .add(textBlock(String.join(" · ", table.footnotes()))
                            .put("size", "Small")
                            .put("isSubtle", true));
            return Optional.of(container);
        }

        private void row(ArrayNode rows, List<String> cells) {
            ArrayNode row = rows.addObject().put("type", "TableRow").putArray("cells");
            cells.forEach(text -> row.addObject()
                    .put("type", "TableCell")
                    .putArray("items")
                    .add(textBlock(text).put("size", "Small")));
        }

        @Override
        public Optional<ObjectNode> items(CardElement.ItemList list) {
            ObjectNode container = json.createObjectNode().put("type", "Container");
            ArrayNode items = container.putArray("items");
            for (CardElement.Item item : list.items()) {
                String title = item.badge().isEmpty() ? item.title() : item.title() + "  " + item.badge();
                items.add(textBlock(title).put("weight", "Bolder"));
                if (!item.lines().isEmpty()) {
                    items.add(list(item.lines()).put("spacing", "Small"));
                }
                item.button().flatMap(a -> a.accept(new Buttons(lang))).ifPresent(button -> {
                    ObjectNode set = items.addObject().put("type", "ActionSet");
                    set.putArray("actions").add(button);
                });
            }
            return Optional.of(container);
        }

        @Override
        public Optional<ObjectNode> chart(CardElement.Chart chart) {
            ObjectNode container = json.createObjectNode().put("type", "Container");
            ArrayNode items = container.putArray("items");
            items.add(textBlock(chart.caption()).put("weight", "Bolder"));
            for (CardElement.Bar bar : chart.bars()) {
                ObjectNode columns = items.addObject().put("type", "ColumnSet");
                ArrayNode cols = columns.putArray("columns");
                cols.addObject()
                        .put("type", "Column")
                        .put("width", 3)
                        .putArray("items")
                        .add(textBlock(bar.label()).put("size", "Small"));
                cols.addObject()
                        .put("type", "Column")
                        .put("width", 5)
                        .putArray("items")
                        .add(json.createObjectNode()
                                .put("type", "TextBlock")
                                .put("text", Bars.of(bar.value(), chart.max(), TeamsLimits.CHART_BAR))
                                .put("color", "Accent")
                                .put("size", "Small"));
                cols.addObject()
                        .put("type", "Column")
                        .put("width", 2)
                        .putArray("items")
                        .add(textBlock(bar.valueText()).put("size", "Small"));
            }
            return Optional.of(container);
        }

        /**
         * Teams' own line chart ({@code Chart.Line}: one line per series, its legend the series' label and last value),
         * at most {@link TeamsLimits#LINE_CHART_POINTS} points a line. A client that cannot draw charts shows the
         * fallback: the same chart as text rows, and the sentence that says what it shows.
         */
        @Override
        public Optional<ObjectNode> lineChart(CardElement.LineChart chart) {
            ObjectNode node = json.createObjectNode()
                    .put("type", "Chart.Line")
                    .put("title", cut(chart.caption(), TeamsLimits.TEXT))
                    .put("showTitle", true)
                    .put("showLegend", true)
                    .put("xAxisTitle", cut(chart.xAxisTitle(), TeamsLimits.CHART_AXIS_TITLE))
                    .put("yAxisTitle", cut(chart.yAxisTitle(), TeamsLimits.CHART_AXIS_TITLE))
                    .put("colorSet", "categorical");
            List<Integer> points = LineChartText.sampled(chart.xLabels().size(), TeamsLimits.LINE_CHART_POINTS);
            boolean numbered =
                    chart.xLabels().stream().allMatch(label -> number(label).isPresent());
            ArrayNode data = node.putArray("data");
            for (int s = 0; s < chart.series().size(); s++) {
                CardElement.Series series = chart.series().get(s);
                ObjectNode line = data.addObject()
                        .put("legend", cut(series.label() + " · " + series.lastValueText(), TeamsLimits.CHART_LEGEND))
                        .put("color", LINE_COLORS.get(s % LINE_COLORS.size()));
                ArrayNode values = line.putArray("values");
                for (int point : points) {
                    ObjectNode value = values.addObject();
                    String label = chart.xLabels().get(point);
                    if (numbered) {
                        value.set("x", compact(number(label).orElseThrow()));
                    } else {
                        value.put("x", cut(label, TeamsLimits.CHART_AXIS_TITLE));
                    }
                    value.set("y", compact(series.values().get(point)));
                }
            }
            node.set("fallback", lineChartText(chart, ++lineCharts));
            return Optional.of(node);
        }

        /**
         * The chart as text: its caption, a monospaced row per series (spaces made non-breaking, so the columns
         * line up and markdown reads no indented code in them), and its alt text.
         */
        private ObjectNode lineChartText(CardElement.LineChart chart, int index) {
            ObjectNode container =
                    json.createObjectNode().put("type", "Container").put("id", LINE_CHART_FALLBACK_ID.formatted(index));
            ArrayNode items = container.putArray("items");
            List<String> lines = LineChartText.lines(chart, TeamsLimits.LINE_CHART_TEXT_COLUMNS);
            items.add(textBlock(lines.get(0)).put("weight", "Bolder"));
            for (String row : lines.subList(1, lines.size())) {
                items.add(textBlock(row.replace(' ', '\u00A0'))
                        .put("fontType", "Monospace")
                        .put("size", "Small")
                        .put("spacing", "None"));
            }
            items.add(textBlock(chart.altText()).put("size", "Small").put("isSubtle", true));
            return container;
        }

        @Override
        public Optional<ObjectNode> image(CardElement.Image image) {
            return Optional.of(json.createObjectNode()
                    .put("type", "Image")
                    .put("url", image.url())
                    .put("altText", cut(image.altText(), TeamsLimits.TEXT)));
        }

        @Override
        public Optional<ObjectNode> note(CardElement.Note note) {
            return Optional.of(textBlock(note.text()).put("size", "Small").put("isSubtle", true));
        }

        @Override
        public Optional<ObjectNode> divider(CardElement.Divider divider) {
            return Optional.empty();
        }
    }

    /**
     * Each action as an Action.Submit whose data comes back in {@code activity.value}. Sharing is left out:
     * in Teams every answer is already in the conversation (the core offers it only on answers one person sees).
     */
    private final class Buttons implements Action.Visitor<Optional<ObjectNode>> {
        private final Lang lang;

        Buttons(Lang lang) {
            this.lang = lang;
        }

        @Override
        public Optional<ObjectNode> runCommand(Action.RunCommand action) {
            return Optional.of(submit(
                    action.label(), new CardAction(CardAction.COMMAND, action.command(), lang), action.primary()));
        }

        @Override
        public Optional<ObjectNode> openForm(Action.OpenForm action) {
            return Optional.of(submit(
                    action.label(), new CardAction(CardAction.CHANGE, action.command(), lang), action.primary()));
        }

        @Override
        public Optional<ObjectNode> feedback(Action.Feedback action) {
            return Optional.of(
                    submit(action.label(), new CardAction(CardAction.COMMAND, action.command(), lang), false));
        }

        @Override
        public Optional<ObjectNode> share(Action.Share action) {
            return Optional.empty();
        }
    }

    /** Each form field as inputs: a compact choice set, a toggle per choice, or a text input. */
    private final class Inputs implements Form.Visitor<Void> {
        private final ArrayNode body;

        Inputs(ArrayNode body) {
            this.body = body;
        }

        @Override
        public Void singleChoice(Form.SingleChoice field) {
            ObjectNode input = body.addObject()
                    .put("type", "Input.ChoiceSet")
                    .put("id", field.id())
                    .put("label", field.label())
                    .put("style", "compact")
                    .put("isRequired", false)
                    .put("placeholder", field.placeholder());
            ArrayNode choices = input.putArray("choices");
            field.choices()
                    .forEach(c -> choices.addObject().put("title", c.label()).put("value", c.value()));
            if (!field.selected().isEmpty()) {
                input.put("value", field.selected());
            }
            return null;
        }

        @Override
        public Void multipleChoice(Form.MultipleChoice field) {
            body.add(textBlock(field.label()).put("weight", "Bolder").put("spacing", "Medium"));
            for (Form.Choice c : field.choices()) {
                body.addObject()
                        .put("type", "Input.Toggle")
                        .put("id", field.id() + CHOICE_SEPARATOR + c.value())
                        .put("title", c.label())
                        .put("value", field.selected().contains(c.value()) ? "true" : "false")
                        .put("valueOn", "true")
                        .put("valueOff", "false");
            }
            return null;
        }

        @Override
        public Void text(Form.TextInput field) {
            ObjectNode input = body.addObject()
                    .put("type", "Input.Text")
                    .put("id", field.id())
                    .put("label", field.label())
                    .put("maxLength", field.maxLength())
                    .put("placeholder", field.placeholder());
            if (!field.value().isEmpty()) {
                input.put("value", field.value());
            }
            return null;
        }
    }

    /** A label that is a number ("12"), as one. */
    private static Optional<Double> number(String label) {
        try {
            double value = Double.parseDouble(label.strip());
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A whole number without ".0", anything else to two decimals: a chart's JSON stays small. */
    private JsonNode compact(double value) {
        double rounded = Math.abs(value) < 1e13 ? Math.round(value * 100) / 100.0 : Math.rint(value);
        return rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15
                ? json.getNodeFactory().numberNode((long) rounded)
                : json.getNodeFactory().numberNode(rounded);
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
