package com.whereai.app.server.fuzz;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records where every HTTP client in this JVM opens a connection to. OkHttp (Bolt, the Slack SDK, the Bot Connector
 * client) and the JDK's HttpClient ask the default {@link ProxySelector} before each new connection, so installing
 * this one before the server starts sees each scheme://host:port the server tries to reach; it always answers "no
 * proxy".
 */
public final class OutboundRecorder extends ProxySelector implements AutoCloseable {

    private final ProxySelector previous;
    private final Map<String, AtomicInteger> connections = new ConcurrentHashMap<>();

    private OutboundRecorder(ProxySelector previous) {
        this.previous = previous;
    }

    public static OutboundRecorder install() {
        OutboundRecorder recorder = new OutboundRecorder(ProxySelector.getDefault());
        ProxySelector.setDefault(recorder);
        return recorder;
    }

    @Override
    public List<Proxy> select(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        String origin = uri.getScheme() + "://" + uri.getHost() + ":" + port;
        connections.computeIfAbsent(origin, o -> new AtomicInteger()).incrementAndGet();
        return List.of(Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // nothing to do: the recorder never proxies
    }

    /** scheme://host:port -> connections opened. */
    public Map<String, Integer> connections() {
        Map<String, Integer> copy = new java.util.TreeMap<>();
        connections.forEach((origin, count) -> copy.put(origin, count.get()));
        return copy;
    }

    @Override
    public void close() {
        ProxySelector.setDefault(previous);
    }
}
