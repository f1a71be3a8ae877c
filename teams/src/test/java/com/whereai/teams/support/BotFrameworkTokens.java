package com.whereai.teams.support;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/** Bot Framework bearer tokens for tests, good and forged, and where the SDK looks for the keys that check them. */
public final class BotFrameworkTokens {

    private BotFrameworkTokens() {}

    /** Signed with RS256 by {@code key} under {@link BotConnectorStub#KEY_ID}. */
    public static String rs256(KeyPair key, String audience, String issuer, Instant expires, String serviceUrl) {
        return JWT.create()
                .withKeyId(BotConnectorStub.KEY_ID)
                .withIssuer(issuer)
                .withAudience(audience)
                .withNotBefore(Date.from(expires.minusSeconds(7200)))
                .withExpiresAt(Date.from(expires))
                .withClaim("serviceurl", serviceUrl)
                .sign(Algorithm.RSA256((RSAPublicKey) key.getPublic(), (RSAPrivateKey) key.getPrivate()));
    }

    /** Signed with HS256 by a shared secret (such as the app password): never valid for Bot Framework. */
    public static String hs256(String secret, String audience, String issuer, Instant expires) {
        return JWT.create()
                .withIssuer(issuer)
                .withAudience(audience)
                .withExpiresAt(Date.from(expires))
                .sign(Algorithm.HMAC256(secret));
    }

    /** {@code alg: none}, no signature. */
    public static String unsigned(String audience, String issuer, Instant expires) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header =
                b64.encodeToString(("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + BotConnectorStub.KEY_ID + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(
                ("{\"iss\":\"" + issuer + "\",\"aud\":\"" + audience + "\",\"exp\":" + expires.getEpochSecond() + "}")
                        .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    /**
     * Points the SDK's (JVM-wide) inbound token check at this OpenID metadata URL, as an app with the default
     * settings would point it at Microsoft's; returns the previous URL, to put back.
     */
    public static String checkInboundTokensAgainst(String openIdMetadataUrl) {
        String previous = ChannelValidation.getOpenIdMetaDataUrl();
        ChannelValidation.setOpenIdMetaDataUrl(openIdMetadataUrl);
        return previous;
    }
}
