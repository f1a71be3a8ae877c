package com.whereai.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.whereai.knowledge.Lang;
import com.whereai.teams.support.Activities;
import com.whereai.teams.support.BotConnectorStub;
import com.whereai.teams.support.TeamsTestServer;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With MICROSOFT_APP_ID set, every request needs a valid Bot Framework token. The SDK's OpenID metadata points
 * at a local stub that publishes our test key, so correctly signed tokens pass and everything else is 401;
 * replies go out with a token from the single-tenant authority (also the stub).
 */
class TeamsAuthenticationTest {

    private static final String APP_ID = "00000000-1111-2222-3333-444444444444";
    private static final String TENANT = "tenant-1234";
    private static BotConnectorStub microsoft;
    private static TeamsTestServer server;

    @BeforeAll
    static void start() throws Exception {
        microsoft = new BotConnectorStub();
        server = new TeamsTestServer(new TeamsSettings(
                Optional.of(APP_ID),
                Optional.of("app-secret"),
                Optional.of(TENANT),
                Optional.of("SingleTenant"),
                microsoft.base(),
                Optional.of(microsoft.openIdMetadataUrl()),
                Lang.EN));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        microsoft.close();
    }

    @Test
    void a_correctly_signed_token_is_accepted_and_the_reply_uses_a_token_from_the_bots_own_tenant() throws Exception {
        String activity = Activities.message(microsoft.serviceUrl(), "compare 1 2a", "personal", "en-US")
                .toString();

        assertThat(server.post(
                                activity,
                                "Bearer "
                                        + token(
                                                microsoft.signingKey(),
                                                APP_ID,
                                                "https://api.botframework.com",
                                                Instant.now().plusSeconds(600)))
                        .statusCode())
                .isIn(200, 202);

        BotConnectorStub.Call tokenRequest = microsoft.await(c -> c.path().endsWith("/oauth2/v2.0/token"));
        assertThat(tokenRequest.path()).isEqualTo("/" + TENANT + "/oauth2/v2.0/token");
        assertThat(tokenRequest.body())
                .contains(
                        "grant_type=client_credentials",
                        "client_id=" + APP_ID,
                        "scope=https%3A%2F%2Fapi.botframework.com%2F.default");
        BotConnectorStub.Call reply = microsoft.await(
                c -> c.path().startsWith("/v3/conversations/") && c.body().contains("Comparison"));
        assertThat(reply.authorization()).isEqualTo("Bearer " + BotConnectorStub.ACCESS_TOKEN);
    }

    @Test
    void a_request_without_a_token_is_refused() throws Exception {
        assertThat(post(null)).isEqualTo(401);
    }

    @Test
    void a_malformed_token_is_refused() throws Exception {
        assertThat(post("Bearer not-a-jwt")).isEqualTo(401);
        assertThat(post("Basic dXNlcjpwYXNz")).isEqualTo(401);
        assertThat(post("Bearer")).isEqualTo(401);
    }

    @Test
    void a_token_signed_with_another_key_is_refused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        assertThat(post("Bearer "
                        + token(
                                generator.generateKeyPair(),
                                APP_ID,
                                "https://api.botframework.com",
                                Instant.now().plusSeconds(600))))
                .isEqualTo(401);
    }

    @Test
    void a_token_for_another_bot_is_refused() throws Exception {
        assertThat(post("Bearer "
                        + token(
                                microsoft.signingKey(),
                                "some-other-app",
                                "https://api.botframework.com",
                                Instant.now().plusSeconds(600))))
                .isEqualTo(401);
    }

    @Test
    void a_token_from_another_issuer_is_refused() throws Exception {
        assertThat(post("Bearer "
                        + token(
                                microsoft.signingKey(),
                                APP_ID,
                                "https://evil.example.com",
                                Instant.now().plusSeconds(600))))
                .isEqualTo(401);
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        assertThat(post("Bearer "
                        + token(
                                microsoft.signingKey(),
                                APP_ID,
                                "https://api.botframework.com",
                                Instant.now().minusSeconds(3600))))
                .isEqualTo(401);
    }

    private static int post(String authorization) throws Exception {
        return server.post(
                        Activities.message(microsoft.serviceUrl(), "help", "personal", "en-US")
                                .toString(),
                        authorization)
                .statusCode();
    }

    private static String token(KeyPair key, String audience, String issuer, Instant expires) {
        Algorithm algorithm = Algorithm.RSA256((RSAPublicKey) key.getPublic(), (RSAPrivateKey) key.getPrivate());
        return JWT.create()
                .withKeyId(BotConnectorStub.KEY_ID)
                .withIssuer(issuer)
                .withAudience(audience)
                .withNotBefore(Date.from(expires.minusSeconds(7200)))
                .withExpiresAt(Date.from(expires))
                .withIssuedAt(Date.from(expires.minusSeconds(7200)))
                .withClaim("serviceurl", microsoft.serviceUrl())
                .sign(algorithm);
    }
}
