package com.whereai.teams;

import static com.whereai.teams.support.Activities.message;
import static com.whereai.teams.support.Activities.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.knowledge.Lang;
import com.whereai.teams.support.BotConnectorStub;
import com.whereai.teams.support.TeamsTestServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Adjust" as a user goes through it in Teams, through the real Jetty server: a message describes the team, the
 * reply card's Adjust button (an Action.Submit) brings the questionnaire card prefilled with what was understood,
 * one answer is changed and the card submitted, and the corrected recommendation comes back in the same
 * conversation. What is sent back is what Teams sends: the pressed action's data, and for the questionnaire the
 * submit action's data merged with every input's value, all taken from the cards the bot sent.
 */
class TeamsAdjustRoundTripTest {

    private static final String CONVERSATION = "a:conv-clinic";

    private final ObjectMapper json = new ObjectMapper();
    private BotConnectorStub connector;
    private TeamsTestServer server;
    private int activities;

    @BeforeEach
    void start() throws Exception {
        connector = new BotConnectorStub();
        server = new TeamsTestServer(new TeamsSettings(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                TeamsSettings.DEFAULT_LOGIN_URL,
                Optional.empty(),
                Lang.SV));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        connector.close();
    }

    @Test
    void adjusting_brings_the_questionnaire_with_what_was_understood_and_answers_in_the_same_conversation()
            throws Exception {
        // 1. The user describes their situation; the reply card is a recommendation with an Adjust button.
        JsonNode first =
                says("we are a clinic with patient records and an IT department, what should we choose?", "en-US", 1);
        String firstTitle = title(first);
        assertThat(firstTitle).startsWith("Recommendation: ");
        assertThat(understood(first, "I understood: "))
                .contains("sensitive data", "your own IT staff")
                .doesNotContain("no IT staff");
        assertThat(under(first, "Ruled out for you")).doesNotContain("2A Own server");
        String promisedTop = wouldComeFirst(first, "With \"no IT staff\", (.+?) would come first");
        JsonNode adjust = action(first, "Adjust");
        assertThat(adjust.at("/data/whereai").asText()).isEqualTo("change");
        assertThat(adjust.at("/data/lang").asText()).isEqualTo("en");

        // 2. Pressing it: Teams sends the action's data as the activity's value, in the same conversation.
        JsonNode questionnaire = presses(adjust.get("data"), "en-US", 2);
        assertThat(title(questionnaire)).isEqualTo("Where should your AI live?");
        assertThat(input(questionnaire, "data").get("type").asText()).isEqualTo("Input.ChoiceSet");
        assertThat(input(questionnaire, "data").path("value").asText()).isEqualTo("sensitive");
        assertThat(input(questionnaire, "expertise").path("value").asText()).isEqualTo("it-staff");
        assertThat(input(questionnaire, "needs.certifications").get("type").asText())
                .isEqualTo("Input.Toggle");
        assertThat(input(questionnaire, "needs.certifications").get("value").asText())
                .isEqualTo("true");
        assertThat(input(questionnaire, "needs.offline").get("value").asText()).isEqualTo("false");
        for (String unanswered : List.of("quality", "budget", "scale", "traffic", "horizon", "model-size", "vram")) {
            assertThat(input(questionnaire, unanswered).has("value"))
                    .as("%s is not prefilled", unanswered)
                    .isFalse();
        }
        JsonNode recommend = action(questionnaire, "Recommend");
        assertThat(recommend.at("/data/whereai").asText()).isEqualTo("questionnaire");

        // 3. The user keeps what was understood, says they have no IT staff, and submits the card.
        Map<String, String> inputs = shownIn(questionnaire);
        inputs.put("expertise", choice(questionnaire, "expertise", "no-it-staff"));
        JsonNode corrected = presses(submitted(recommend, inputs), "en-US", 3);

        // 4. The corrected recommendation, in the same conversation, with the change visible.
        assertThat(understood(corrected, "I understood: "))
                .contains("sensitive data", "no IT staff", "certification requirements")
                .doesNotContain("your own IT staff");
        assertThat(title(corrected))
                .as("the option the first answer said would come first with no IT staff")
                .isEqualTo("Recommendation: " + promisedTop)
                .isNotEqualTo(firstTitle);
        assertThat(under(corrected, "Ruled out for you")).contains("- 2A Own server – No IT staff:");
        assertThat(action(corrected, "Adjust").at("/data/command").asText())
                .as("Adjust on the corrected card carries the corrected answers")
                .contains("no-it-staff")
                .doesNotContain(" it-staff");
        assertThat(connector.replies())
                .as("every reply went to the one conversation")
                .allMatch(c -> c.path().startsWith("/v3/conversations/" + CONVERSATION + "/activities/"));
    }

