package com.whereai.slack;

import static com.whereai.slack.support.SlackPayloads.directMessage;
import static com.whereai.slack.support.SlackPayloads.event;
import static com.whereai.slack.support.SlackPayloads.mention;
import static com.whereai.slack.support.SlackPayloads.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.knowledge.Lang;
import com.whereai.slack.render.ButtonValue;
import com.whereai.slack.support.SlackApiStub;
import com.whereai.slack.support.SlackTestServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Adjust" on an answer the bot posted in a conversation (a mention's thread, a DM, a DM thread), through the real
 * Jetty server with signed requests: the button is pressed with the block_actions payload Slack sends for that
 * message (its container and message say where it is), the modal remembers the thread, and the corrected
 * recommendation goes back into that thread, where the next message follows up on it. The user's private
 * slash-command conversation in the same channel is left alone. A press on an ephemeral answer, and metadata written
 * before the thread was remembered, still answer privately in the channel.
 */
class SlackAdjustInThreadTest {

    private static final String CLINIC =
            "we are a clinic with patient records and an IT department, what should we choose?";
    /** Not C1 or D1 (the stub's and the payload helpers' defaults), so "the same place" cannot pass by accident. */
    private static final String CHANNEL = "C0TEAM";

    private static final String DM = "D0ANNA";
    private static final String ADJUST_ACTION = "where-ai.questionnaire";
    /** What the user's slash commands in {@link #CHANNEL} described, privately, before anything here. */
    private static final String SLASH_SITUATION = "recommend it is a short project with a tight budget";

    private final ObjectMapper json = new ObjectMapper();
    private SlackApiStub slack;
    private SlackTestServer server;

    @BeforeEach
    void start() throws Exception {
        slack = new SlackApiStub();
        server = new SlackTestServer(slack);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        slack.close();
    }

    @Test
    void adjusting_an_answer_in_a_mention_thread_answers_in_that_thread_and_the_thread_follows_up_on_it()
            throws Exception {
        String mentionTs = "1700000500.000100";
        String answerTs = "1700000500.000200";
        JsonNode slashFirst = slashCommandAnswer(SLASH_SITUATION, "slash1").get("blocks");
        assertThat(understood(slashFirst)).contains("a short project", "a tight budget");

        // 1. A mention in the channel: the bot answers in the mention's thread.
        slack.answer("chat.postMessage", posted(CHANNEL, answerTs));
        server.postEvent(event("EvT1", inChannel(mention("<@UBOT> " + CLINIC, mentionTs))), Map.of());
        SlackApiStub.Call answer = post(1);
        assertThat(answer.param("channel")).isEqualTo(CHANNEL);
        assertThat(answer.param("thread_ts")).isEqualTo(mentionTs);
        JsonNode blocks = json.readTree(answer.param("blocks"));
        assertThat(understood(blocks)).contains("sensitive data", "your own IT staff");

        // 2. Adjust pressed on that answer, as Slack sends it for a message in a thread.
        JsonNode view = pressAndAwaitModal(
                button(blocks, ADJUST_ACTION), onMessage(CHANNEL, answerTs, mentionTs, blocks), "press1", 1);
        JsonNode metadata = json.readTree(view.get("private_metadata").asText());
        assertThat(metadata.get("channel").asText()).isEqualTo(CHANNEL);
        assertThat(metadata.get("thread").asText()).isEqualTo(mentionTs);
        assertThat(metadata.get("inConversation").asBoolean()).isTrue();
        assertThat(metadata.get("lang").asText()).isEqualTo("en");
        assertThat(initialOption(view, "expertise")).isEqualTo("it-staff");

        // 3. One answer changed and submitted: the corrected recommendation is posted in the same thread.
        Map<String, ObjectNode> state = shownIn(view);
        state.put("expertise", choose(view, "expertise", "no-it-staff"));
        HttpResponse<String> ack = server.postPayload(viewSubmission(view, state));
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).doesNotContain("errors");

