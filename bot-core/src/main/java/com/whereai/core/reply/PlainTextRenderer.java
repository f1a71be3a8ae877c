package com.whereai.core.reply;

import com.whereai.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a reply for a terminal: headings underlined, lists bulleted, tables in columns, charts as bars, a
 * form as its questions with the choices to type. Buttons become the commands to type.
 */
public final class PlainTextRenderer implements ReplyRenderer<String>, FormRenderer<String> {

    private static final int LABEL_WIDTH = 20;
    private static final int LINE = 72;
    private static final int BAR_WIDTH = 30;
    private static final int SPARKLINE_WIDTH = 37;
    private final Messages messages = Messages.get();

    @Override
    public String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        out.append(reply.title())
                .append('\n')
                .append("=".repeat(Math.min(reply.title().length(), LINE)))
                .append('\n');
        Elements elements = new Elements(out);
        reply.body().forEach(e -> e.accept(elements));
        reply.formIfAny().ifPresent(form -> out.append('\n').append(fields(form, false)));
        List<String> commands = new ArrayList<>();
        reply.actions().forEach(a -> a.accept(new Commands(commands)));
        if (!commands.isEmpty()) {
            out.append('\n')
                    .append(messages.text(reply.lang(), "render.try"))
                    .append(' ')
                    .append(String.join("  |  ", commands))
                    .append('\n');
        }
        if (!reply.sources().isEmpty()) {
            out.append(messages.text(reply.lang(), "render.sources"))
                    .append(' ')
                    .append(String.join(
                            ", ", reply.sources().stream().map(Source::id).toList()))
                    .append('\n');
        }
        return out.toString();
    }

    @Override
    public String render(Form form) {
        return fields(form, true);
    }

    /** @param whole whether the errors and the text hint go with the fields (a reply's card already carries them) */
    private static String fields(Form form, boolean whole) {
        StringBuilder out = new StringBuilder();
        Fields fields = new Fields(out);
        form.fields().forEach(f -> {
            out.append(f.label()).append('\n');
            f.accept(fields);
            if (whole) {
                f.error().ifPresent(e -> out.append("  ! ").append(e).append('\n'));
            }
        });
        if (whole) {
            out.append("» ").append(form.textHint()).append('\n');
        }
        return out.toString();
    }

    /** Every element, laid out for a terminal. */
    private static final class Elements implements CardElement.Visitor<Void> {
        private final StringBuilder out;

        Elements(StringBuilder out) {
            this.out = out;
        }

        @Override
        public Void heading(CardElement.Heading h) {
            out.append('\n')
                    .append(h.text())
                    .append('\n')
                    .append("-".repeat(Math.min(h.text().length(), LINE)))
                    .append('\n');
            return null;
        }

        @Override
        public Void paragraph(CardElement.Paragraph p) {
            out.append(p.text()).append('\n');
            return null;
        }

        @Override
        public Void bullets(CardElement.BulletList list) {
            list.items().forEach(item -> out.append("  • ").append(item).append('\n'));
            return null;
        }

        @Override
        public Void facts(CardElement.FactList facts) {
            int width = Math.min(
                    LABEL_WIDTH,
                    facts.facts().stream()
                            .mapToInt(f -> f.label().length())
                            .max()
                            .orElse(0));
            facts.facts()
                    .forEach(f -> out.append("  ")
                            .append(pad(f.label(), width))
                            .append("  ")
                            .append(f.value())
                            .append('\n'));
            return null;
        }

        @Override
        public Void table(CardElement.Table table) {
            int first = Math.max(
                    table.header().get(0).length(),
                    table.rows().stream().mapToInt(r -> r.get(0).length()).max().orElse(0));
            row(table.header(), first);
            table.rows().forEach(r -> row(r, first));
            table.footnotes().forEach(f -> out.append("  ").append(f).append('\n'));
            return null;
        }

        private void row(List<String> cells, int first) {
            out.append("  ").append(pad(cells.get(0), first));
            for (int c = 1; c < cells.size(); c++) {
                out.append("  ").append(pad(cells.get(c), 5));
            }
            out.append('\n');
        }

        @Override
        public Void items(CardElement.ItemList items) {
            for (CardElement.Item item : items.items()) {
                out.append("  ").append(item.title());
                if (!item.badge().isEmpty()) {
                    out.append("  (").append(item.badge()).append(')');
                }
                out.append('\n');
                item.lines()
                        .forEach(line -> out.append("       – ").append(line).append('\n'));
                item.button()
                        .ifPresent(
                                a -> out.append("       → ").append(a.command()).append('\n'));
            }
            return null;
        }

        @Override
        public Void chart(CardElement.Chart chart) {
            out.append(chart.caption()).append('\n');
            int width = Math.min(
                    LABEL_WIDTH,
                    chart.bars().stream()
                            .mapToInt(b -> b.label().length())
                            .max()
                            .orElse(0));
            for (CardElement.Bar bar : chart.bars()) {
                out.append("  ")
                        .append(pad(bar.label(), width))
                        .append("  ")
                        .append(Bars.of(bar.value(), chart.max(), BAR_WIDTH))
                        .append(' ')
                        .append(bar.valueText())
                        .append('\n');
            }
            return null;
        }

        @Override
        public Void lineChart(CardElement.LineChart chart) {
            LineChartText.lines(chart, SPARKLINE_WIDTH)
                    .forEach(line -> out.append(line).append('\n'));
            return null;
        }

        @Override
        public Void image(CardElement.Image image) {
            out.append("[")
                    .append(image.altText())
                    .append("] ")
                    .append(image.url())
                    .append('\n');
            return null;
        }

        @Override
        public Void note(CardElement.Note note) {
            out.append("» ").append(note.text()).append('\n');
            return null;
        }

        @Override
        public Void divider(CardElement.Divider divider) {
            out.append('\n');
            return null;
        }
    }

    /** The commands to type for the buttons a terminal cannot show; sharing has no meaning there. */
    private record Commands(List<String> out) implements Action.Visitor<Void> {
        @Override
        public Void runCommand(Action.RunCommand action) {
            out.add(action.command());
            return null;
        }

        @Override
        public Void openForm(Action.OpenForm action) {
            out.add(action.command());
            return null;
        }

        @Override
        public Void feedback(Action.Feedback action) {
            out.add(action.command());
            return null;
        }

        @Override
        public Void share(Action.Share action) {
            return null;
        }
    }

    /** A form's fields as the values to type. */
    private record Fields(StringBuilder out) implements Form.Visitor<Void> {
        @Override
        public Void singleChoice(Form.SingleChoice field) {
            choices(field.choices(), List.of(field.selected()));
            return null;
        }

        @Override
        public Void multipleChoice(Form.MultipleChoice field) {
            choices(field.choices(), field.selected());
            return null;
        }

        @Override
        public Void text(Form.TextInput field) {
            out.append("  [")
                    .append(field.value().isEmpty() ? field.placeholder() : field.value())
                    .append("]\n");
            return null;
        }

        private void choices(List<Form.Choice> choices, List<String> selected) {
            choices.forEach(c -> out.append(selected.contains(c.value()) ? "  (x) " : "  ( ) ")
                    .append(c.value())
                    .append(" – ")
                    .append(c.label())
                    .append('\n'));
        }
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
