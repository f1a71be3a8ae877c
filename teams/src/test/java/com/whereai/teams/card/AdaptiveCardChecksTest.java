package com.whereai.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.core.reply.contract.ReplyCatalogue;
import com.whereai.teams.support.TeamsTestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every card where-ai sends in Teams — each reply type in both languages, the welcome card and the
 * questionnaire — checked by Microsoft's own software: the official {@code adaptivecards} parser at
 * schema 1.5 (unknown types, missing ids and urls, features newer than 1.5) and the Teams card types of
 * {@code @microsoft/teams.cards} with {@code tsc}. Both are installed by the build in src/test/node.
 */
class AdaptiveCardChecksTest {

    private static final Path NODE = Path.of("src/test/node");
    private final ObjectMapper json = new ObjectMapper();
    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    @BeforeAll
    static void checkersAreInstalled() {
        assertThat(NODE.resolve("node_modules/adaptivecards/dist/adaptivecards.js"))
                .as("npm ci in %s (the build does it)", NODE)
                .exists();
    }

    @Test
    void every_card_passes_the_official_parser_and_the_teams_card_types_and_fits_a_message() throws Exception {
        Map<String, ObjectNode> cards = everyCard();
        Path folder = NODE.resolve("generated");
        Files.createDirectories(folder);
        try (Stream<Path> old = Files.list(folder)) {
            old.forEach(p -> p.toFile().delete());
        }
        StringBuilder ts = new StringBuilder("import type { IAdaptiveCard } from \"@microsoft/teams.cards\";\n");
        for (Map.Entry<String, ObjectNode> card : cards.entrySet()) {
            String text = json.writeValueAsString(card.getValue());
            assertThat(text.getBytes(StandardCharsets.UTF_8).length)
                    .as(card.getKey())
                    .isLessThan(TeamsLimits.MESSAGE_BYTES);
            Files.writeString(folder.resolve(card.getKey() + ".json"), text, StandardCharsets.UTF_8);
            ts.append("export const ")
                    .append(card.getKey().replace('-', '_'))
                    .append(": IAdaptiveCard = ")
                    .append(text)
                    .append(";\n");
        }
        Files.writeString(folder.resolve("cards.ts"), ts, StandardCharsets.UTF_8);

        Result parsed = node("validate-cards.js", folder.toAbsolutePath().toString());
        assertThat(parsed.output()).endsWith("checked " + cards.size() + " cards, 0 problems");
        assertThat(parsed.code()).isZero();
        assertThat(parsed.output())
                .as("the parser knows no Teams charts: it shows the line chart's fallback in its place")
                .contains(
                        "every-element-en.json: Chart.Line shown as its fallback line-chart-1-text",
                        "every-element-sv.json: Chart.Line shown as its fallback line-chart-1-text");

        Result typed = node("node_modules/typescript/bin/tsc", "-p", ".");
        assertThat(typed.output()).as("tsc").isEmpty();
        assertThat(typed.code()).isZero();
    }

    @Test
    void the_parser_check_catches_a_card_teams_would_not_render() throws Exception {
        Path folder = Files.createTempDirectory("bad-cards");
        ObjectNode bad = renderer.card();
        bad.putArray("body").addObject().put("type", "TextBlok").put("text", "x");
        bad.putArray("actions").addObject().put("type", "Action.OpenUrl").put("title", "no url");
        Files.writeString(folder.resolve("bad.json"), bad.toString());

        Result result = node("validate-cards.js", folder.toAbsolutePath().toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.output()).contains("Unknown element type \"TextBlok\"", "\"url\" must be set");
    }

    @Test
    void a_line_chart_is_accepted_only_with_a_text_fallback_the_parser_shows_in_its_place() throws Exception {
        Path folder = Files.createTempDirectory("chart-cards");
        ObjectNode good = renderer.render(
                com.whereai.core.reply.Reply.builder(com.whereai.core.reply.Intent.HELP, com.whereai.knowledge.Lang.EN)
                        .title("Two charts")
                        .add(ReplyCatalogue.lineChart())
                        .add(ReplyCatalogue.lineChart())
                        .build());
        ObjectNode withoutFallback = good.deepCopy();
        ((ObjectNode) withoutFallback.get("body").get(1)).remove("fallback");
        ObjectNode fallbackWithoutId = good.deepCopy();
        ((ObjectNode) fallbackWithoutId.get("body").get(1).get("fallback")).remove("id");
        ObjectNode otherChart = good.deepCopy();
        ((ObjectNode) otherChart.get("body").get(1)).put("type", "Chart.Pie");
        Files.writeString(folder.resolve("a-good.json"), good.toString());
        Files.writeString(folder.resolve("b-without-fallback.json"), withoutFallback.toString());
        Files.writeString(folder.resolve("c-fallback-without-id.json"), fallbackWithoutId.toString());
        Files.writeString(folder.resolve("d-other-chart.json"), otherChart.toString());

        Result result = node("validate-cards.js", folder.toAbsolutePath().toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.output())
                .contains(
                        "a-good.json: Chart.Line shown as its fallback line-chart-1-text",
                        "a-good.json: Chart.Line shown as its fallback line-chart-2-text",
                        "b-without-fallback.json: [parse UnknownElementType] Unknown element type \"Chart.Line\"",
                        "c-fallback-without-id.json: [parse UnknownElementType] Unknown element type \"Chart.Line\"",
                        "d-other-chart.json: [parse UnknownElementType] Unknown element type \"Chart.Pie\"")
                .doesNotContain("a-good.json: [")
                .endsWith("checked 4 cards, 3 problems");
    }

    /** Every reply of the shared catalogue as its card (a reply with a form as the form's card), and every form. */
    private Map<String, ObjectNode> everyCard() {
        Map<String, ObjectNode> cards = new LinkedHashMap<>();
        ReplyCatalogue.replies(TeamsTestServer.BOT).forEach((name, reply) -> cards.put(name, renderer.render(reply)));
        ReplyCatalogue.replies(TeamsTestServer.BOT)
                .forEach((name, reply) -> reply.formIfAny()
                        .ifPresent(form -> cards.put(name + "-as-form", renderer.render(form, reply.lang()))));
        ReplyCatalogue.forms(TeamsTestServer.BOT).forEach((name, form) -> cards.put(name, renderer.render(form)));
        return cards;
    }

    private static Result node(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(NODE.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int code, String output) {}
}
