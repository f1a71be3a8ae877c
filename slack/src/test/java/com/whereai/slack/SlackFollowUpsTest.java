package com.whereai.slack;

import static com.whereai.slack.support.SlackPayloads.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.core.WhereAiBot;
import com.whereai.slack.render.ButtonValue;
import com.whereai.slack.support.SlackApiStub;
import com.whereai.slack.support.SlackTestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups in Slack (issue 8), through the real Jetty server with signed requests: a thread, a DM and a user's
 * slash commands in a channel are each a conversation whose last situation the next message is read against.
 */
class SlackFollowUpsTest {

    private static final String MUNICIPALITY =
            "vi är en kommun med känsliga personuppgifter och en IT-avdelning, vad ska vi välja?";

    private final ObjectMapper json = new ObjectMapper();
    private SlackApiStub slack;
    private SlackTestServer server;

    @BeforeEach
    void start() throws Exception {
        slack = new SlackApiStub();
        server = new SlackTestServer(slack, new WhereAiBot(SlackTestServer.GUIDE, retrieval -> retrieval));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        slack.close();
    }

    @Test
    void a_follow_up_in_a_slack_thread_is_read_against_the_situation_before() throws Exception {
        server.postEvent(event("EvF1", mention("<@UBOT> " + MUNICIPALITY, "1700000100.000100")), Map.of());
        SlackApiStub.Call first = post(1);
        assertThat(first.param("thread_ts")).isEqualTo("1700000100.000100");
        assertThat(understood(first, "Jag förstod")).contains("känslig data", "egen IT-personal");
        assertThat(first.param("blocks")).doesNotContain("Läst tillsammans");

        server.postEvent(
                event(
                        "EvF2",
                        inThread(
                                mention("<@UBOT> och vi har ingen IT-avdelning", "1700000100.000900"),
                                "1700000100.000100")),
                Map.of());

        SlackApiStub.Call second = post(2);
        assertThat(second.param("thread_ts")).isEqualTo("1700000100.000100");
        String shown = BlockTexts.of(json.readTree(second.param("blocks")));
        assertThat(shown)
                .contains(
                        "du lade till: ingen IT-personal",
                        "Läst tillsammans med det du berättat tidigare i konversationen – "
                                + "skriv 'börja om' för att glömma det.");
        assertThat(understood(second, "Jag förstod"))
                .contains("känslig data", "ingen IT-personal")
                .doesNotContain("egen IT-personal");
        assertThat(shown)
                .as("what changed against the answer before")
                .containsPattern(
                        "(Nu hamnar .+ först i stället för .+, eftersom|Fortfarande .+ först.*;) du lade till: ingen IT-personal\\.");
    }

    @Test
    void another_thread_in_the_same_channel_is_another_conversation() throws Exception {
        server.postEvent(event("EvF3", mention("<@UBOT> " + MUNICIPALITY, "1700000200.000100")), Map.of());
        post(1);

        server.postEvent(
                event("EvF4", mention("<@UBOT> och vi har ingen IT-avdelning", "1700000200.000500")), Map.of());

        SlackApiStub.Call other = post(2);
        assertThat(other.param("thread_ts")).isEqualTo("1700000200.000500");
        assertThat(understood(other, "Jag förstod"))
                .contains("ingen IT-personal")
                .doesNotContain("känslig data");
        assertThat(other.param("blocks")).doesNotContain("Läst tillsammans");
    }

    @Test
    void a_direct_message_conversation_follows_up_and_starts_over() throws Exception {
        server.postEvent(
                event(
                        "EvD1",
                        directMessage(
                                "we have patient records and our own IT department, what should we choose?",
                                "1700000300.000100")),
                Map.of());
        assertThat(post(1).param("channel")).isEqualTo("D1");

        server.postEvent(event("EvD2", directMessage("and we have no IT staff", "1700000300.000200")), Map.of());
        SlackApiStub.Call second = post(2);
        assertThat(second.param("blocks")).contains("you added: no IT staff", "Read with what you told me earlier");
        assertThat(understood(second, "I understood")).contains("sensitive data", "no IT staff");

        server.postEvent(event("EvD3", directMessage("start over", "1700000300.000300")), Map.of());
        assertThat(post(3).param("blocks")).containsAnyOf("Starting over", "Vi börjar om");

        server.postEvent(event("EvD4", directMessage("why not 2b?", "1700000300.000400")), Map.of());
        SlackApiStub.Call whyNot = post(4);
        assertThat(whyNot.param("blocks")).contains("2B").doesNotContain("Read with what");
        assertThat(understood(whyNot, "I found nothing")).isNotEmpty();
    }

    @Test
    void a_users_slash_commands_in_a_channel_follow_up_and_share_the_whole_situation() throws Exception {
        server.slashCommandAnswer("recommend we have patient records and our own IT department", slack, "s1");

        JsonNode blocks = json.readTree(server.slashCommandAnswer("and we have no IT staff", slack, "s2"))
                .get("blocks");
        assertThat(blocks.toString()).contains("you added: no IT staff", "Read with what you told me earlier");
        assertThat(BlockTexts.of(blocks)).containsPattern("I understood: [^.]*sensitive data[^.]*no IT staff");
        String share = blocks.findValues("elements").stream()
                .flatMap(e -> java.util.stream.StreamSupport.stream(e.spliterator(), false))
                .filter(e -> "where-ai.share".equals(e.path("action_id").asText()))
                .findFirst()
                .orElseThrow()
                .get("value")
                .asText();
        assertThat(ButtonValue.decode(share).orElseThrow().command())
                .as("Share replays the whole situation, not the follow-up alone")
                .isEqualTo("recommend sensitive-data no-it-staff");
    }

    /** The "I understood" line of a posted card, from {@code start} to its full stop. */
    private String understood(SlackApiStub.Call post, String start) throws Exception {
        String texts = BlockTexts.of(json.readTree(post.param("blocks")));
        int at = texts.indexOf(start);
        assertThat(at).as("%s in %s", start, texts).isNotNegative();
        return texts.substring(at, texts.indexOf('.', at));
    }

    /** The n-th chat.postMessage (from 1), waiting up to 5 s for it. */
    private SlackApiStub.Call post(int n) throws InterruptedException {
        slack.await("chat.postMessage", c -> slack.calls("chat.postMessage").size() >= n);
        return slack.calls("chat.postMessage").get(n - 1);
    }

    private static ObjectNode inThread(ObjectNode event, String threadTs) {
        return event.put("thread_ts", threadTs);
    }
}
