package com.whereai.app.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The probes a platform (Kubernetes, a load balancer) asks: {@code GET /health/live} is 200 while the process runs;
 * {@code GET /health/ready} is 200 when the server takes traffic and 503 while it starts or drains.
 */
final class ProbeServlet extends HttpServlet {

    private final transient Readiness readiness;
    private final boolean liveness;

    private ProbeServlet(Readiness readiness, boolean liveness) {
        this.readiness = readiness;
        this.liveness = liveness;
    }

    static ProbeServlet liveness() {
        return new ProbeServlet(null, true);
    }

    static ProbeServlet readiness(Readiness readiness) {
        return new ProbeServlet(readiness, false);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String status = liveness ? "live" : readiness.state().label();
        response.setStatus(
                liveness || readiness.ready() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"status\":\"" + status + "\"}");
    }
}
