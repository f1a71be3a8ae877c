package com.whereai.app.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.whereai.app.AppConfig;
import com.whereai.core.answer.AnswerCounters;
import com.whereai.core.answer.AnswerPath;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /health}: up, and which surfaces are switched on (never a secret). */
final class HealthServlet extends HttpServlet {

    private final transient ObjectMapper json = new ObjectMapper();
    private final transient AnswerCounters counters;
    private final ObjectNode base;

    HealthServlet(AppConfig config, AnswerCounters counters) {
        this.counters = counters;
        ObjectNode node = json.createObjectNode();
        node.put("status", "ok");
        node.put(
                "slack", config.slackEnabled() ? (config.slackAppToken().isPresent() ? "socket-mode" : "http") : "off");
        node.put("teams", config.teamsAuthenticated() ? "authenticated" : "local");
        node.put("ollama", config.ollamaBaseUrl().isPresent() ? "configured" : "off");
        node.put("lang", config.defaultLang().code());
        this.base = node;
    }

    /** Up, the surfaces, and answers counted by path with their feedback (never questions or answers). */
    private String body() {
        ObjectNode node = base.deepCopy();
        ObjectNode answers = node.putObject("answers");
        for (AnswerPath path : AnswerPath.values()) {
            answers.put(path.name().toLowerCase(java.util.Locale.ROOT), counters.answers(path));
        }
        node.putObject("feedback").put("up", counters.thumbsUp()).put("down", counters.thumbsDown());
        return node.toString();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body());
    }
}
