package com.whereai.app.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** An endpoint whose surface is not switched on: 404 with a line saying how to switch it on. */
final class SwitchedOffServlet extends HttpServlet {

    private final String body;

    SwitchedOffServlet(String reason) {
        this.body = new ObjectMapper().createObjectNode().put("error", reason).toString();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}
