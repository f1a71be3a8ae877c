package com.whereai.teams.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * On 127.0.0.1, everything Microsoft's side would be: the Bot Connector at the activity's serviceUrl
 * (recording every reply), a tenant's token endpoint, and the OpenID metadata with the signing key that
 * Bot Framework tokens are checked against.
 */
public final class BotConnectorStub implements AutoCloseable {

    public static final String KEY_ID = "test-key-1";
    public static final String ACCESS_TOKEN = "stub-access-token";

    /** One request as Microsoft would have received it. */
    public record Call(String method, String path, String authorization, String body) {
        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final KeyPair signingKey;

    public BotConnectorStub() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        signingKey = generator.generateKeyPair();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The serviceUrl to put in activities. */
    public String serviceUrl() {
        return base() + "/";
    }

    public String openIdMetadataUrl() {
        return base() + "/openid/.well-known/openidconfiguration";
    }

    public KeyPair signingKey() {
        return signingKey;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Drops the calls recorded so far: a long test keeps what it checks, and frees the rest before measuring memory. */
    public void forget() {
        calls.clear();
    }

    /** Replies the bot sent to a conversation (typing indicators included). */
    public List<Call> replies() {
        return calls.stream()
                .filter(c -> c.path().startsWith("/v3/conversations/"))
                .toList();
    }

    public Call await(Predicate<Call> matching) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            for (Call call : calls) {
                if (matching.test(call)) {
                    return call;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no matching call within 10 s; calls: "
                + calls.stream().map(Call::path).toList());
    }

    /** The first message (not typing) the bot sent back. */
    public JsonNode awaitMessage() throws InterruptedException {
        return await(c -> c.path().startsWith("/v3/conversations/")
                        && "message".equals(c.json().path("type").asText()))
                .json();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        calls.add(new Call(
                exchange.getRequestMethod(), path, exchange.getRequestHeaders().getFirst("Authorization"), body));
        String answer;
        if (path.endsWith("/oauth2/v2.0/token")) {
            answer = "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"" + ACCESS_TOKEN + "\"}";
        } else if (path.endsWith("openidconfiguration")) {
            answer = "{\"issuer\":\"https://api.botframework.com\",\"jwks_uri\":\"" + base() + "/openid/keys\","
                    + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
        } else if (path.endsWith("/openid/keys")) {
            answer = jwks();
        } else {
            answer = "{\"id\":\"reply-1\"}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (path.startsWith("/v3/")) {
            // Azure's front door sets an affinity cookie; with botbuilder's old OkHttp this used to crash the reply.
            exchange.getResponseHeaders()
                    .add("Set-Cookie", "ARRAffinity=0123abcd; Path=/; HttpOnly; Secure; Domain=127.0.0.1");
        }
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String jwks() {
        RSAPublicKey key = (RSAPublicKey) signingKey.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KEY_ID + "\",\"n\":\""
                + b64(key.getModulus()) + "\",\"e\":\"" + b64(key.getPublicExponent())
                + "\",\"endorsements\":[\"msteams\",\"emulator\",\"webchat\"]}]}";
    }

    private static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
