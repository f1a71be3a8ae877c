package com.whereai.slack;

import static com.whereai.slack.support.SlackPayloads.blockAction;
import static com.whereai.slack.support.SlackPayloads.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.slack.render.ButtonValue;
import com.whereai.slack.support.SlackApiStub;
import com.whereai.slack.support.SlackTestServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Adjust" as a user goes through it in Slack, through the real Jetty server with signed requests: a slash command
 * describes the team, the private answer's Adjust button opens the questionnaire prefilled with what was understood,
 * one answer is changed, and the corrected recommendation comes back privately where the user started. Every value
 * sent back (the button's value, the trigger, the modal's private_metadata, the prefilled answers) is taken from
 * what the bot sent to the recording stub.
 */
class SlackAdjustRoundTripTest {

    private static final String CLINIC =
            "we are a clinic with patient records and an IT department, what should we choose?";
    /** Not C1 (the stub's and the payload helpers' default), so "the same channel" cannot pass by accident. */
    private static final String CHANNEL = "C0CLINIC";

    private static final String ADJUST_ACTION = "where-ai.questionnaire";

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
    void adjusting_a_recommendation_opens_the_questionnaire_with_what_was_understood_and_answers_in_the_same_channel()
            throws Exception {
        // 1. The user describes their situation; the private answer is a recommendation with an Adjust button.
        JsonNode answer = slashCommandAnswer(CLINIC, "clinic");
        JsonNode blocks = answer.get("blocks");
        assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
        String firstTitle = header(blocks);
        assertThat(firstTitle).startsWith("Recommendation: ");
        assertThat(understood(blocks))
                .contains("sensitive data", "your own IT staff")
                .doesNotContain("no IT staff");
        String promisedTop = wouldComeFirstWith(blocks, "no IT staff");
        JsonNode adjust = button(blocks, ADJUST_ACTION);
        assertThat(adjust.at("/text/text").asText()).isEqualTo("Adjust");

        // 2. Pressing it in that channel opens the questionnaire modal with the click's trigger id.
        JsonNode view = pressAndAwaitModal(adjust, "press1", 1);
        assertThat(view.get("type").asText()).isEqualTo("modal");
        assertThat(view.get("callback_id").asText()).isEqualTo(ADJUST_ACTION);
        assertThat(view.at("/title/text").asText()).isEqualTo("Where should AI run?");
        assertThat(view.at("/submit/text").asText()).isEqualTo("Recommend");
        JsonNode metadata = json.readTree(view.get("private_metadata").asText());
        assertThat(metadata.get("channel").asText()).isEqualTo(CHANNEL);
        assertThat(metadata.get("lang").asText()).isEqualTo("en");

        // ... prefilled with what was understood, and nothing else.
        assertThat(initialOption(view, "data")).isEqualTo("sensitive");
        assertThat(initialOption(view, "expertise")).isEqualTo("it-staff");
        assertThat(initialOptions(view, "needs")).contains("certifications");
        for (String unanswered : List.of("quality", "budget", "scale", "traffic", "horizon")) {
            assertThat(inputElement(view, unanswered).has("initial_option"))
                    .as("%s is not prefilled", unanswered)
                    .isFalse();
        }
        assertThat(inputElement(view, "model-size").has("initial_value")).isFalse();
        assertThat(inputElement(view, "vram").has("initial_value")).isFalse();
        assertThat(slack.calls("chat.postEphemeral"))
                .as("pressing Adjust only opens the modal")
                .isEmpty();

        // 3. The user keeps the prefilled answers but says they have no IT staff, and submits.
        Map<String, ObjectNode> state = shownIn(view);
        state.put("expertise", choose(view, "expertise", "no-it-staff"));
        HttpResponse<String> ack = server.postPayload(viewSubmission(view, state));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).doesNotContain("response_action", "errors");