    @Test
    void justera_gives_the_questionnaire_in_swedish_and_the_corrected_recommendation_in_swedish() throws Exception {
        JsonNode first =
                says("vi är en vårdcentral med patientjournaler och en IT-avdelning, vad ska vi välja?", "sv-SE", 1);
        assertThat(title(first)).startsWith("Rekommendation: ");
        assertThat(understood(first, "Jag förstod: "))
                .contains("känslig data", "egen IT-personal")
                .doesNotContain("ingen IT-personal");
        String promisedTop = wouldComeFirst(first, "Med \"ingen IT-personal\" skulle (.+?) komma först");
        JsonNode adjust = action(first, "Justera");
        assertThat(adjust.at("/data/whereai").asText()).isEqualTo("change");
        assertThat(adjust.at("/data/lang").asText()).isEqualTo("sv");

        JsonNode questionnaire = presses(adjust.get("data"), "sv-SE", 2);
        assertThat(title(questionnaire)).isEqualTo("Var ska er AI bo?");
        assertThat(input(questionnaire, "data").get("label").asText()).isEqualTo("Hur känslig är datan?");
        assertThat(input(questionnaire, "data").path("value").asText()).isEqualTo("sensitive");
        assertThat(input(questionnaire, "expertise").path("value").asText()).isEqualTo("it-staff");
        assertThat(input(questionnaire, "needs.certifications").get("title").asText())
                .isEqualTo("Vi behöver branschcertifieringar (t.ex. vård, finans)");
        assertThat(input(questionnaire, "needs.certifications").get("value").asText())
                .isEqualTo("true");

        Map<String, String> inputs = shownIn(questionnaire);
        inputs.put("expertise", choice(questionnaire, "expertise", "no-it-staff"));
        JsonNode corrected = presses(submitted(action(questionnaire, "Rekommendera"), inputs), "sv-SE", 3);

        assertThat(understood(corrected, "Jag förstod: "))
                .contains("känslig data", "ingen IT-personal", "krav på certifieringar")
                .doesNotContain("egen IT-personal");
        assertThat(title(corrected)).isEqualTo("Rekommendation: " + promisedTop);
        assertThat(under(corrected, "Uteslutna för er")).contains("- 2A Egen server – Ingen IT-personal:");
        assertThat(connector.replies())
                .allMatch(c -> c.path().startsWith("/v3/conversations/" + CONVERSATION + "/activities/"));
    }

    // ---- the user's side ----

    /** A message from the user in {@link #CONVERSATION}; the n-th card the bot sent there. */
    private JsonNode says(String text, String locale, int n) throws Exception {
        ObjectNode activity = message(connector.serviceUrl(), text, "personal", locale);
        return post(activity, n);
    }

    /** A pressed Action.Submit in {@link #CONVERSATION}: its data is the activity's value, with no text. */
    private JsonNode presses(JsonNode value, String locale, int n) throws Exception {
        ObjectNode activity = submit(connector.serviceUrl(), (ObjectNode) value.deepCopy());
        activity.put("locale", locale).put("replyToId", "reply-1");
        activity.putObject("channelData").putObject("source").put("name", "message");
        return post(activity, n);
    }

