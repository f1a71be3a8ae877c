package com.whereai.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 keep-alive connection on a blocking socket, used by one thread: writes a prepared POST, reads the
 * status line, the headers and the body (Content-Length or chunked), and reconnects when the server closes. No
 * selector thread and no executor between the socket and the caller, so a load generator built on it adds as little
 * of its own delay to what it measures as it can.
 */
final class KeepAliveConnection implements AutoCloseable {

    private static final int MAX_HEAD = 64 * 1024;

    private final InetSocketAddress address;
    private final Duration timeout;
    private final byte[] request;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    KeepAliveConnection(URI url, String body, Map<String, String> headers, Duration timeout) {
        this.address = new InetSocketAddress(url.getHost(), url.getPort() < 0 ? 80 : url.getPort());
        this.timeout = timeout;
        this.request = post(url, body, headers);
    }

    /** The prepared request as bytes on the wire. */
    static byte[] post(URI url, String body, Map<String, String> headers) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append("POST ")
                .append(url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                .append(url.getRawQuery() == null ? "" : "?" + url.getRawQuery())
                .append(" HTTP/1.1\r\nHost: ")
                .append(url.getHost())
                .append(url.getPort() < 0 ? "" : ":" + url.getPort())
                .append("\r\nContent-Length: ")
                .append(content.length)
                .append("\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[headBytes.length + content.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(content, 0, all, headBytes.length, content.length);
        return all;
    }

    /**
     * Sends the request once and returns the answer's status; the body is read and dropped. A connection the server
     * closed before answering is reopened and the request sent again, once.
     */
    int send() throws IOException {
        boolean fresh = socket == null;
        try {
            return exchange();
        } catch (java.net.SocketTimeoutException e) {
            close();
            throw e;
        } catch (IOException e) {
            close();
            if (fresh) {
                throw e;
            }
            return exchange();
        }
    }

    private int exchange() throws IOException {
        if (socket == null) {
            open();
        }
        out.write(request);
        out.flush();
        String statusLine = line();
        if (statusLine == null || !statusLine.startsWith("HTTP/1.")) {
            throw new IOException("no HTTP status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = statusLine.startsWith("HTTP/1.0");
        int headBytes = 0;
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            headBytes += header.length();
            if (headBytes > MAX_HEAD) {
                throw new IOException("answer head over " + MAX_HEAD + " bytes");
            }
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" ->
                    chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closes = value.equalsIgnoreCase("close");
                default -> {}
            }
        }
        if (status == 204 || status == 304 || status / 100 == 1) {
            // no body, whatever the headers say
        } else if (chunked) {
            skipChunks();
        } else if (length >= 0) {
            skip(length);
        } else {
            in.transferTo(OutputStream.nullOutputStream());
            closes = true;
        }
        if (closes) {
            close();
        }
        return status;
    }

    /** Connects; kept only once connected, so a refused connection leaves this closed, ready to try again. */
    private void open() throws IOException {
        Socket opened = new Socket();
        try {
            opened.setTcpNoDelay(true);
            opened.connect(address, (int) timeout.toMillis());
            opened.setSoTimeout((int) timeout.toMillis());
            out = opened.getOutputStream();
            in = new BufferedInputStream(opened.getInputStream(), 16 * 1024);
        } catch (IOException e) {
            opened.close();
            throw e;
        }
        socket = opened;
    }

    private void skipChunks() throws IOException {
        while (true) {
            String size = line();
            if (size == null) {
                throw new IOException("the chunked body ended early");
            }
            int semicolon = size.indexOf(';');
            long length = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) {
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are dropped
                }
                return;
            }
            skip(length);
            line();
        }
    }

    private void skip(long length) throws IOException {
        long left = length;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("the body ended early");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    /** One CRLF-terminated line without its end, or null at the end of the stream. */
    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                int size = bytes.size();
                byte[] raw = bytes.toByteArray();
                return new String(
                        raw, 0, size > 0 && raw[size - 1] == '\r' ? size - 1 : size, StandardCharsets.ISO_8859_1);
            }
            bytes.write(b);
            if (bytes.size() > MAX_HEAD) {
                throw new IOException("a line over " + MAX_HEAD + " bytes");
            }
        }
        return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
        }
        socket = null;
        out = null;
        in = null;
    }
}
