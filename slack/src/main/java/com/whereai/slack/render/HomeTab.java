package com.whereai.slack.render;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.view.Views.view;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.whereai.core.i18n.Messages;
import com.whereai.knowledge.DeploymentOption;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.Lang;
import com.whereai.core.text.Stars;
import com.whereai.knowledge.CriterionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The App Home tab: the six options at a glance, the questionnaire button and example commands. */
public final class HomeTab {

    private final Guide guide;
    private final Messages messages = Messages.get();
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    public HomeTab(Guide guide) {
        this.guide = guide;
    }

    public View build(Lang lang) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(SlackText.cut(messages.text(lang, "help.title"), SlackLimits.HEADER_TEXT), true))));
        blocks.add(section(s -> s.text(markdownText(SlackText.escape(messages.text(lang, "help.intro", Guide.TITLE))))));
        blocks.add(actions(List.of(
                renderer.questionnaireButton("questionnaire.open", "", lang),
                button(b -> b.actionId(BlockKitRenderer.COMMAND_ACTION + "compare")
                        .text(plainText(messages.text(lang, "action.compare-all"), true))
                        .value(ButtonValue.of(messages.text(lang, "command.compare"), lang).encode())))));
        blocks.add(divider());
        blocks.add(section(s -> s.text(markdownText(SlackText.bold(messages.text(lang, "options.title"))))));
        for (DeploymentOption option : guide.options()) {
            String number = option.optionId().guideNumber();
            String text = SlackText.bold(number + " – " + option.name().in(lang)) + "\n" + SlackText.escape(option.summary().in(lang))
                    + "\n" + SlackText.escape(guide.criterion(CriterionId.PRIVACY).name().in(lang)) + " " + Stars.of(option.stars(CriterionId.PRIVACY))
                    + " · " + SlackText.escape(guide.criterion(CriterionId.START_COST).name().in(lang)) + " " + Stars.of(option.stars(CriterionId.START_COST))
                    + " · " + SlackText.escape(guide.criterion(CriterionId.QUALITY).name().in(lang)) + " " + Stars.of(option.stars(CriterionId.QUALITY));
            blocks.add(section(s -> s.text(markdownText(SlackText.cut(text, SlackLimits.SECTION_TEXT)))
                    .accessory(button(b -> b.actionId(BlockKitRenderer.COMMAND_ACTION + "option-" + number.toLowerCase(Locale.ROOT))
                            .text(plainText(messages.text(lang, "slack.home.details"), true))
                            .value(ButtonValue.of(number.toLowerCase(Locale.ROOT), lang).encode())))));
        }
        blocks.add(divider());
        blocks.add(section(s -> s.text(markdownText(SlackText.bold(messages.text(lang, "help.examples"))))));
        List<String> examples = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            examples.add("• `/where-ai " + SlackText.escape(messages.text(lang, "help.example." + i)).replaceFirst(" – ", "` – "));
        }
        blocks.add(section(s -> s.text(markdownText(SlackText.cut(String.join("\n", examples), SlackLimits.SECTION_TEXT)))));
        blocks.add(context(List.of(markdownText(SlackText.escape(messages.text(lang, "help.footer"))))));
        return view(v -> v.type("home").blocks(blocks));
    }
}