        // 4. The corrected recommendation comes back privately, in the channel where the user started.
        SlackApiStub.Call corrected = slack.await("chat.postEphemeral");
        assertThat(corrected.param("channel")).isEqualTo(CHANNEL);
        assertThat(corrected.param("user")).isEqualTo("U1");
        assertThat(corrected.param("text")).isNotBlank();
        JsonNode correctedBlocks = json.readTree(corrected.param("blocks"));
        assertThat(understood(correctedBlocks))
                .startsWith("I understood: ")
                .contains("sensitive data", "no IT staff", "certification requirements")
                .doesNotContain("your own IT staff");
        assertThat(header(correctedBlocks))
                .as("the option the first answer said would come first with no IT staff")
                .isEqualTo("Recommendation: " + promisedTop)
                .isNotEqualTo(firstTitle);
        assertThat(section(blocks, "Ruled out for you")).doesNotContain("2A Own server");
        assertThat(section(correctedBlocks, "Ruled out for you")).contains("• 2A Own server – No IT staff:");
        assertThat(slack.calls("chat.postMessage")).as("nothing public").isEmpty();
        assertThat(slack.calls())
                .as("the first answer came in the ack, and the slash command's response_url is never used")
                .noneMatch(c -> c.path().startsWith("/response/"));

        // 5. The corrected answer's own Adjust reopens the questionnaire with the corrected answers.
        JsonNode reopened = pressAndAwaitModal(button(correctedBlocks, ADJUST_ACTION), "press2", 2);
        assertThat(initialOption(reopened, "expertise")).isEqualTo("no-it-staff");
        assertThat(initialOption(reopened, "data")).isEqualTo("sensitive");
        assertThat(initialOptions(reopened, "needs")).contains("certifications");
    }

    @Test
    void an_unreadable_figure_in_the_adjusted_questionnaire_is_marked_in_the_modal_and_nothing_is_posted()
            throws Exception {
        JsonNode adjust = button(slashCommandAnswer(CLINIC, "figures").get("blocks"), ADJUST_ACTION);
        JsonNode view = pressAndAwaitModal(adjust, "press", 1);

        Map<String, ObjectNode> state = shownIn(view);
        state.put("vram", typed(view, "vram", "lots"));
        HttpResponse<String> refused = server.postPayload(viewSubmission(view, state));

        assertThat(refused.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(refused.body());
        assertThat(body.get("response_action").asText()).isEqualTo("errors");
        assertThat(body.at("/errors/vram").asText()).isEqualTo("Write a number of GB, e.g. 24 or 2x24.");
        assertThat(body.get("errors").size()).as("only the unreadable figure").isEqualTo(1);
        Thread.sleep(300);
        assertThat(slack.calls("chat.postEphemeral")).isEmpty();
        assertThat(slack.calls("chat.postMessage")).isEmpty();

        // Fixed in the same modal, the submission goes through to the channel where the user started.
        state.put("vram", typed(view, "vram", "24"));
        HttpResponse<String> accepted = server.postPayload(viewSubmission(view, state));

        assertThat(accepted.body()).doesNotContain("errors");
        SlackApiStub.Call post = slack.await("chat.postEphemeral");
        assertThat(post.param("channel")).isEqualTo(CHANNEL);
        assertThat(understood(json.readTree(post.param("blocks"))))
                .contains("sensitive data", "your own IT staff", "24 GB of VRAM");
    }

    @Test
    void after_adjusting_the_next_slash_command_in_the_channel_follows_up_on_the_corrected_answers() throws Exception {
        JsonNode adjust = button(slashCommandAnswer(CLINIC, "first").get("blocks"), ADJUST_ACTION);
        JsonNode view = pressAndAwaitModal(adjust, "press", 1);
        Map<String, ObjectNode> state = shownIn(view);
        state.put("expertise", choose(view, "expertise", "no-it-staff"));
        server.postPayload(viewSubmission(view, state));
        slack.await("chat.postEphemeral");

        JsonNode followUp =
                slashCommandAnswer("and we want low latency", "follow-up").get("blocks");

        assertThat(understood(followUp))
                .contains("sensitive data", "no IT staff", "low latency")
                .doesNotContain("your own IT staff");
    }

    // ---- the user's side: what they send, built from what the bot sent ----

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
     * Presses a button of an ephemeral message in {@link #CHANNEL} (a block_actions payload with the button's own
     * action id and value) and returns the n-th modal opened, checking it was opened with this click's trigger id.
     */
    private JsonNode pressAndAwaitModal(JsonNode button, String id, int n) throws Exception {
        ObjectNode payload = (ObjectNode) json.readTree(blockAction(
                button.get("action_id").asText(), button.get("value").asText(), slack.responseUrl(id)));
        ((ObjectNode) payload.get("channel")).put("id", CHANNEL);
        payload.put("trigger_id", "trigger-" + id);
        ((ObjectNode) payload.get("container")).put("channel_id", CHANNEL).put("is_ephemeral", true);
        ((ObjectNode) payload.at("/actions/0")).set("text", button.get("text"));

        HttpResponse<String> ack = server.postPayload(payload.toString());

        assertThat(ack.statusCode()).isEqualTo(200);
        slack.await("views.open", c -> slack.calls("views.open").size() >= n);
        SlackApiStub.Call open = slack.calls("views.open").get(n - 1);
        assertThat(open.param("trigger_id")).isEqualTo("trigger-" + id);
        return json.readTree(open.param("view"));
    }

    /**
     * What Slack puts in view.state.values for a modal nobody has touched: for each input block, its element
     * (under its action id) with the option(s) or text it was opened with.
     */
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

    /** The user types into the text input {@code blockId}. */
    private ObjectNode typed(JsonNode view, String blockId, String text) {
        return json.createObjectNode()
                .put("type", inputElement(view, blockId).get("type").asText())
                .put("value", text);
    }

    /**
     * The view_submission Slack sends: the opened view echoed back (callback id, private_metadata, blocks) with
     * the state of its inputs, keyed by block id and the element's action id.
     */
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
        JsonNode button = found.get(0);
        assertThat(ButtonValue.decode(button.get("value").asText()))
                .as("a where-ai button value")
                .isPresent();
        return button;
    }

    private static String header(JsonNode blocks) {
        assertThat(blocks.get(0).get("type").asText()).isEqualTo("header");
        return blocks.get(0).at("/text/text").asText();
    }

    /** The "I understood" line, up to its first full stop. */
    private static String understood(JsonNode blocks) {
        String texts = BlockTexts.of(blocks);
        int at = texts.indexOf("I understood: ");
        assertThat(at).as("I understood in %s", texts).isNotNegative();
        return texts.substring(at, texts.indexOf('.', at));
    }

    /** The text of the section under a bold heading, up to the next heading. */
    private static String section(JsonNode blocks, String heading) {
        String texts = BlockTexts.of(blocks);
        int at = texts.indexOf("*" + heading + "*");
        if (at < 0) {
            return "";
        }
        int next = texts.indexOf("\n*", at + heading.length() + 2);
        return texts.substring(at, next < 0 ? texts.length() : next);
    }

    /** The option that "What would change the answer" says would come first with {@code signal} added. */
    private static String wouldComeFirstWith(JsonNode blocks, String signal) {
        Matcher m = Pattern.compile("With \"" + Pattern.quote(signal) + "\", (.+?) would come first")
                .matcher(BlockTexts.of(blocks));
        assertThat(m.find())
                .as("what would change with %s in %s", signal, BlockTexts.of(blocks))
                .isTrue();
        return m.group(1);
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

    private static List<String> initialOptions(JsonNode view, String blockId) {
        List<String> values = new ArrayList<>();
        inputElement(view, blockId)
                .path("initial_options")
                .forEach(o -> values.add(o.get("value").asText()));
        return values;
    }
}
