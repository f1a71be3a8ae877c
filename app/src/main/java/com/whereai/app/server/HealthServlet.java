package com.whereai.app.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.app.AppConfig;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /health}: up, and which surfaces are switched on (never a secret). */
final class HealthServlet extends HttpServlet {

    private final transient ObjectMapper json = new ObjectMapper();
    private final String body;

    HealthServlet(AppConfig config) {
        ObjectNode node = json.createObjectNode();
        node.put("status", "ok");
        node.put("slack", config.slackEnabled() ? (config.slackAppToken().isPresent() ? "socket-mode" : "http") : "off");
        node.put("teams", config.teamsAuthenticated() ? "authenticated" : "local");
        node.put("ollama", config.ollamaBaseUrl().isPresent() ? "configured" : "off");
        node.put("lang", config.defaultLang().code());
        this.body = node.toString();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body);
    }
}
