package com.whereai.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Checks rendered Block Kit JSON block by block against {@link SlackLimits}. */
final class SlackBlockLimits {

    private SlackBlockLimits() {}

    static void assertWithinLimits(JsonNode blocks) {
        for (JsonNode block : blocks) {
            String type = block.get("type").asText();
            switch (type) {
                case "header" ->
                    assertThat(block.get("text").get("text").asText().length())
                            .isLessThanOrEqualTo(SlackLimits.HEADER_TEXT);
                case "section" -> {
                    if (block.has("text")) {
                        assertThat(block.get("text").get("text").asText().length())
                                .as("section text")
                                .isLessThanOrEqualTo(SlackLimits.SECTION_TEXT);
                    }
                    if (block.has("fields")) {
                        assertThat(block.get("fields").size()).isLessThanOrEqualTo(SlackLimits.SECTION_FIELDS);
                        block.get("fields")
                                .forEach(f -> assertThat(f.get("text").asText().length())
                                        .isLessThanOrEqualTo(SlackLimits.SECTION_FIELD));
                    }
                    if (block.has("accessory")) {
                        assertButton(block.get("accessory"));
                    }
                    assertThat(block.has("text") || block.has("fields"))
                            .as("a section needs text or fields")
                            .isTrue();
                }
                case "context" -> {
                    assertThat(block.get("elements").size()).isBetween(1, SlackLimits.CONTEXT_ELEMENTS);
                    block.get("elements")
                            .forEach(e -> assertThat(e.get("text").asText().length())
                                    .isLessThanOrEqualTo(SlackLimits.CONTEXT_TEXT));
                }
                case "actions" -> {
                    assertThat(block.get("elements").size()).isBetween(1, SlackLimits.ACTIONS_ELEMENTS);
                    List<String> ids = new ArrayList<>();
                    block.get("elements").forEach(e -> {
                        assertButton(e);
                        ids.add(e.get("action_id").asText());
                    });
                    assertThat(ids).as("action ids unique within a block").doesNotHaveDuplicates();
                }
                case "image" -> {
                    assertThat(block.has("image_url") != block.has("slack_file"))
                            .as("an image block has an image_url or a slack_file, not both")
                            .isTrue();
                    if (block.has("image_url")) {
                        assertThat(block.get("image_url").asText().length()).isLessThanOrEqualTo(SlackLimits.IMAGE_URL);
                    } else {
                        assertThat(block.get("slack_file").size())
                                .as("a slack_file has an id or a url, not both")
                                .isEqualTo(1);
                        assertThat(block.at("/slack_file/id").asText()).matches("F[A-Z0-9]{8,}");
                    }
                    assertThat(block.get("alt_text").asText().length()).isBetween(1, SlackLimits.IMAGE_ALT_TEXT);
                    if (block.has("title")) {
                        assertThat(block.at("/title/text").asText().length()).isBetween(1, SlackLimits.IMAGE_TITLE);
                    }
                }
                case "divider", "input" -> {}
                default -> throw new AssertionError("unexpected block type " + type);
            }
        }
    }

    private static void assertButton(JsonNode button) {
        assertThat(button.get("text").get("text").asText().length()).isLessThanOrEqualTo(SlackLimits.BUTTON_TEXT);
        assertThat(button.get("value").asText().length()).isLessThanOrEqualTo(SlackLimits.BUTTON_VALUE);
    }
}
