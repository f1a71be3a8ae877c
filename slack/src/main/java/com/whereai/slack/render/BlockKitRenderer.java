package com.whereai.slack.render;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.SlackFileObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.block.element.ButtonElement;
import com.whereai.core.i18n.Messages;
import com.whereai.core.reply.Action;
import com.whereai.core.reply.Bars;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.LineChartText;
import com.whereai.core.reply.Reply;
import com.whereai.core.reply.ReplyRenderer;
import com.whereai.core.reply.Source;
import com.whereai.knowledge.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders a core {@link Reply} as Block Kit with the Slack SDK's model builders. Every element and action has
 * its rendering here (through the core's visitors); user-visible text is escaped and every block is held to
 * {@link SlackLimits}.
 */
public final class BlockKitRenderer implements ReplyRenderer<List<LayoutBlock>> {

    /** Buttons that send a command carry this action id prefix (Slack wants ids unique within a block). */
    public static final String COMMAND_ACTION = "where-ai.command.";

    public static final String SHARE_ACTION = "where-ai.share";
    public static final String QUESTIONNAIRE_ACTION = "where-ai.questionnaire";

    private final Messages messages = Messages.get();
    private final int maxBlocks;

    /** A renderer for messages (at most 50 blocks). */
    public BlockKitRenderer() {
        this(SlackLimits.MESSAGE_BLOCKS);
    }

    /** @param maxBlocks the surface's block limit: a message's, or a view's (App Home) */
    public BlockKitRenderer(int maxBlocks) {
        this.maxBlocks = maxBlocks;
    }

    /** The reply with every line chart drawn as text. */
    @Override
    public List<LayoutBlock> render(Reply reply) {
        return render(reply, ChartFiles.NONE);
    }

    /** The reply with each line chart uploaded to Slack shown as its picture, and any other drawn as text. */
    public List<LayoutBlock> render(Reply reply, ChartFiles charts) {
        List<LayoutBlock> body = new ArrayList<>();
        body.add(header(h -> h.text(plainText(SlackText.cut(reply.title(), SlackLimits.HEADER_TEXT), true))));
        Elements elements = new Elements(body, reply.lang(), charts);
        reply.body().forEach(e -> e.accept(elements));
        List<LayoutBlock> tail = new ArrayList<>();
        if (!reply.sources().isEmpty()) {
            String sources = messages.text(reply.lang(), "render.sources") + " "
                    + String.join(
                            " · ",
                            reply.sources().stream()
                                    .map(Source::title)
                                    .map(SlackText::escape)
                                    .toList());
            tail.add(context(List.of(markdownText(SlackText.cut(sources, SlackLimits.CONTEXT_TEXT)))));
        }
        List<BlockElement> buttons = new ArrayList<>();
        for (int i = 0; i < reply.actions().size(); i++) {
            buttons.add(reply.actions().get(i).accept(new Buttons(COMMAND_ACTION + i, reply.lang())));
        }
        for (int from = 0; from < buttons.size(); from += SlackLimits.ACTIONS_ELEMENTS) {
            List<BlockElement> chunk =
                    buttons.subList(from, Math.min(buttons.size(), from + SlackLimits.ACTIONS_ELEMENTS));
            tail.add(actions(List.copyOf(chunk)));
        }
        return fit(body, tail, reply);
    }

    /** Plain-text fallback for notifications and clients without Block Kit. */
    public String fallbackText(Reply reply) {
        return SlackText.cut(SlackText.escape(reply.summary()), SlackLimits.MESSAGE_TEXT);
    }

    private List<LayoutBlock> fit(List<LayoutBlock> body, List<LayoutBlock> tail, Reply reply) {
        int room = maxBlocks - tail.size();
        if (body.size() <= room) {
            body.addAll(tail);
            return body;
        }
        List<LayoutBlock> kept = new ArrayList<>(body.subList(0, room - 1));
        kept.add(context(List.of(markdownText(messages.text(reply.lang(), "render.shortened")))));
        kept.addAll(tail);
        return kept;
    }

    /** Each card element as blocks. */
    private static final class Elements implements CardElement.Visitor<Void> {
        private final List<LayoutBlock> out;
        private final Lang lang;
        private final ChartFiles charts;
        private int itemButtons;

        Elements(List<LayoutBlock> out, Lang lang, ChartFiles charts) {
            this.out = out;
            this.lang = lang;
            this.charts = charts;
        }

        @Override
        public Void heading(CardElement.Heading h) {
            sections(SlackText.bold(h.text()), out);
            return null;
        }

        @Override
        public Void paragraph(CardElement.Paragraph p) {
            sections(SlackText.escape(p.text()), out);
            return null;
        }

        @Override
        public Void bullets(CardElement.BulletList list) {
            StringBuilder text = new StringBuilder();
            list.items()
                    .forEach(item ->
                            text.append("• ").append(SlackText.escape(item)).append('\n'));
            sections(text.toString().stripTrailing(), out);
            return null;
        }

        @Override
        public Void facts(CardElement.FactList facts) {
            List<TextObject> fields = new ArrayList<>();
            for (CardElement.Fact fact : facts.facts()) {
                fields.add(markdownText(SlackText.cut(
                        SlackText.bold(fact.label()) + "\n" + SlackText.escape(fact.value()),
                        SlackLimits.SECTION_FIELD)));
                if (fields.size() == SlackLimits.SECTION_FIELDS) {
                    List<TextObject> full = List.copyOf(fields);
                    out.add(section(s -> s.fields(full)));
                    fields.clear();
                }
            }
            if (!fields.isEmpty()) {
                List<TextObject> rest = List.copyOf(fields);
                out.add(section(s -> s.fields(rest)));
            }
            return null;
        }

        /** A monospaced block: Slack has no table block that every client shows. */
        @Override
        public Void table(CardElement.Table table) {
            int width = Math.min(
                    18,
                    table.rows().stream().mapToInt(r -> r.get(0).length()).max().orElse(0));
            StringBuilder text = new StringBuilder();
            row(table.header(), width, text);
            table.rows().forEach(r -> row(r, width, text));
            table.footnotes().forEach(f -> text.append(inCode(f)).append('\n'));
            sections("```" + text + "```", out);
            return null;
        }

        private static void row(List<String> cells, int width, StringBuilder text) {
            text.append(pad(inCode(cutPlain(cells.get(0), width)), width));
            for (int c = 1; c < cells.size(); c++) {
                text.append("  ").append(pad(inCode(cells.get(c)), 5));
            }
            text.append('\n');
        }

        /** Each item a section; an item's own button sits beside it as the section's accessory. */
        @Override
        public Void items(CardElement.ItemList items) {
            for (CardElement.Item item : items.items()) {
                StringBuilder text = new StringBuilder(SlackText.bold(item.title()));
                if (!item.badge().isEmpty()) {
                    text.append("  ").append(SlackText.escape(item.badge()));
                }
                item.lines().forEach(line -> text.append("\n• ").append(SlackText.escape(line)));
                String mrkdwn = SlackText.cut(text.toString(), SlackLimits.SECTION_TEXT);
                if (item.button().isPresent()) {
                    BlockElement accessory =
                            item.button().get().accept(new Buttons(COMMAND_ACTION + "item-" + itemButtons++, lang));
                    out.add(section(s -> s.text(markdownText(mrkdwn)).accessory(accessory)));
                } else {
                    out.add(section(s -> s.text(markdownText(mrkdwn))));
                }
            }
            return null;
        }

        @Override
        public Void chart(CardElement.Chart chart) {
            int width = Math.min(
                    18,
                    chart.bars().stream()
                            .mapToInt(b -> b.label().length())
                            .max()
                            .orElse(0));
            StringBuilder text = new StringBuilder();
            for (CardElement.Bar bar : chart.bars()) {
                text.append(pad(inCode(cutPlain(bar.label(), width)), width))
                        .append(' ')
                        .append(pad(Bars.of(bar.value(), chart.max(), SlackLimits.CHART_BAR), SlackLimits.CHART_BAR))
                        .append(' ')
                        .append(inCode(bar.valueText()))
                        .append('\n');
            }
            sections(SlackText.bold(chart.caption()) + "\n```" + text + "```", out);
            return null;
        }

        /**
         * The uploaded picture as an image block (its caption the title; the alt text says what it shows and each
         * line's last value), else the chart as text: the caption, a sparkline row per line in a code block, and the
         * alt text.
         */
        @Override
        public Void lineChart(CardElement.LineChart chart) {
            Optional<String> file = charts.fileId(chart);
            if (file.isPresent()) {
                String alt = chart.altText() + " "
                        + String.join(
                                "; ",
                                chart.series().stream()
                                        .map(s -> s.label() + ": " + s.lastValueText())
                                        .toList());
                out.add(Blocks.image(i -> i.slackFile(
                                SlackFileObject.builder().id(file.get()).build())
                        .altText(SlackText.cut(alt.strip(), SlackLimits.IMAGE_ALT_TEXT))
                        .title(plainText(SlackText.cut(chart.caption(), SlackLimits.IMAGE_TITLE)))));
                return null;
            }
            List<String> lines = LineChartText.lines(chart, SlackLimits.LINE_CHART_COLUMNS);
            StringBuilder rows = new StringBuilder();
            lines.subList(1, lines.size())
                    .forEach(row -> rows.append(inCode(row)).append('\n'));
            sections(SlackText.bold(lines.get(0)) + "\n```" + rows + "```\n" + SlackText.escape(chart.altText()), out);
            return null;
        }

        @Override
        public Void image(CardElement.Image image) {
            out.add(Blocks.image(i -> i.imageUrl(SlackText.cut(image.url(), SlackLimits.IMAGE_URL))
                    .altText(SlackText.cut(image.altText(), SlackLimits.IMAGE_ALT_TEXT))));
            return null;
        }

        @Override
        public Void note(CardElement.Note note) {
            List<ContextBlockElement> texts = new ArrayList<>();
            for (String piece : SlackText.split(SlackText.escape(note.text()), SlackLimits.CONTEXT_TEXT)) {
                if (texts.size() < SlackLimits.CONTEXT_ELEMENTS) {
                    texts.add(markdownText(piece));
                }
            }
            out.add(context(texts));
            return null;
        }

        @Override
        public Void divider(CardElement.Divider divider) {
            out.add(Blocks.divider());
            return null;
        }
    }

    /**
     * Each action as a button whose value carries its command and the card's language. A command or feedback
     * button answers; opening a form opens the modal; sharing posts the card in the channel.
     */
    private static final class Buttons implements Action.Visitor<BlockElement> {
        private final String actionId;
        private final Lang lang;

        Buttons(String actionId, Lang lang) {
            this.actionId = actionId;
            this.lang = lang;
        }

        @Override
        public BlockElement runCommand(Action.RunCommand action) {
            return button(actionId, action, lang);
        }

        @Override
        public BlockElement openForm(Action.OpenForm action) {
            return button(QUESTIONNAIRE_ACTION, action, lang);
        }

        @Override
        public BlockElement feedback(Action.Feedback action) {
            return button(actionId, action, lang);
        }

        @Override
        public BlockElement share(Action.Share action) {
            return button(SHARE_ACTION, action, lang);
        }

        private static ButtonElement button(String actionId, Action action, Lang lang) {
            return BlockElements.button(b -> {
                b.actionId(actionId)
                        .text(plainText(SlackText.cut(action.label(), SlackLimits.BUTTON_TEXT), true))
                        .value(ButtonValue.of(action.command(), lang).encode());
                if (action.primary()) {
                    b.style("primary");
                }
                return b;
            });
        }
    }

    /** Already-escaped mrkdwn as one or more sections of at most the section limit. */
    private static void sections(String mrkdwn, List<LayoutBlock> out) {
        for (String piece : SlackText.split(mrkdwn, SlackLimits.SECTION_TEXT)) {
            out.add(section(s -> s.text(markdownText(piece))));
        }
    }

    /** Text for inside a ``` block: a backtick of the text's own could close it, so it becomes a look-alike. */
    private static String inCode(String text) {
        return SlackText.escape(text).replace('`', 'ˋ');
    }

    private static String cutPlain(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
