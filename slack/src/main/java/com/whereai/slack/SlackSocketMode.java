package com.whereai.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack over Socket Mode: where-ai opens a WebSocket to Slack (apps.connections.open), so no public URL is
 * needed — what an on-premise install behind a firewall wants.
 */
public final class SlackSocketMode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlackSocketMode.class);

    private final SocketModeApp socket;

    private SlackSocketMode(SocketModeApp socket) {
        this.socket = socket;
    }

    public static SlackSocketMode start(App app, String appToken) {
        try {
            SocketModeApp socket = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
            socket.startAsync();
            LOG.info("Slack Socket Mode connected");
            return new SlackSocketMode(socket);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Slack Socket Mode could not connect (check SLACK_APP_TOKEN, an xapp- token with "
                            + "connections:write): " + e.getMessage(),
                    e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (Exception e) {
            LOG.warn("Slack Socket Mode did not close cleanly: {}", e.toString());
        }
    }
}
