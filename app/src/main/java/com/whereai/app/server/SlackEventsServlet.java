package com.whereai.app.server;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServletAdapter;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /slack/events: Bolt's servlet, bounded and without 500s for what a client sends. A timestamp more than five
 * minutes ahead is 401 (Bolt checks only the past). A body over
 * {@link #MAX_BODY} is 413 before it is read; one that is cut short or does not parse as a Slack request is 400; a
 * request the bot fails on is answered 400 with one log line (the exception's class and where it was thrown, never
 * the request's text or a stack trace). Bolt's own servlet answers those 500 and logs the stack trace.
 */
final class SlackEventsServlet extends HttpServlet {

    /** Slack's requests are a few KB; a modal's full state stays well under this. */
    static final int MAX_BODY = 1024 * 1024;
    /** Slack's signing rule: a request more than five minutes from now is refused (a possible replay). */
    static final long MAX_CLOCK_SKEW_SECONDS = 5 * 60;

    private static final Logger LOG = LoggerFactory.getLogger(SlackEventsServlet.class);

    private final transient App app;
    private final transient SlackAppServletAdapter adapter;

    SlackEventsServlet(App app) {
        this.app = app;
        this.adapter = new SlackAppServletAdapter(app.config());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (fromTheFuture(request.getHeader("X-Slack-Request-Timestamp"))) {
            // Bolt refuses a stale timestamp but not one ahead of the clock; Slack's rule is five minutes either way
            LOG.info("Slack request refused: its timestamp is ahead of this server's clock by over five minutes");
            write(response, 401, "{\"error\":\"invalid request\"}");
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            write(response, 413, "{\"error\":\"request too large\"}");
            return;
        }
        byte[] body;
        try {
            body = readBody(request);
        } catch (IOException e) {
            LOG.info(
                    "Slack request refused: the body was cut short ({})",
                    e.getClass().getSimpleName());
            write(response, 400, "{\"error\":\"incomplete request\"}");
            return;
        }
        if (body.length > MAX_BODY) {
            write(response, 413, "{\"error\":\"request too large\"}");
            return;
        }
        Request<?> slackRequest;
        try {
            // a plain slash command is read in one pass; everything else by Bolt's adapter
            slackRequest = SlashCommandForm.request(request, new String(body, StandardCharsets.UTF_8), app.config());
            if (slackRequest == null) {
                slackRequest = adapter.buildSlackRequest(new WithBody(request, body));
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("Slack request refused: the body is not a Slack request ({})", where(e));
            write(response, 400, "{\"error\":\"not a Slack request\"}");
            return;
        }
        if (slackRequest == null) {
            write(response, 400, "{\"error\":\"not a Slack request\"}");
            return;
        }
        Response answer;
        try {
            answer = app.run(slackRequest);
        } catch (Exception | StackOverflowError e) {
            LOG.warn("Slack request failed: {}", where(e));
            write(response, 400, "{\"error\":\"the request could not be handled\"}");
            return;
        }
        writeAnswer(response, answer);
    }

    /**
     * The body, at most {@link #MAX_BODY} + 1 bytes (more is refused). With a Content-Length, read into an array of
     * that size: {@code readNBytes(MAX_BODY + 1)} allocates 8 KB buffers and a copy for a body of a few hundred bytes.
     */
    private static byte[] readBody(HttpServletRequest request) throws IOException {
        long length = request.getContentLengthLong();
        if (length < 0) {
            return request.getInputStream().readNBytes(MAX_BODY + 1);
        }
        byte[] body = new byte[(int) length];
        int read = request.getInputStream().readNBytes(body, 0, body.length);
        if (read < body.length) {
            throw new EOFException("the body ended after " + read + " of " + length + " bytes");
        }
        return body;
    }

    /**
     * Bolt's answer as Bolt's adapter writes it (status, headers, content type, body), but the body encoded once and
     * written as bytes with its length: Jetty's response writer encodes a card of several kilobytes one character at a
     * time, which cost more than answering.
     */
    private static void writeAnswer(HttpServletResponse response, Response answer) throws IOException {
        response.setStatus(answer.getStatusCode());
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        if (answer.getContentType() != null) {
            response.setHeader("Content-Type", answer.getContentType());
        }
        if (answer.getBody() != null) {
            byte[] bytes = answer.getBody().getBytes(StandardCharsets.UTF_8);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }

    private static boolean fromTheFuture(String timestamp) {
        if (timestamp == null) {
            return false;
        }
        try {
            return Long.parseLong(timestamp.strip()) > Instant.now().getEpochSecond() + MAX_CLOCK_SKEW_SECONDS;
        } catch (NumberFormatException e) {
            return false; // Bolt refuses it
        }
    }

    /** The exception's class and the first frame it was thrown from: enough to find it, without what was sent. */
    private static String where(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        return e.getClass().getName() + (frames.length == 0 ? "" : " at " + frames[0]);
    }

    private static void write(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }

    /** The request with its body already read (and bounded). */
    private static final class WithBody extends HttpServletRequestWrapper {
        private final byte[] body;

        WithBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body is already read");
                }
            };
        }

        /** The body as text, in a reader no bigger than the body (Bolt reads it whole). */
        @Override
        public BufferedReader getReader() {
            return new BufferedReader(
                    new StringReader(new String(body, StandardCharsets.UTF_8)),
                    Math.max(1, Math.min(body.length, 8192)));
        }
    }
}
