package com.whereai.app.metrics;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In front of one surface's endpoint: times each request into {@link WhereAiMetrics#request} by its status, and
 * counts the requests in progress, which a server shutting down waits for.
 */
public final class SurfaceRequestFilter extends HttpFilter {

    private final Surface surface;
    private final transient WhereAiMetrics metrics;
    private final AtomicInteger inProgress = new AtomicInteger();

    public SurfaceRequestFilter(Surface surface, WhereAiMetrics metrics) {
        this.surface = surface;
        this.metrics = metrics;
    }

    /** Requests to this surface being handled now. */
    public int inProgress() {
        return inProgress.get();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        inProgress.incrementAndGet();
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            inProgress.decrementAndGet();
            metrics.request(surface, status, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
