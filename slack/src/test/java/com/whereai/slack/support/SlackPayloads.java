package com.whereai.slack.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies shaped like the ones Slack sends. */
public final class SlackPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackPayloads() {}

    public static Map<String, String> slashCommand(String text, String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "deprecated");
        form.put("team_id", "T0TEST");
        form.put("team_domain", "test");
        form.put("channel_id", "C1");
        form.put("channel_name", "ai-decisions");
        form.put("user_id", "U1");
        form.put("user_name", "anna");
        form.put("command", "/where-ai");
        form.put("text", text);
        form.put("api_app_id", "A0TEST");
        form.put("response_url", responseUrl);
        form.put("trigger_id", "trigger-123");
        return form;
    }

    public static String blockAction(String actionId, String value, String responseUrl) {
        ObjectNode root = base("block_actions");
        root.put("trigger_id", "trigger-456");
        root.putObject("channel").put("id", "C1").put("name", "ai-decisions");
        root.putObject("container").put("type", "message").put("message_ts", "1700000000.000100");
        if (responseUrl != null) {
            root.put("response_url", responseUrl);
        }
        ArrayNode actions = root.putArray("actions");
        actions.addObject()
                .put("type", "button")
                .put("action_id", actionId)
                .put("block_id", "b1")
                .put("value", value)
                .put("action_ts", "1700000001.000000");
        return root.toString();
    }

    public static String homeButton(String actionId, String value) {
        ObjectNode root = base("block_actions");
        root.put("trigger_id", "trigger-789");
        root.putObject("container").put("type", "view").put("view_id", "VHOME");
        root.putObject("view").put("id", "VHOME").put("type", "home");
        root.putArray("actions")
                .addObject()
                .put("type", "button")
                .put("action_id", actionId)
                .put("block_id", "b1")
                .put("value", value)
                .put("action_ts", "1700000001.000000");
        return root.toString();
    }

    /** A submitted questionnaire; {@code values} is block id -> the value JSON Slack sends for its element. */
    public static String viewSubmission(String privateMetadata, Map<String, ObjectNode> values) {
        ObjectNode root = base("view_submission");
        ObjectNode view = root.putObject("view");
        view.put("id", "VMODAL")
                .put("type", "modal")
                .put("callback_id", "where-ai.questionnaire")
                .put("private_metadata", privateMetadata);
        ObjectNode state = view.putObject("state").putObject("values");
        values.forEach((blockId, value) -> state.putObject(blockId).set("answer", value));
        return root.toString();
    }

    public static ObjectNode selected(String value) {
        ObjectNode node = JSON.createObjectNode().put("type", "static_select");
        node.putObject("selected_option")
                .put("value", value)
                .putObject("text")
                .put("type", "plain_text")
                .put("text", value);
        return node;
    }

    public static ObjectNode checked(String... values) {
        ObjectNode node = JSON.createObjectNode().put("type", "checkboxes");
        ArrayNode options = node.putArray("selected_options");
        for (String v : values) {
            options.addObject()
                    .put("value", v)
                    .putObject("text")
                    .put("type", "plain_text")
                    .put("text", v);
        }
        return node;
    }

    public static ObjectNode typed(String value) {
        return JSON.createObjectNode().put("type", "plain_text_input").put("value", value);
    }

    public static String event(String eventId, ObjectNode event) {
        ObjectNode root = JSON.createObjectNode();
        root.put("token", "deprecated")
                .put("team_id", "T0TEST")
                .put("api_app_id", "A0TEST")
                .put("type", "event_callback")
                .put("event_id", eventId)
                .put("event_time", SlackTestServer.nowSeconds());
        root.set("event", event);
        return root.toString();
    }

    public static ObjectNode mention(String text, String ts) {
        return JSON.createObjectNode()
                .put("type", "app_mention")
                .put("user", "U1")
                .put("text", text)
                .put("ts", ts)
                .put("channel", "C1")
                .put("event_ts", ts);
    }

    public static ObjectNode directMessage(String text, String ts) {
        return JSON.createObjectNode()
                .put("type", "message")
                .put("channel_type", "im")
                .put("user", "U1")
                .put("text", text)
                .put("ts", ts)
                .put("channel", "D1")
                .put("event_ts", ts);
    }

    public static ObjectNode homeOpened() {
        return JSON.createObjectNode()
                .put("type", "app_home_opened")
                .put("user", "U1")
                .put("channel", "D1")
                .put("tab", "home")
                .put("event_ts", "1700000000.000900");
    }

    private static ObjectNode base(String type) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", type).put("api_app_id", "A0TEST").put("token", "deprecated");
        root.putObject("team").put("id", "T0TEST").put("domain", "test");
        root.putObject("user").put("id", "U1").put("username", "anna").put("team_id", "T0TEST");
        return root;
    }
}
