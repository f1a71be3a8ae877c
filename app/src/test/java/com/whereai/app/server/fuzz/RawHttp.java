package com.whereai.app.server.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** Sends a {@link HostileRequest} over a plain socket and reads the status line; never waits longer than the limit. */
public final class RawHttp {

    /** What came back: a status, or how the exchange ended without one. */
    public record Answer(int status, Ending ending, long millis) {
        public String label() {
            return ending == Ending.STATUS
                    ? Integer.toString(status)
                    : ending.name().toLowerCase();
        }
    }

    /** How an exchange ended. */
    public enum Ending {
        STATUS,
        /** The server closed the connection without a status line. */
        CLOSED,
        /** The connection was reset while sending or reading (e.g. a refused 10 MB body). */
        RESET,
        /** No answer within the limit: a hang. */
        TIMEOUT
    }

    private static final int READ_LIMIT = 64 * 1024;
    private static final Duration DRAIN = Duration.ofMillis(500);

    private RawHttp() {}

    public static Answer send(int port, HostileRequest request, Duration limit) {
        long start = System.nanoTime();
        // NO_PROXY: the fuzzer's own connections stay out of the OutboundRecorder, which watches the server's
        try (Socket socket = new Socket(Proxy.NO_PROXY)) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) limit.toMillis());
            socket.setSoTimeout((int) limit.toMillis());
            OutputStream out = socket.getOutputStream();
            boolean sent = true;
            try {
                out.write(request.head());
                out.write(request.body());
                out.flush();
                if (request.halfClose()) {
                    socket.shutdownOutput();
                }
            } catch (IOException e) {
                sent = false; // the server may have answered early (413) and closed; read what it said
            }
            return read(socket, start, sent);
        } catch (SocketTimeoutException e) {
            return new Answer(0, Ending.TIMEOUT, elapsed(start));
        } catch (IOException e) {
            return new Answer(0, Ending.RESET, elapsed(start));
        }
    }

    private static Answer read(Socket socket, long start, boolean sent) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder statusLine = new StringBuilder();
        long answered = 0;
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n' && statusLine.length() < 1024) {
                statusLine.append((char) b);
            }
            answered = elapsed(start);
            // drain briefly (the status is what counts) so the server is not left writing to a closed socket
            socket.setSoTimeout((int) DRAIN.toMillis());
            byte[] buffer = new byte[8192];
            long drained = 0;
            long deadline = System.nanoTime() + DRAIN.toNanos();
            while (drained < READ_LIMIT && System.nanoTime() < deadline) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                drained += n;
            }
        } catch (SocketTimeoutException e) {
            if (statusLine.length() == 0) {
                throw e;
            }
        } catch (IOException e) {
            if (statusLine.length() == 0) {
                return new Answer(0, Ending.RESET, elapsed(start));
            }
        }
        String line = statusLine.toString();
        if (!line.startsWith("HTTP/1.")) {
            return new Answer(0, sent ? Ending.CLOSED : Ending.RESET, elapsed(start));
        }
        String[] parts = line.split(" ", 3);
        return new Answer(Integer.parseInt(parts[1].strip()), Ending.STATUS, answered);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
