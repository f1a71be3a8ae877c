package com.whereai.app.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * The probes a platform (Kubernetes, a load balancer) asks: {@code GET /health/live} is 200 while the process runs;
 * {@code GET /health/ready} is 200 when the server takes traffic and 503 while it starts or drains. Readiness also
 * says whether the state database is answering, but does not depend on it: every replica shares that database, and
 * the bot answers without it (a 503 would take them all out at once).
 */
final class ProbeServlet extends HttpServlet {

    private final transient Readiness readiness;
    private final transient BooleanSupplier storeAnswering;
    private final boolean liveness;

    private ProbeServlet(Readiness readiness, BooleanSupplier storeAnswering, boolean liveness) {
        this.readiness = readiness;
        this.storeAnswering = storeAnswering;
        this.liveness = liveness;
    }

    static ProbeServlet liveness() {
        return new ProbeServlet(null, () -> true, true);
    }

    static ProbeServlet readiness(Readiness readiness, BooleanSupplier storeAnswering) {
        return new ProbeServlet(readiness, storeAnswering, false);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String status = liveness ? "live" : readiness.state().label();
        response.setStatus(
                liveness || readiness.ready() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write(
                        liveness
                                ? "{\"status\":\"live\"}"
                                : "{\"status\":\"" + status + "\",\"store\":\""
                                        + (storeAnswering.getAsBoolean() ? "answering" : "skipped") + "\"}");
    }
}
