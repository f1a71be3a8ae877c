package com.whereai.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.reply.contract.ReplyCatalogue;
import com.whereai.core.reply.contract.ReplyRendererContract;
import com.whereai.knowledge.Lang;
import org.junit.jupiter.api.Test;

/** Every reply of the catalogue as terminal text: complete, no format placeholders left, nothing dropped. */
class PlainTextRendererContractTest extends ReplyRendererContract<String> {

    private final PlainTextRenderer renderer = new PlainTextRenderer();

    @Override
    protected ReplyRenderer<String> renderer() {
        return renderer;
    }

    @Override
    protected void assertWithinLimits(String name, String text) {
        assertThat(text).as(name).doesNotContain("%s", "%d", "null").endsWith("\n");
    }

    @Override
    protected String visibleText(String text) {
        return text;
    }

    @Test
    void buttons_become_the_commands_to_type_and_sharing_is_left_out() {
        String text = renderer.render(ReplyCatalogue.everyElement(Lang.EN));

        assertThat(text)
                .contains("Try: compare  |  questionnaire sensitive-data  |  feedback up")
                .doesNotContain("Share in channel");
        assertThat(text).contains("Chart-bar-marker", "█", "[A chart of costs] " + ReplyCatalogue.IMAGE_URL, "→ 2a");
    }

    @Test
    void a_line_chart_is_a_sparkline_row_per_series_under_its_caption() {
        String text = renderer.render(ReplyCatalogue.everyElement(Lang.EN));

        assertThat(text)
                .contains("Lines-caption-marker\n  Lines-series-marker  ▂", "▆  Lines-value-marker\n")
                .containsPattern("\n {2}5 {20}▁[▁-█]{35}█ {2}54 000 kr\n")
                .containsPattern("\n {2}2A {19}[▁-█]{37} {2}27 200 kr\n")
                .containsPattern("\n {23}0 +36 months\n");
    }

    @Test
    void a_form_shows_its_choices_with_the_prefilled_ones_marked() {
        String text =
                renderer.render(com.whereai.core.TestBot.BOT.questionnaire("sensitive-data offline 70b", Lang.EN));

        assertThat(text).contains("(x) sensitive – ", "( ) public – ", "(x) offline – ", "[70b]");
    }
}
