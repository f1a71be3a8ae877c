package com.whereai.teams.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.ITenantProfile;
import com.microsoft.bot.connector.authentication.Authenticator;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.CompletableFuture;

/**
 * Outbound credentials for a single-tenant Azure Bot: the client-credentials token comes from the bot's own
 * tenant ({@code {login}/{tenant}/oauth2/v2.0/token}) instead of botframework.com. botbuilder-java 4.14 has
 * no single-tenant setting, and its MSAL client insists on HTTPS authorities, so the token request is made
 * here with the JDK's HTTP client; the SDK caches and applies the token as usual.
 */
public final class TenantAppCredentials extends MicrosoftAppCredentials {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String loginUrl;

    public TenantAppCredentials(String appId, String password, String tenantId, String loginUrl) {
        super(appId, password, tenantId);
        this.loginUrl = loginUrl.endsWith("/") ? loginUrl.substring(0, loginUrl.length() - 1) : loginUrl;
    }

    @Override
    public String oAuthEndpoint() {
        return loginUrl + "/" + getChannelAuthTenant();
    }

    /** The tenant's token endpoint. */
    public String tokenEndpoint() {
        return oAuthEndpoint() + "/oauth2/v2.0/token";
    }

    @Override
    protected Authenticator buildAuthenticator() {
        return () -> CompletableFuture.supplyAsync(this::requestToken);
    }

    private IAuthenticationResult requestToken() {
        String form = "grant_type=client_credentials&client_id=" + enc(getAppId()) + "&client_secret="
                + enc(getAppPassword()) + "&scope=" + enc(oAuthScope() + "/.default");
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint()))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
                throw new IllegalStateException("token request to " + tokenEndpoint() + " failed with "
                        + response.statusCode() + ": " + body.path("error").asText("no access_token"));
            }
            return new Token(
                    body.get("access_token").asText(), body.path("expires_in").asLong(3600), oAuthScope());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("token request to " + tokenEndpoint() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("token request interrupted", e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private record Token(String accessToken, long expiresInSeconds, String scope) implements IAuthenticationResult {
        @Override
        public String idToken() {
            return null;
        }

        @Override
        public IAccount account() {
            return null;
        }

        @Override
        public ITenantProfile tenantProfile() {
            return null;
        }

        @Override
        public String environment() {
            return null;
        }

        @Override
        public String scopes() {
            return scope;
        }

        @Override
        public Date expiresOnDate() {
            return new Date(System.currentTimeMillis() + expiresInSeconds * 1000);
        }
    }
}
