package com.whereai.teams.card;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.core.i18n.Messages;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.Lang;

/** The card where-ai sends when it is added to a chat or team: what it can do, and buttons to start. */
public final class WelcomeCard {

    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();
    private final Messages messages = Messages.get();

    public ObjectNode build(Lang lang) {
        ObjectNode card = renderer.card();
        ArrayNode body = card.putArray("body");
        body.add(renderer.textBlock(messages.text(lang, "help.title")).put("size", "Large").put("weight", "Bolder"));
        body.add(renderer.textBlock(messages.text(lang, "help.intro", Guide.TITLE)));
        body.add(renderer.textBlock(messages.text(lang, "help.examples")).put("weight", "Bolder").put("spacing", "Medium"));
        StringBuilder examples = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            examples.append("- ").append(TeamsText.escape(messages.text(lang, "help.example." + i))).append("\r");
        }
        body.addObject().put("type", "TextBlock").put("text", examples.toString().strip()).put("wrap", true);
        body.add(renderer.textBlock(messages.text(lang, "help.footer")).put("size", "Small").put("isSubtle", true));
        ArrayNode actions = card.putArray("actions");
        actions.add(renderer.submit(messages.text(lang, "questionnaire.open"), new CardAction(CardAction.COMMAND,
                messages.text(lang, "command.questionnaire"), lang), true));
        actions.add(renderer.submit(messages.text(lang, "action.options"), new CardAction(CardAction.COMMAND,
                messages.text(lang, "command.options"), lang), false));
        actions.add(renderer.submit(messages.text(lang, "action.compare-all"), new CardAction(CardAction.COMMAND,
                messages.text(lang, "command.compare"), lang), false));
        actions.add(renderer.submit(messages.text(lang, "action.help"), new CardAction(CardAction.COMMAND,
                messages.text(lang, "command.help"), lang), false));
        return card;
    }
}