    private JsonNode post(ObjectNode activity, int n) throws Exception {
        activities++;
        activity.put("id", "activity-" + activities);
        ((ObjectNode) activity.get("conversation")).put("id", CONVERSATION);

        HttpResponse<String> response = server.post(activity.toString(), null);

        assertThat(response.statusCode()).isIn(200, 202);
        connector.await(c -> cards().size() >= n);
        BotConnectorStub.Call reply = cards().get(n - 1);
        assertThat(reply.path())
                .as("answered in the same conversation, to the activity just sent")
                .isEqualTo("/v3/conversations/" + CONVERSATION + "/activities/activity-" + activities);
        JsonNode message = reply.json();
        assertThat(message.at("/attachments/0/contentType").asText())
                .isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(message.path("summary").asText()).isNotBlank();
        return message.at("/attachments/0/content");
    }

    /** The messages (typing indicators left out) the bot sent. */
    private List<BotConnectorStub.Call> cards() {
        return connector.replies().stream()
                .filter(c -> "message".equals(c.json().path("type").asText()))
                .toList();
    }

    /**
     * The value of every input as the card shows it, the way Teams sends it: the choice set's value, "true" or
     * "false" for a toggle, the text typed; an empty string for an input left empty.
     */
    private static Map<String, String> shownIn(JsonNode card) {
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode input : inputs(card)) {
            values.put(input.get("id").asText(), input.path("value").asText(""));
        }
        return values;
    }

    /** One of the choices the card offers for a choice set. */
    private static String choice(JsonNode card, String id, String value) {
        for (JsonNode c : input(card, id).get("choices")) {
            if (value.equals(c.get("value").asText())) {
                return value;
            }
        }
        throw new AssertionError("no choice " + value + " for " + id);
    }

    /** What Teams sends for a submitted card: the submit action's data merged with the inputs' values. */
    private JsonNode submitted(JsonNode submitAction, Map<String, String> inputs) {
        ObjectNode value = submitAction.get("data").deepCopy();
        inputs.forEach(value::put);
        return value;
    }

    // ---- reading the cards the bot sent ----

    private static String title(JsonNode card) {
        return card.at("/body/0/text").asText();
    }

    /** The card's Action.Submit with this title (exactly one). */
    private static JsonNode action(JsonNode card, String title) {
        List<JsonNode> found = new ArrayList<>();
        card.path("actions").forEach(a -> {
            if ("Action.Submit".equals(a.path("type").asText())
                    && title.equals(a.path("title").asText())) {
                found.add(a);
            }
        });
        assertThat(found).as("one action %s in %s", title, card.path("actions")).hasSize(1);
        return found.get(0);
    }

    /** The "I understood" note, up to its first full stop. */
    private static String understood(JsonNode card, String start) {
        for (JsonNode element : card.get("body")) {
            String text = element.path("text").asText();
            if (text.startsWith(start)) {
                return text.substring(0, text.indexOf('.'));
            }
        }
        throw new AssertionError("no " + start + " in " + card);
    }

    /** The text block under a heading; empty when the card has no such heading. */
    private static String under(JsonNode card, String heading) {
        JsonNode body = card.get("body");
        for (int i = 0; i + 1 < body.size(); i++) {
            if (heading.equals(body.get(i).path("text").asText())
                    && "Bolder".equals(body.get(i).path("weight").asText())) {
                return body.get(i + 1).path("text").asText();
            }
        }
        return "";
    }

    /** The option named in "What would change the answer" by the pattern's group. */
    private static String wouldComeFirst(JsonNode card, String pattern) {
        for (JsonNode element : card.get("body")) {
            Matcher m = Pattern.compile(pattern).matcher(element.path("text").asText());
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no /" + pattern + "/ in " + card);
    }

    private static List<JsonNode> inputs(JsonNode card) {
        List<JsonNode> inputs = new ArrayList<>();
        card.get("body").forEach(e -> {
            if (e.path("type").asText().startsWith("Input.")) {
                inputs.add(e);
            }
        });
        return inputs;
    }

    private static JsonNode input(JsonNode card, String id) {
        return inputs(card).stream()
                .filter(i -> id.equals(i.path("id").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no input " + id + " in " + card));
    }
}
