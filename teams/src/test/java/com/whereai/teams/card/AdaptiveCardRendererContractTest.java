package com.whereai.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.reply.ReplyRenderer;
import com.whereai.core.reply.contract.ReplyCatalogue;
import com.whereai.core.reply.contract.ReplyRendererContract;
import com.whereai.knowledge.Lang;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every reply of the catalogue as an Adaptive Card stays inside what Teams takes (TeamsLimits) and drops no
 * element; the official parser and the Teams card types check the same cards in {@link AdaptiveCardChecksTest}.
 */
class AdaptiveCardRendererContractTest extends ReplyRendererContract<ObjectNode> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    @Override
    protected ReplyRenderer<ObjectNode> renderer() {
        return renderer;
    }

    @Override
    protected void assertWithinLimits(String name, ObjectNode card) throws Exception {
        assertThat(JSON.writeValueAsString(card).getBytes(StandardCharsets.UTF_8).length)
                .as(name)
                .isLessThan(TeamsLimits.MESSAGE_BYTES);
        assertThat(card.get("actions").size()).as(name).isLessThanOrEqualTo(TeamsLimits.CARD_ACTIONS);
        card.findValues("title").forEach(t -> assertThat(t.asText().length()).isLessThanOrEqualTo(TeamsLimits.TEXT));
        card.get("actions")
                .forEach(a ->
                        assertThat(a.get("title").asText().length()).isLessThanOrEqualTo(TeamsLimits.ACTION_TITLE));
        card.findValues("text").forEach(t -> assertThat(t.asText().length()).isLessThanOrEqualTo(TeamsLimits.TEXT * 2));
    }

    @Override
    protected String visibleText(ObjectNode card) {
        List<String> texts = new ArrayList<>();
        collect(card, texts);
        return String.join("\n", texts).replace("\\", "");
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isArray()) {
            node.forEach(child -> collect(child, texts));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if ((field.getKey().equals("text")
                                || field.getKey().equals("title")
                                || field.getKey().equals("value"))
                        && field.getValue().isTextual()) {
                    texts.add(field.getValue().asText());
                } else if (!field.getKey().equals("data")) {
                    collect(field.getValue(), texts);
                }
            }
        }
    }

    @Test
    void a_line_chart_becomes_a_teams_line_chart_with_its_text_as_fallback() {
        ObjectNode card = renderer.render(ReplyCatalogue.everyElement(Lang.EN));

        JsonNode chart = card.findParents("type").stream()
                .filter(n -> n.get("type").asText().equals("Chart.Line"))
                .findFirst()
                .orElseThrow();
        assertThat(chart.get("title").asText()).isEqualTo("Lines-caption-marker");
        assertThat(chart.get("xAxisTitle").asText()).isEqualTo("months");
        assertThat(chart.get("yAxisTitle").asText()).isEqualTo("SEK");
        JsonNode data = chart.get("data");
        assertThat(data.findValuesAsText("legend"))
                .containsExactly("Lines-series-marker · Lines-value-marker", "2A · 27 200 kr", "5 · 54 000 kr");
        assertThat(data.findValuesAsText("color"))
                .containsExactly("categoricalBlue", "categoricalMarigold", "categoricalTeal");
        JsonNode climbing = data.get(2).get("values");
        assertThat(climbing).hasSize(37);
        assertThat(climbing.get(0).get("x").isIntegralNumber())
                .as("months are numbers: a time axis")
                .isTrue();
        assertThat(climbing.get(0).toString()).isEqualTo("{\"x\":0,\"y\":0}");
        assertThat(climbing.get(36).toString()).isEqualTo("{\"x\":36,\"y\":54000}");
        JsonNode fallback = chart.get("fallback");
        assertThat(fallback.get("type").asText()).isEqualTo("Container");
        assertThat(fallback.get("id").asText()).isEqualTo("line-chart-1-text");
        List<String> texts = fallback.findValuesAsText("text");
        assertThat(texts.get(0)).isEqualTo("Lines-caption-marker");
        assertThat(texts.get(1))
                .startsWith("\u00A0\u00A0Lines-series-marker\u00A0\u00A0▂")
                .endsWith("Lines-value-marker");
        assertThat(texts.get(texts.size() - 1)).isEqualTo(ReplyCatalogue.LINE_CHART_ALT_TEXT);
        assertThat(texts).noneMatch(t -> t.startsWith(" "));
        assertThat(fallback.findValuesAsText("fontType")).hasSize(4).containsOnly("Monospace");
    }

    @Test
    void every_line_colour_matches_the_png_palette_and_is_a_teams_chart_colour() {
        assertThat(AdaptiveCardRenderer.LINE_COLORS)
                .hasSize(com.whereai.core.chart.LineChartPng.PALETTE.size())
                .hasSize(CardElement.LineChart.MAX_SERIES)
                .doesNotHaveDuplicates();
    }

    @Test
    void the_largest_line_chart_is_sampled_to_fit_a_message() throws Exception {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < CardElement.LineChart.MAX_POINTS; i++) {
            labels.add(Integer.toString(i));
        }
        List<CardElement.Series> series = new ArrayList<>();
        for (int s = 0; s < CardElement.LineChart.MAX_SERIES; s++) {
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                values.add(123_456.789 * (s + 1) * i);
            }
            series.add(new CardElement.Series("Option " + s, values, "a lot"));
        }
        CardElement.LineChart chart =
                new CardElement.LineChart("Ten years", "months", "SEK", labels, series, "Eight lines over ten years.");

        ObjectNode card = renderer.render(Reply.builder(Intent.HELP, Lang.EN)
                .title("The largest chart")
                .add(chart)
                .build());

        JsonNode values = card.get("body").get(1).get("data").get(7).get("values");
        assertThat(values).hasSize(TeamsLimits.LINE_CHART_POINTS);
        assertThat(values.get(0).get("x").asInt()).isZero();
        assertThat(values.get(values.size() - 1).get("x").asInt()).isEqualTo(120);
        assertThat(values.get(1).get("y").asText()).as("two decimals at most").matches("\\d+(\\.\\d{1,2})?");
        assertThat(card.get("body").get(1).get("data").findValuesAsText("color"))
                .doesNotHaveDuplicates();
        assertWithinLimits("the largest chart", card);
    }

    @Test
    void labels_that_are_not_numbers_stay_labels() {
        CardElement.LineChart quarters = new CardElement.LineChart(
                "Cost by quarter",
                "quarter",
                "SEK",
                List.of("Q1", "Q2", "Q3"),
                List.of(new CardElement.Series("1", List.of(1.0, 2.5, 3.333), "3 kr")),
                "One line.");

        JsonNode values = renderer.render(Reply.builder(Intent.HELP, Lang.EN)
                        .title("Q")
                        .add(quarters)
                        .build())
                .get("body")
                .get(1)
                .get("data")
                .get(0)
                .get("values");

        assertThat(values.toString())
                .isEqualTo("[{\"x\":\"Q1\",\"y\":1},{\"x\":\"Q2\",\"y\":2.5},{\"x\":\"Q3\",\"y\":3.33}]");
    }

    @Test
    void each_action_kind_becomes_a_submit_and_sharing_is_left_to_teams() {
        ObjectNode card = renderer.render(ReplyCatalogue.everyElement(Lang.EN));

        assertThat(card.get("actions").findValuesAsText(CardAction.FIELD))
                .containsExactly(CardAction.COMMAND, CardAction.CHANGE, CardAction.COMMAND);
        assertThat(card.findValuesAsText("url")).containsExactly(ReplyCatalogue.IMAGE_URL);
        assertThat(card.toString()).doesNotContain("Share in channel");
    }
}