        SlackApiStub.Call corrected = post(2);
        assertThat(corrected.param("channel")).isEqualTo(CHANNEL);
        assertThat(corrected.param("thread_ts")).isEqualTo(mentionTs);
        assertThat(corrected.param("text")).isNotBlank();
        JsonNode correctedBlocks = json.readTree(corrected.param("blocks"));
        assertThat(understood(correctedBlocks))
                .contains("sensitive data", "no IT staff")
                .doesNotContain("your own IT staff");
        assertThat(corrected.param("blocks"))
                .as("public in the thread, like the bot's other answers there: nothing to share")
                .doesNotContain("where-ai.share");
        assertThat(slack.calls("chat.postEphemeral")).as("nothing private").isEmpty();

        // 4. The next mention in the thread is read against the corrected situation.
        server.postEvent(
                event(
                        "EvT2",
                        inThread(
                                inChannel(mention("<@UBOT> and we want low latency", "1700000500.000900")), mentionTs)),
                Map.of());
        SlackApiStub.Call followUp = post(3);
        assertThat(followUp.param("thread_ts")).isEqualTo(mentionTs);
        assertThat(followUp.param("blocks")).contains("Read with what you told me earlier");
        assertThat(understood(json.readTree(followUp.param("blocks"))))
                .contains("sensitive data", "no IT staff", "low latency")
                .doesNotContain("your own IT staff");

