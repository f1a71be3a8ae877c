package com.whereai.teams.card;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.core.i18n.Messages;
import com.whereai.core.reply.Action;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Reply;
import com.whereai.core.reply.Source;
import com.whereai.core.text.Stars;
import com.whereai.knowledge.Lang;
import java.util.List;

/**
 * Renders a core {@link Reply} as an Adaptive Card 1.5 (the highest Teams renders). Every element type has
 * its rendering here; text is escaped for Teams' markdown and held to {@link TeamsLimits}.
 */
public final class AdaptiveCardRenderer {

    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    public static final String VERSION = "1.5";
    public static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

    private final ObjectMapper json = new ObjectMapper();
    private final Messages messages = Messages.get();

    public ObjectNode render(Reply reply) {
        return render(reply, List.of());
    }

    /** The card, with extra actions (change answers, ...) after the reply's own. */
    public ObjectNode render(Reply reply, List<ObjectNode> extraActions) {
        ObjectNode card = card();
        ArrayNode body = card.putArray("body");
        body.add(textBlock(reply.title()).put("size", "Large").put("weight", "Bolder"));
        boolean separate = false;
        for (CardElement element : reply.body()) {
            if (element instanceof CardElement.Divider) {
                separate = true;
                continue;
            }
            ObjectNode rendered = render(element, reply.lang());
            if (separate) {
                rendered.put("separator", true);
                separate = false;
            }
            body.add(rendered);
        }
        if (!reply.sources().isEmpty()) {
            body.add(textBlock(messages.text(reply.lang(), "render.sources") + " "
                    + String.join(" · ", reply.sources().stream().map(Source::title).toList()))
                    .put("size", "Small").put("isSubtle", true).put("separator", true));
        }
        ArrayNode actions = card.putArray("actions");
        int room = Math.max(0, TeamsLimits.CARD_ACTIONS - extraActions.size());
        for (Action action : reply.actions()) {
            if (actions.size() < room) {
                actions.add(submit(action.label(), new CardAction(CardAction.COMMAND, action.command(), reply.lang()), action.primary()));
            }
        }
        extraActions.forEach(actions::add);
        return card;
    }

    public ObjectNode card() {
        ObjectNode card = json.createObjectNode();
        card.put("type", "AdaptiveCard").put("$schema", SCHEMA).put("version", VERSION);
        return card;
    }

    public ObjectNode submit(String title, CardAction data, boolean primary) {
        ObjectNode action = json.createObjectNode().put("type", "Action.Submit").put("title", cut(title, TeamsLimits.ACTION_TITLE));
        action.set("data", data.toData(json));
        if (primary) {
            action.put("style", "positive");
        }
        return action;
    }

    public ObjectNode textBlock(String text) {
        return json.createObjectNode().put("type", "TextBlock").put("text", TeamsText.escape(cut(text, TeamsLimits.TEXT))).put("wrap", true);
    }

    private ObjectNode render(CardElement element, Lang lang) {
        if (element instanceof CardElement.Heading h) {
            return textBlock(h.text()).put("weight", "Bolder").put("spacing", "Medium");
        }
        if (element instanceof CardElement.Paragraph p) {
            return textBlock(p.text());
        }
        if (element instanceof CardElement.BulletList list) {
            StringBuilder text = new StringBuilder();
            list.items().forEach(item -> text.append("- ").append(TeamsText.escape(cut(item, TeamsLimits.TEXT / 4))).append("\r"));
            return json.createObjectNode().put("type", "TextBlock").put("text", text.toString().strip()).put("wrap", true);
        }
        if (element instanceof CardElement.FactList facts) {
            ObjectNode set = json.createObjectNode().put("type", "FactSet");
            ArrayNode list = set.putArray("facts");
            facts.facts().forEach(f -> list.addObject().put("title", TeamsText.escape(cut(f.label(), TeamsLimits.FACT_TITLE)))
                    .put("value", TeamsText.escape(cut(f.value(), TeamsLimits.TEXT))));
            return set;
        }
        if (element instanceof CardElement.RatingTable table) {
            return table(table);
        }
        if (element instanceof CardElement.RankedList ranked) {
            ObjectNode container = json.createObjectNode().put("type", "Container");
            ArrayNode items = container.putArray("items");
            for (CardElement.RankedItem item : ranked.items()) {
                items.add(textBlock(item.position() + ". " + item.label() + "  " + Math.round(item.score() * 100) + " %").put("weight", "Bolder"));
                if (!item.reasons().isEmpty()) {
                    StringBuilder text = new StringBuilder();
                    item.reasons().forEach(r -> text.append("- ").append(TeamsText.escape(cut(r, TeamsLimits.TEXT / 4))).append("\r"));
                    items.add(json.createObjectNode().put("type", "TextBlock").put("text", text.toString().strip())
                            .put("wrap", true).put("spacing", "Small"));
                }
            }
            return container;
        }
        if (element instanceof CardElement.Note note) {
            return textBlock(note.text()).put("size", "Small").put("isSubtle", true);
        }
        throw new IllegalArgumentException("unknown card element " + element);
    }

    private ObjectNode table(CardElement.RatingTable table) {
        ObjectNode node = json.createObjectNode().put("type", "Table").put("firstRowAsHeaders", true).put("gridStyle", "default");
        ArrayNode columns = node.putArray("columns");
        columns.addObject().put("width", 3);
        table.rows().forEach(r -> columns.addObject().put("width", 2));
        ArrayNode rows = node.putArray("rows");
        ArrayNode header = row(rows);
        cell(header, "");
        table.rows().forEach(r -> cell(header, r.option().guideNumber()));
        for (int c = 0; c < table.criteria().size(); c++) {
            ArrayNode cells = row(rows);
            cell(cells, table.criteria().get(c));
            for (CardElement.RatingRow r : table.rows()) {
                cell(cells, Stars.of(r.stars().get(c)));
            }
        }
        return node;
    }

    private ArrayNode row(ArrayNode rows) {
        return rows.addObject().put("type", "TableRow").putArray("cells");
    }

    private void cell(ArrayNode cells, String text) {
        ObjectNode cell = cells.addObject().put("type", "TableCell");
        cell.putArray("items").add(textBlock(text).put("size", "Small"));
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
