package com.whereai.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.bolt.App;
import com.whereai.core.WhereAiBot;
import com.whereai.knowledge.Lang;
import com.whereai.slack.support.SlackApiStub;
import com.whereai.slack.support.SlackPayloads;
import com.whereai.slack.support.SlackTestServer;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode against a local WebSocket server playing Slack: apps.connections.open (answered by the API
 * stub) hands out its URL, it delivers a slash-command envelope, and where-ai acks the envelope and answers.
 */
class SlackSocketModeTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_slash_command_envelope_is_acked_and_answered_over_socket_mode() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        BlockingQueue<WebSocket> connected = new LinkedBlockingQueue<>();
        WebSocketServer slackSocket = new WebSocketServer(new InetSocketAddress("127.0.0.1", 0)) {
            @Override
            public void onOpen(WebSocket conn, ClientHandshake handshake) {
                conn.send("{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A0TEST\"}}");
                connected.add(conn);
            }

            @Override
            public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

            @Override
            public void onMessage(WebSocket conn, String message) {
                received.add(message);
            }

            @Override
            public void onError(WebSocket conn, Exception ex) {}

            @Override
            public void onStart() {}
        };
        slackSocket.setReuseAddr(true);
        slackSocket.start();
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try (SlackApiStub slack = new SlackApiStub()) {
            waitForPort(slackSocket);
            slack.answer(
                    "apps.connections.open",
                    "{\"ok\":true,\"url\":\"ws://127.0.0.1:" + slackSocket.getPort() + "/link\"}");
            App app = WhereAiSlackApp.create(
                    new SlackSettings(
                            SlackTestServer.SECRET, "xoxb-test", Optional.of("xapp-test"), slack.apiUrl(), Lang.EN),
                    new WhereAiBot(SlackTestServer.GUIDE, r -> r),
                    SlackTestServer.GUIDE,
                    workers);
            try (SlackSocketMode socketMode = SlackSocketMode.start(app, "xapp-test")) {
                WebSocket conn = connected.poll(10, TimeUnit.SECONDS);
                assertThat(conn).as("where-ai connected to the WebSocket URL").isNotNull();
                assertThat(slack.await("apps.connections.open")).isNotNull();

                ObjectNode envelope = json.createObjectNode()
                        .put("envelope_id", "env-1")
                        .put("type", "slash_commands")
                        .put("accepts_response_payload", true);
                ObjectNode payload = envelope.putObject("payload");
                SlackPayloads.slashCommand("compare 1 2b", slack.responseUrl("socket"))
                        .forEach(payload::put);
                conn.send(envelope.toString());

                String ack = received.poll(10, TimeUnit.SECONDS);
                assertThat(ack).as("the envelope is acknowledged").isNotNull();
                assertThat(json.readTree(ack).get("envelope_id").asText()).isEqualTo("env-1");
                JsonNode answer = json.readTree(ack).get("payload");
                assertThat(answer.get("blocks").toString())
                        .as("an answer computed at once rides on the envelope's ack")
                        .contains("Comparison according to the guide");
            }
        } finally {
            slackSocket.stop(1000);
            workers.shutdownNow();
        }
    }

    private static void waitForPort(WebSocketServer server) throws InterruptedException {
        for (int i = 0; i < 200 && server.getPort() <= 0; i++) {
            Thread.sleep(10);
        }
        Thread.sleep(100);
    }
}