        // 5. The user's slash commands in the channel still follow up on what they said there.
        JsonNode slashNext =
                slashCommandAnswer("and it must work offline", "slash2").get("blocks");
        assertThat(slashNext.toString()).contains("Read with what you told me earlier");
        assertThat(understood(slashNext))
                .contains("a short project", "a tight budget")
                .doesNotContain("sensitive data", "IT staff");
    }

    @Test
    void adjusting_an_answer_at_a_direct_messages_top_level_answers_there_and_the_dm_follows_up_on_it()
            throws Exception {
        String questionTs = "1700000600.000100";
        String answerTs = "1700000600.000200";
        slack.answer("chat.postMessage", posted(DM, answerTs));
        server.postEvent(event("EvD1", inDm(directMessage(CLINIC, questionTs))), Map.of());
        SlackApiStub.Call answer = post(1);
        assertThat(answer.param("channel")).isEqualTo(DM);
        assertThat(answer.param("thread_ts")).isNull();
        JsonNode blocks = json.readTree(answer.param("blocks"));

        JsonNode view =
                pressAndAwaitModal(button(blocks, ADJUST_ACTION), onMessage(DM, answerTs, null, blocks), "dm-press", 1);
        JsonNode metadata = json.readTree(view.get("private_metadata").asText());
        assertThat(metadata.get("channel").asText()).isEqualTo(DM);
        assertThat(metadata.has("thread")).as("the DM's top level").isFalse();
        assertThat(metadata.get("inConversation").asBoolean()).isTrue();

        Map<String, ObjectNode> state = shownIn(view);
        state.put("expertise", choose(view, "expertise", "no-it-staff"));
        server.postPayload(viewSubmission(view, state));

        SlackApiStub.Call corrected = post(2);
        assertThat(corrected.param("channel")).isEqualTo(DM);
        assertThat(corrected.param("thread_ts")).isNull();
        assertThat(understood(json.readTree(corrected.param("blocks"))))
                .contains("sensitive data", "no IT staff")
                .doesNotContain("your own IT staff");
        assertThat(slack.calls("chat.postEphemeral")).isEmpty();

        server.postEvent(event("EvD2", inDm(directMessage("and we want low latency", "1700000600.000300"))), Map.of());
        SlackApiStub.Call followUp = post(3);
        assertThat(followUp.param("channel")).isEqualTo(DM);
        assertThat(followUp.param("thread_ts")).isNull();
        assertThat(followUp.param("blocks")).contains("Read with what you told me earlier");
        assertThat(understood(json.readTree(followUp.param("blocks"))))
                .contains("sensitive data", "no IT staff", "low latency")
                .doesNotContain("your own IT staff");
    }

    @Test
    void adjusting_an_answer_in_a_direct_message_thread_answers_in_that_thread_and_leaves_the_top_level_alone()
            throws Exception {
        String parentTs = "1700000700.000100";
        String questionTs = "1700000700.000300";
        String answerTs = "1700000700.000400";
        // The DM's top level describes another situation first.
        slack.answer("chat.postMessage", posted(DM, "1700000700.000200"));
        server.postEvent(
                event("EvDT0", inDm(directMessage("recommend it is a short project with a tight budget", parentTs))),
                Map.of());
        post(1);

        slack.answer("chat.postMessage", posted(DM, answerTs));
        server.postEvent(event("EvDT1", inThread(inDm(directMessage(CLINIC, questionTs)), parentTs)), Map.of());
        SlackApiStub.Call answer = post(2);
        assertThat(answer.param("thread_ts")).isEqualTo(parentTs);
        JsonNode blocks = json.readTree(answer.param("blocks"));

        JsonNode view = pressAndAwaitModal(
                button(blocks, ADJUST_ACTION), onMessage(DM, answerTs, parentTs, blocks), "dmt-press", 1);
        JsonNode metadata = json.readTree(view.get("private_metadata").asText());
        assertThat(metadata.get("channel").asText()).isEqualTo(DM);
        assertThat(metadata.get("thread").asText()).isEqualTo(parentTs);

        Map<String, ObjectNode> state = shownIn(view);
        state.put("expertise", choose(view, "expertise", "no-it-staff"));
        server.postPayload(viewSubmission(view, state));

        SlackApiStub.Call corrected = post(3);
        assertThat(corrected.param("channel")).isEqualTo(DM);
        assertThat(corrected.param("thread_ts")).isEqualTo(parentTs);
        assertThat(understood(json.readTree(corrected.param("blocks"))))
                .contains("sensitive data", "no IT staff")
                .doesNotContain("your own IT staff");

        server.postEvent(
                event("EvDT2", inThread(inDm(directMessage("and we want low latency", "1700000700.000500")), parentTs)),
                Map.of());
        SlackApiStub.Call followUp = post(4);
        assertThat(followUp.param("thread_ts")).isEqualTo(parentTs);
        assertThat(understood(json.readTree(followUp.param("blocks"))))
                .contains("sensitive data", "no IT staff", "low latency");

        server.postEvent(
                event("EvDT3", inDm(directMessage("and it must work offline", "1700000700.000600"))), Map.of());
        SlackApiStub.Call topLevel = post(5);
        assertThat(topLevel.param("thread_ts")).isNull();
        assertThat(understood(json.readTree(topLevel.param("blocks"))))
                .as("the DM's top level is its own conversation")
                .contains("a short project", "a tight budget")
                .doesNotContain("sensitive data", "IT staff");
    }

    @Test
    void a_command_button_that_opens_the_questionnaire_in_a_thread_answers_in_that_thread() throws Exception {
        String mentionTs = "1700000800.000100";
        String answerTs = "1700000800.000200";
        slack.answer("chat.postMessage", posted(CHANNEL, answerTs));
        server.postEvent(event("EvB1", inChannel(mention("<@UBOT> " + CLINIC, mentionTs))), Map.of());
        JsonNode blocks = json.readTree(post(1).param("blocks"));

        // A where-ai.command button whose command opens the form (as "Answer the questions" on the help card).
        ObjectNode button = json.createObjectNode()
                .put("action_id", "where-ai.command.0")
                .put("value", ButtonValue.of("questionnaire", Lang.EN).encode());
        button.putObject("text").put("type", "plain_text").put("text", "Answer the questions");
        JsonNode view = pressAndAwaitModal(button, onMessage(CHANNEL, answerTs, mentionTs, blocks), "cmd", 1);
        JsonNode metadata = json.readTree(view.get("private_metadata").asText());
        assertThat(metadata.get("channel").asText()).isEqualTo(CHANNEL);
        assertThat(metadata.get("thread").asText()).isEqualTo(mentionTs);
        assertThat(metadata.get("inConversation").asBoolean()).isTrue();

        Map<String, ObjectNode> state = shownIn(view);
        state.put("data", choose(view, "data", "sensitive"));
        state.put("expertise", choose(view, "expertise", "no-it-staff"));
        server.postPayload(viewSubmission(view, state));

        SlackApiStub.Call posted = post(2);
        assertThat(posted.param("channel")).isEqualTo(CHANNEL);
        assertThat(posted.param("thread_ts")).isEqualTo(mentionTs);
        assertThat(understood(json.readTree(posted.param("blocks")))).contains("sensitive data", "no IT staff");
        assertThat(slack.calls("chat.postEphemeral")).isEmpty();
    }

    @Test
    void an_ephemeral_answers_adjust_and_metadata_from_before_still_answer_privately_in_the_channel() throws Exception {
        String mentionTs = "1700000900.000100";
        slack.answer("chat.postMessage", posted(CHANNEL, "1700000900.000200"));
        server.postEvent(event("EvE1", inChannel(mention("<@UBOT> " + CLINIC, mentionTs))), Map.of());
        post(1);
        JsonNode slashBlocks = slashCommandAnswer(SLASH_SITUATION, "slash").get("blocks");

        // A slash command's answer is ephemeral: Slack sends no message, and the container says so (here even in
        // a thread). The metadata is what it always was.
        ObjectNode ephemeral = json.createObjectNode();
        ephemeral.putObject("channel").put("id", CHANNEL).put("name", "ai-decisions");
        ephemeral
                .putObject("container")
                .put("type", "message")
                .put("message_ts", "1700000900.000500")
                .put("channel_id", CHANNEL)
                .put("is_ephemeral", true)
                .put("thread_ts", mentionTs);
        JsonNode view = pressAndAwaitModal(button(slashBlocks, ADJUST_ACTION), ephemeral, "eph", 1);
        assertThat(view.get("private_metadata").asText()).isEqualTo("{\"channel\":\"C0TEAM\",\"lang\":\"en\"}");

        // Submitted with that metadata (as a modal opened before this change would be): privately in the channel.
        Map<String, ObjectNode> state = shownIn(view);
        state.put("data", choose(view, "data", "sensitive"));
        HttpResponse<String> ack = server.postPayload(viewSubmission(view, state));
        assertThat(ack.body()).doesNotContain("errors");

        SlackApiStub.Call privately = slack.await("chat.postEphemeral");
        assertThat(privately.param("channel")).isEqualTo(CHANNEL);
        assertThat(privately.param("user")).isEqualTo("U1");
        assertThat(privately.param("thread_ts")).isNull();
        assertThat(understood(json.readTree(privately.param("blocks"))))
                .contains("sensitive data", "a short project", "a tight budget");
        Thread.sleep(200);
        assertThat(slack.calls("chat.postMessage"))
                .as("only the mention's answer")
                .hasSize(1);

        // The answers replaced the slash-command conversation, not the thread's.
        JsonNode slashNext =
                slashCommandAnswer("and we want low latency", "slash-next").get("blocks");
        assertThat(understood(slashNext)).contains("sensitive data", "a short project", "low latency");
        server.postEvent(
                event(
                        "EvE2",
                        inThread(
                                inChannel(mention("<@UBOT> and we want low latency", "1700000900.000900")), mentionTs)),
                Map.of());
        assertThat(understood(json.readTree(post(2).param("blocks"))))
                .contains("sensitive data", "your own IT staff", "low latency")
                .doesNotContain("a short project");
    }

    // ---- the user's side: what they send, built from what the bot sent ----

    /** What chat.postMessage answers: the message's channel and ts. */
    private static String posted(String channel, String ts) {
        return "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + ts + "\"}";
    }

    private static ObjectNode inChannel(ObjectNode event) {
        return event.put("channel", CHANNEL);
    }

    private static ObjectNode inDm(ObjectNode event) {
        return event.put("channel", DM);
    }

    private static ObjectNode inThread(ObjectNode event, String threadTs) {
        return event.put("thread_ts", threadTs);
    }

    /** A signed /where-ai in {@link #CHANNEL}; the private answer, in the ack or (after slow work) at the command's response_url. */
    private JsonNode slashCommandAnswer(String text, String id) throws Exception {
        Map<String, String> form = slashCommand(text, slack.responseUrl(id));
        form.put("channel_id", CHANNEL);
        HttpResponse<String> ack = server.postForm(form);
        assertThat(ack.statusCode()).isEqualTo(200);
        return json.readTree(
                ack.body().isBlank() ? slack.await("/response/" + id).body() : ack.body());
    }

    /**
     * Where a pressed button is, as Slack describes the bot's public message {@code ts} in a block_actions payload:
     * the channel, the container (in a thread: with its thread_ts), and the message itself.
     */
    private ObjectNode onMessage(String channel, String ts, String threadTs, JsonNode blocks) {
        ObjectNode where = json.createObjectNode();
        where.putObject("channel").put("id", channel).put("name", channel.startsWith("D") ? "directmessage" : "team");
        ObjectNode container = where.putObject("container")
                .put("type", "message")
                .put("message_ts", ts)
                .put("channel_id", channel)
                .put("is_ephemeral", false);
        ObjectNode message = where.putObject("message")
                .put("type", "message")
                .put("user", "UBOT")
                .put("bot_id", "BBOT")
                .put("app_id", "A0TEST")
                .put("team", "T0TEST")
                .put("text", "Recommendation")
                .put("ts", ts);
        message.set("blocks", blocks.deepCopy());
        if (threadTs != null) {
            container.put("thread_ts", threadTs);
            message.put("thread_ts", threadTs).put("parent_user_id", "U1");
        }
        return where;
    }

    /**
     * Presses {@code button} where {@code where} says it is (a block_actions payload with the button's own action id,
     * value and text) and returns the n-th modal opened, checking it was opened with this click's trigger id.
     */
    private JsonNode pressAndAwaitModal(JsonNode button, ObjectNode where, String id, int n) throws Exception {
        ObjectNode payload = json.createObjectNode();
        payload.put("type", "block_actions").put("api_app_id", "A0TEST").put("token", "deprecated");
        payload.putObject("team").put("id", "T0TEST").put("domain", "test");
        payload.putObject("user").put("id", "U1").put("username", "anna").put("team_id", "T0TEST");
        payload.put("trigger_id", "trigger-" + id);
        payload.setAll(where);
        payload.put("response_url", slack.responseUrl(id));
        payload.putArray("actions")
                .addObject()
                .put("type", "button")
                .put("action_id", button.get("action_id").asText())
                .put("block_id", "b1")
                .put("value", button.get("value").asText())
                .put("action_ts", "1700001000.000000")
                .set("text", button.get("text"));

        HttpResponse<String> ack = server.postPayload(payload.toString());

        assertThat(ack.statusCode()).isEqualTo(200);
        slack.await("views.open", c -> slack.calls("views.open").size() >= n);
        SlackApiStub.Call open = slack.calls("views.open").get(n - 1);
        assertThat(open.param("trigger_id")).isEqualTo("trigger-" + id);
        return json.readTree(open.param("view"));
    }

    /** What Slack puts in view.state.values for a modal nobody has touched. */
    private Map<String, ObjectNode> shownIn(JsonNode view) {
        Map<String, ObjectNode> state = new LinkedHashMap<>();
        for (JsonNode block : view.get("blocks")) {
            if (!"input".equals(block.path("type").asText())) {
                continue;
            }
            JsonNode element = block.get("element");
            ObjectNode value =
                    json.createObjectNode().put("type", element.get("type").asText());
            switch (element.get("type").asText()) {
                case "static_select" -> {
                    if (element.has("initial_option")) {
                        value.set(
                                "selected_option", element.get("initial_option").deepCopy());
                    } else {
                        value.putNull("selected_option");
                    }
                }
                case "checkboxes" -> {
                    ArrayNode selected = value.putArray("selected_options");
                    element.path("initial_options").forEach(o -> selected.add(o.deepCopy()));
                }
                case "plain_text_input" -> {
                    if (element.has("initial_value")) {
                        value.put("value", element.get("initial_value").asText());
                    } else {
                        value.putNull("value");
                    }
                }
                default -> throw new AssertionError("unexpected input element " + element);
            }
            state.put(block.get("block_id").asText(), value);
        }
        return state;
    }

    /** The user picks one of the options the modal offers for {@code blockId}. */
    private ObjectNode choose(JsonNode view, String blockId, String optionValue) {
        JsonNode element = inputElement(view, blockId);
        JsonNode option = StreamSupport.stream(element.get("options").spliterator(), false)
                .filter(o -> optionValue.equals(o.get("value").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option " + optionValue + " in " + blockId));
        ObjectNode value =
                json.createObjectNode().put("type", element.get("type").asText());
        value.set("selected_option", option.deepCopy());
        return value;
    }

    /** The view_submission Slack sends: the opened view echoed back (private_metadata included) with its state. */
    private String viewSubmission(JsonNode opened, Map<String, ObjectNode> state) {
        ObjectNode root = json.createObjectNode();
        root.put("type", "view_submission").put("api_app_id", "A0TEST").put("token", "deprecated");
        root.putObject("team").put("id", "T0TEST").put("domain", "test");
        root.putObject("user").put("id", "U1").put("username", "anna").put("team_id", "T0TEST");
        root.put("trigger_id", "trigger-submit");
        ObjectNode view = opened.deepCopy();
        view.put("id", "VMODAL").put("team_id", "T0TEST").put("hash", "1700000000.abcdef");
        ObjectNode values = view.putObject("state").putObject("values");
        state.forEach((blockId, value) -> values.putObject(blockId)
                .set(inputElement(opened, blockId).get("action_id").asText(), value));
        root.set("view", view);
        root.putArray("response_urls");
        return root.toString();
    }

    // ---- reading what the bot sent ----

    /** The n-th chat.postMessage (from 1), waiting up to 5 s for it. */
    private SlackApiStub.Call post(int n) throws InterruptedException {
        slack.await("chat.postMessage", c -> slack.calls("chat.postMessage").size() >= n);
        return slack.calls("chat.postMessage").get(n - 1);
    }

    private static JsonNode button(JsonNode blocks, String actionId) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode block : blocks) {
            if ("actions".equals(block.path("type").asText())) {
                block.get("elements").forEach(e -> {
                    if (actionId.equals(e.path("action_id").asText())) {
                        found.add(e);
                    }
                });
            }
        }
        assertThat(found).as("one %s button in %s", actionId, blocks).hasSize(1);
        return found.get(0);
    }

    /** The "I understood" line, up to its first full stop. */
    private static String understood(JsonNode blocks) {
        String texts = BlockTexts.of(blocks);
        int at = texts.indexOf("I understood: ");
        assertThat(at).as("I understood in %s", texts).isNotNegative();
        return texts.substring(at, texts.indexOf('.', at));
    }

    private static JsonNode inputElement(JsonNode view, String blockId) {
        for (JsonNode block : view.get("blocks")) {
            if ("input".equals(block.path("type").asText())
                    && blockId.equals(block.path("block_id").asText())) {
                return block.get("element");
            }
        }
        throw new AssertionError("no input block " + blockId + " in " + view);
    }

    private static String initialOption(JsonNode view, String blockId) {
        return inputElement(view, blockId).at("/initial_option/value").asText(null);
    }
}
