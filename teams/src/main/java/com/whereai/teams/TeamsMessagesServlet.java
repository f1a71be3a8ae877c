package com.whereai.teams;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;

/**
 * POST /api/messages. Without an app id the endpoint is for local testing (Bot Framework Emulator) and
 * answers only callers on this machine: a request relayed by a proxy (X-Forwarded-For, Forwarded) is
 * refused too, since through a tunnel every caller would look local.
 */
public final class TeamsMessagesServlet extends HttpServlet {

    private static final int MAX_BODY = 256 * 1024;

    private final transient TeamsEndpoint endpoint;

    public TeamsMessagesServlet(TeamsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!endpoint.authenticated()
                && (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()
                        || request.getHeader("X-Forwarded-For") != null
                        || request.getHeader("Forwarded") != null)) {
            write(
                    response,
                    new TeamsEndpoint.Outcome(
                            403,
                            "{\"error\":\"without MICROSOFT_APP_ID the Teams endpoint only answers this machine\"}"));
            return;
        }
        byte[] bytes = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            write(response, new TeamsEndpoint.Outcome(413, "{\"error\":\"activity too large\"}"));
            return;
        }
        write(response, endpoint.handle(new String(bytes, StandardCharsets.UTF_8), request.getHeader("Authorization")));
    }

    private static void write(HttpServletResponse response, TeamsEndpoint.Outcome outcome) throws IOException {
        response.setStatus(outcome.status());
        if (!outcome.body().isEmpty()) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(outcome.body());
        }
    }
}
