package com.whereai.core.reply;

import com.whereai.core.i18n.Messages;
import com.whereai.core.text.Stars;
import java.util.List;
import java.util.Locale;

/** Renders a reply for a terminal: headings underlined, lists bulleted, the star table in columns. */
public final class PlainTextRenderer {

    private static final int LABEL_WIDTH = 20;
    private final Messages messages = Messages.get();

    public String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        out.append(reply.title()).append('\n').append("=".repeat(Math.min(reply.title().length(), 72))).append('\n');
        for (CardElement element : reply.body()) {
            render(element, out);
        }
        if (!reply.actions().isEmpty()) {
            out.append('\n').append(messages.text(reply.lang(), "render.try")).append(' ')
                    .append(String.join("  |  ", reply.actions().stream().map(Action::command).toList())).append('\n');
        }
        if (!reply.sources().isEmpty()) {
            out.append(messages.text(reply.lang(), "render.sources")).append(' ')
                    .append(String.join(", ", reply.sources().stream().map(Source::id).toList())).append('\n');
        }
        return out.toString();
    }

    private void render(CardElement element, StringBuilder out) {
        if (element instanceof CardElement.Heading h) {
            out.append('\n').append(h.text()).append('\n').append("-".repeat(Math.min(h.text().length(), 72))).append('\n');
        } else if (element instanceof CardElement.Paragraph p) {
            out.append(p.text()).append('\n');
        } else if (element instanceof CardElement.BulletList list) {
            list.items().forEach(item -> out.append("  • ").append(item).append('\n'));
        } else if (element instanceof CardElement.FactList facts) {
            int width = Math.min(LABEL_WIDTH, facts.facts().stream().mapToInt(f -> f.label().length()).max().orElse(0));
            facts.facts().forEach(f -> out.append("  ").append(pad(f.label(), width)).append("  ").append(f.value()).append('\n'));
        } else if (element instanceof CardElement.RatingTable table) {
            table(table, out);
        } else if (element instanceof CardElement.RankedList ranked) {
            for (CardElement.RankedItem item : ranked.items()) {
                out.append(String.format(Locale.ROOT, "  %d. %s  (%d %%)%n", item.position(), item.label(), Math.round(item.score() * 100)));
                item.reasons().forEach(r -> out.append("       – ").append(r).append('\n'));
            }
        } else if (element instanceof CardElement.Note note) {
            out.append("» ").append(note.text()).append('\n');
        } else if (element instanceof CardElement.Divider) {
            out.append('\n');
        }
    }

    private static void table(CardElement.RatingTable table, StringBuilder out) {
        int width = table.criteria().stream().mapToInt(String::length).max().orElse(0);
        out.append("  ").append(pad("", width));
        for (CardElement.RatingRow row : table.rows()) {
            out.append("  ").append(pad(row.option().guideNumber(), 5));
        }
        out.append('\n');
        List<String> criteria = table.criteria();
        for (int c = 0; c < criteria.size(); c++) {
            out.append("  ").append(pad(criteria.get(c), width));
            for (CardElement.RatingRow row : table.rows()) {
                out.append("  ").append(Stars.of(row.stars().get(c)));
            }
            out.append('\n');
        }
        table.rows().forEach(r -> out.append("  ").append(pad(r.option().guideNumber(), 3)).append("= ").append(r.label()).append('\n'));
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
