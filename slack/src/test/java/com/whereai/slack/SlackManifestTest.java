package com.whereai.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The two Slack app manifests an admin pastes into api.slack.com ({@code manifest.yml} for HTTP,
 * {@code manifest-socket-mode.yml} for Socket Mode) are checked offline against Slack's own JSON schema
 * (slackapi/manifest-schema, MIT, copied to {@code src/test/resources/slack-app-manifest/}), and against
 * what the where-ai server expects: one {@code /where-ai} command and every HTTP callback on
 * {@code /slack/events}.
 */
class SlackManifestTest {

    private static final Path HTTP_MANIFEST = Path.of("manifest.yml");
    private static final Path SOCKET_MODE_MANIFEST = Path.of("manifest-socket-mode.yml");
    private static final String EVENTS_PATH = "/slack/events";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .locale(Locale.ENGLISH)
            .build();

    @Test
    void http_manifest_is_valid_against_slacks_schema() throws IOException {
        assertThat(validate(load(HTTP_MANIFEST)))
                .as("Slack schema errors in %s", HTTP_MANIFEST)
                .isEmpty();
    }

    @Test
    void socket_mode_manifest_is_valid_against_slacks_schema() throws IOException {
        assertThat(validate(load(SOCKET_MODE_MANIFEST)))
                .as("Slack schema errors in %s", SOCKET_MODE_MANIFEST)
                .isEmpty();
    }

    @Test
    void both_manifests_register_the_where_ai_slash_command() throws IOException {
        for (Path file : List.of(HTTP_MANIFEST, SOCKET_MODE_MANIFEST)) {
            JsonNode commands = load(file).at("/features/slash_commands");
            assertThat(commands.isArray())
                    .as("%s has features.slash_commands", file)
                    .isTrue();
            assertThat(commands).as("%s slash commands", file).hasSize(1);
            assertThat(commands.get(0).path("command").asText())
                    .as("%s command", file)
                    .isEqualTo("/where-ai");
        }
    }

    @Test
    void http_manifest_sends_the_command_events_and_interactivity_to_slack_events() throws IOException {
        JsonNode manifest = load(HTTP_MANIFEST);

        assertThat(manifest.at("/features/slash_commands/0/url").asText()).endsWith(EVENTS_PATH);
        assertThat(manifest.at("/settings/event_subscriptions/request_url").asText())
                .endsWith(EVENTS_PATH);
        assertThat(manifest.at("/settings/interactivity/is_enabled").asBoolean())
                .isTrue();
        assertThat(manifest.at("/settings/interactivity/request_url").asText()).endsWith(EVENTS_PATH);
        assertThat(manifest.at("/settings/socket_mode_enabled").asBoolean(true))
                .as("socket_mode_enabled")
                .isFalse();
    }

    @Test
    void both_manifests_subscribe_to_app_home_mentions_and_direct_messages() throws IOException {
        for (Path file : List.of(HTTP_MANIFEST, SOCKET_MODE_MANIFEST)) {
            assertThat(texts(load(file).at("/settings/event_subscriptions/bot_events")))
                    .as("%s bot events", file)
                    .contains("app_home_opened", "app_mention", "message.im");
        }
    }

    @Test
    void both_manifests_ask_for_the_commands_and_chat_write_scopes() throws IOException {
        for (Path file : List.of(HTTP_MANIFEST, SOCKET_MODE_MANIFEST)) {
            assertThat(texts(load(file).at("/oauth_config/scopes/bot")))
                    .as("%s bot scopes", file)
                    .contains("commands", "chat:write");
        }
    }

    @Test
    void both_manifests_ask_for_the_files_scopes_that_show_the_cost_chart_as_a_picture() throws IOException {
        for (Path file : List.of(HTTP_MANIFEST, SOCKET_MODE_MANIFEST)) {
            assertThat(texts(load(file).at("/oauth_config/scopes/bot")))
                    .as("%s bot scopes: files:write uploads the chart, files:read waits until Slack can show it", file)
                    .contains("files:write", "files:read");
        }
    }

    @Test
    void socket_mode_manifest_enables_socket_mode_and_needs_no_public_url() throws IOException {
        JsonNode manifest = load(SOCKET_MODE_MANIFEST);

        assertThat(manifest.at("/settings/socket_mode_enabled").asBoolean(false))
                .as("socket_mode_enabled")
                .isTrue();
        assertThat(manifest.at("/settings/interactivity/is_enabled").asBoolean())
                .isTrue();
        assertThat(manifest.at("/features/slash_commands/0/url").isMissingNode())
                .as("slash command url")
                .isTrue();
        assertThat(manifest.at("/settings/event_subscriptions/request_url").isMissingNode())
                .as("events request_url")
                .isTrue();
        assertThat(manifest.at("/settings/interactivity/request_url").isMissingNode())
                .as("interactivity request_url")
                .isTrue();
    }

    @Test
    void background_color_is_a_hex_colour_slack_accepts() throws IOException {
        // Slack's schema spells this check "regex", which is no JSON Schema keyword, so no validator applies it.
        for (Path file : List.of(HTTP_MANIFEST, SOCKET_MODE_MANIFEST)) {
            assertThat(load(file).at("/display_information/background_color").asText())
                    .as("%s background_color", file)
                    .matches("^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$");
        }
    }

    @Test
    void a_manifest_with_an_app_name_longer_than_35_characters_fails_validation() throws IOException {
        ObjectNode manifest = (ObjectNode) load(HTTP_MANIFEST);
        String tooLong = "where-ai, the where-should-our-AI-model-run bot";
        assertThat(tooLong).hasSizeGreaterThan(35);
        ((ObjectNode) manifest.get("display_information")).put("name", tooLong);

        Set<ValidationMessage> errors =
                SCHEMAS.getSchema(schemaLocationFor(manifest), CONFIG).validate(manifest);

        assertThat(errors)
                .as("schema errors for a %d-character name", tooLong.length())
                .isNotEmpty();
        assertThat(errors).anySatisfy(error -> {
            assertThat(error.getType()).isEqualTo("maxLength");
            assertThat(error.getInstanceLocation().toString()).isEqualTo("/display_information/name");
        });
    }

    /** The errors as readable lines ("keyword: /path: message"), so a failing assertion shows what Slack would reject. */
    private static List<String> validate(JsonNode manifest) {
        JsonSchema schema = SCHEMAS.getSchema(schemaLocationFor(manifest), CONFIG);
        return schema.validate(manifest).stream()
                .map(error -> error.getType() + ": " + error.getMessage())
                .sorted()
                .collect(Collectors.toList());
    }

    /**
     * The schema Slack applies, as in slackapi/manifest-schema's manifest.schema.json: version 2.0.0 only when
     * {@code _metadata.major_version} is 2; a manifest without it (like ours) or with major version 1 is 1.0.0.
     */
    private static SchemaLocation schemaLocationFor(JsonNode manifest) {
        int majorVersion = manifest.at("/_metadata/major_version").asInt(1);
        String file = majorVersion == 2 ? "manifest.schema.2.0.0.json" : "manifest.schema.1.0.0.json";
        return SchemaLocation.of("classpath:slack-app-manifest/" + file);
    }

    private static JsonNode load(Path file) throws IOException {
        assertThat(file).as("run from the slack module directory").isRegularFile();
        JsonNode manifest = YAML.readTree(file.toFile());
        assertThat(manifest).as("%s is a YAML mapping", file).isInstanceOf(ObjectNode.class);
        return manifest;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
