package com.whereai.slack.render;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.whereai.core.i18n.Messages;
import com.whereai.core.reply.Action;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Reply;
import com.whereai.core.reply.Source;
import com.whereai.core.text.Stars;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a core {@link Reply} as Block Kit with the Slack SDK's model builders. Every element type has
 * its rendering here; user-visible text is escaped and every block is held to {@link SlackLimits}.
 */
public final class BlockKitRenderer {

    /** Buttons that send a command carry this action id prefix (Slack wants ids unique within a block). */
    public static final String COMMAND_ACTION = "where-ai.command.";
    public static final String SHARE_ACTION = "where-ai.share";
    public static final String QUESTIONNAIRE_ACTION = "where-ai.questionnaire";

    private final Messages messages = Messages.get();

    /** The reply as message blocks, with extra buttons (share, change answers) after the reply's own. */
    public List<LayoutBlock> render(Reply reply, List<BlockElement> extraButtons) {
        List<LayoutBlock> body = new ArrayList<>();
        body.add(header(h -> h.text(plainText(SlackText.cut(reply.title(), SlackLimits.HEADER_TEXT), true))));
        for (CardElement element : reply.body()) {
            render(element, body);
        }
        List<LayoutBlock> tail = new ArrayList<>();
        if (!reply.sources().isEmpty()) {
            String sources = messages.text(reply.lang(), "render.sources") + " "
                    + String.join(" · ", reply.sources().stream().map(Source::title).map(SlackText::escape).toList());
            tail.add(context(List.of(markdownText(SlackText.cut(sources, SlackLimits.CONTEXT_TEXT)))));
        }
        List<BlockElement> buttons = new ArrayList<>();
        for (int i = 0; i < reply.actions().size(); i++) {
            buttons.add(commandButton(reply.actions().get(i), i, reply));
        }
        buttons.addAll(extraButtons);
        for (int from = 0; from < buttons.size(); from += SlackLimits.ACTIONS_ELEMENTS) {
            List<BlockElement> chunk = buttons.subList(from, Math.min(buttons.size(), from + SlackLimits.ACTIONS_ELEMENTS));
            tail.add(actions(List.copyOf(chunk)));
        }
        return fit(body, tail, reply);
    }

    /** Plain-text fallback for notifications and clients without Block Kit. */
    public String fallbackText(Reply reply) {
        return SlackText.cut(SlackText.escape(reply.summary()), SlackLimits.MESSAGE_TEXT);
    }

    private List<LayoutBlock> fit(List<LayoutBlock> body, List<LayoutBlock> tail, Reply reply) {
        int room = SlackLimits.MESSAGE_BLOCKS - tail.size();
        if (body.size() <= room) {
            body.addAll(tail);
            return body;
        }
        List<LayoutBlock> kept = new ArrayList<>(body.subList(0, room - 1));
        kept.add(context(List.of(markdownText(messages.text(reply.lang(), "render.shortened")))));
        kept.addAll(tail);
        return kept;
    }

    private void render(CardElement element, List<LayoutBlock> out) {
        if (element instanceof CardElement.Heading h) {
            sections(SlackText.bold(h.text()), out);
        } else if (element instanceof CardElement.Paragraph p) {
            sections(SlackText.escape(p.text()), out);
        } else if (element instanceof CardElement.BulletList list) {
            StringBuilder text = new StringBuilder();
            list.items().forEach(item -> text.append("• ").append(SlackText.escape(item)).append('\n'));
            sections(text.toString().stripTrailing(), out);
        } else if (element instanceof CardElement.FactList facts) {
            List<TextObject> fields = new ArrayList<>();
            for (CardElement.Fact fact : facts.facts()) {
                fields.add(markdownText(SlackText.cut(SlackText.bold(fact.label()) + "\n" + SlackText.escape(fact.value()),
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
        } else if (element instanceof CardElement.RatingTable table) {
            sections("```" + table(table) + "```", out);
        } else if (element instanceof CardElement.RankedList ranked) {
            for (CardElement.RankedItem item : ranked.items()) {
                StringBuilder text = new StringBuilder(SlackText.bold(item.position() + ". " + item.label()))
                        .append("  ").append(Math.round(item.score() * 100)).append(" %");
                item.reasons().forEach(r -> text.append("\n• ").append(SlackText.escape(r)));
                sections(text.toString(), out);
            }
        } else if (element instanceof CardElement.Note note) {
            List<ContextBlockElement> texts = new ArrayList<>();
            for (String piece : SlackText.split(SlackText.escape(note.text()), SlackLimits.CONTEXT_TEXT)) {
                if (texts.size() < SlackLimits.CONTEXT_ELEMENTS) {
                    texts.add(markdownText(piece));
                }
            }
            out.add(context(texts));
        } else if (element instanceof CardElement.Divider) {
            out.add(divider());
        }
    }

    /** Already-escaped mrkdwn as one or more sections of at most the section limit. */
    private static void sections(String mrkdwn, List<LayoutBlock> out) {
        for (String piece : SlackText.split(mrkdwn, SlackLimits.SECTION_TEXT)) {
            out.add(section(s -> s.text(markdownText(piece))));
        }
    }

    private static String table(CardElement.RatingTable table) {
        int width = Math.min(18, table.criteria().stream().mapToInt(String::length).max().orElse(0));
        StringBuilder text = new StringBuilder(" ".repeat(width));
        table.rows().forEach(r -> text.append("  ").append(pad(r.option().guideNumber(), 5)));
        text.append('\n');
        for (int c = 0; c < table.criteria().size(); c++) {
            text.append(pad(SlackText.escape(cutPlain(table.criteria().get(c), width)), width));
            for (CardElement.RatingRow row : table.rows()) {
                text.append("  ").append(Stars.of(row.stars().get(c)));
            }
            text.append('\n');
        }
        table.rows().forEach(r -> text.append(pad(r.option().guideNumber(), 3)).append("= ").append(SlackText.escape(r.label())).append('\n'));
        return text.toString();
    }

    private static String cutPlain(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private BlockElement commandButton(Action action, int index, Reply reply) {
        return button(b -> {
            b.actionId(COMMAND_ACTION + index)
                    .text(plainText(SlackText.cut(action.label(), SlackLimits.BUTTON_TEXT), true))
                    .value(ButtonValue.of(action.command(), reply.lang()).encode());
            if (action.primary()) {
                b.style("primary");
            }
            return b;
        });
    }

    /** The "share in channel" button: posts the same card publicly, attributed to whoever shares it. */
    public BlockElement shareButton(String command, Reply reply) {
        return button(b -> b.actionId(SHARE_ACTION)
                .text(plainText(messages.text(reply.lang(), "slack.share"), true))
                .value(ButtonValue.of(command, reply.lang()).encode()));
    }

    /** A button that opens the questionnaire, prefilled with the answers in {@code command} if any. */
    public BlockElement questionnaireButton(String labelKey, String command, com.whereai.knowledge.Lang lang) {
        return button(b -> b.actionId(QUESTIONNAIRE_ACTION)
                .text(plainText(messages.text(lang, labelKey), true))
                .value(ButtonValue.of(command, lang).encode()));
    }
}
