package com.whereai.app.server;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A slash command's form body read in one pass into the payload Bolt's own parser would build, field for field.
 * Bolt's parser splits with regular expressions and compiles several patterns per field, which was two thirds of
 * what answering a slash command allocated (JFR, 200 requests/s), and so of its garbage collections.
 *
 * <p>Only the plain case is taken: a body with no line breaks and no {@code payload} field, whose every pair has
 * exactly one {@code =} and a name without spaces, on a request with no query string. Anything else returns null
 * and goes through Bolt's parser as before, so what is read never differs from what Bolt would read.
 */
final class SlashCommandForm {

    private SlashCommandForm() {}

    /** The slash command Bolt would build from this request, or null when Bolt's parser should read it. */
    static SlashCommandRequest request(HttpServletRequest request, String body, AppConfig config) {
        if (request.getQueryString() != null) {
            return null;
        }
        SlashCommandPayload payload = payload(body);
        if (payload == null) {
            return null;
        }
        SlashCommandRequest command =
                new SlashCommandRequest(body, payload, new RequestHeaders(ServletAdapterOps.toHeaderMap(request)));
        command.updateContext(config);
        String forwardedFor = command.getHeaders().getFirstValue("X-FORWARDED-FOR");
        command.setClientIpAddress(forwardedFor == null ? request.getRemoteAddr() : forwardedFor);
        return command;
    }

    /** The payload of a plain slash command body, or null when the body is not one (see the class comment). */
    static SlashCommandPayload payload(String body) {
        if (body == null
                || body.isEmpty()
                || body.charAt(0) == '{'
                || body.charAt(0) == '['
                || body.indexOf('\n') >= 0
                || body.indexOf('\r') >= 0) {
            return null; // JSON (the Events API) and bodies with line breaks are Bolt's to read
        }
        SlashCommandPayload payload = new SlashCommandPayload();
        boolean command = false;
        for (int start = 0; start < body.length(); ) {
            int end = body.indexOf('&', start);
            end = end < 0 ? body.length() : end;
            int equals = body.indexOf('=', start);
            boolean hasValue = equals >= 0 && equals < end - 1;
            if (hasValue) {
                int second = body.indexOf('=', equals + 1);
                String name = body.substring(start, equals);
                if (second >= 0 && second < end || hasSpace(name)) {
                    return null; // a pair with two '=' or a name with spaces: Bolt's split rules, left to Bolt
                }
                String decodedName = decode(name);
                if (decodedName.equals("payload")) {
                    return null; // an interaction
                }
                command |= decodedName.equals("command");
                set(payload, decodedName, decode(body.substring(equals + 1, end)));
            }
            // as in Bolt, a pair with no '=' or an empty value is skipped
            start = end + 1;
        }
        return command ? payload : null;
    }

    private static void set(SlashCommandPayload payload, String name, String value) {
        switch (name) {
            case "token" -> payload.setToken(value);
            case "team_id" -> payload.setTeamId(value);
            case "team_domain" -> payload.setTeamDomain(value);
            case "enterprise_id" -> payload.setEnterpriseId(value);
            case "enterprise_name" -> payload.setEnterpriseName(value);
            case "api_app_id" -> payload.setApiAppId(value);
            case "channel_id" -> payload.setChannelId(value);
            case "channel_name" -> payload.setChannelName(value);
            case "user_id" -> payload.setUserId(value);
            case "user_name" -> payload.setUserName(value);
            case "command" -> payload.setCommand(value);
            case "text" -> payload.setText(value);
            case "response_url" -> payload.setResponseUrl(value);
            case "trigger_id" -> payload.setTriggerId(value);
            case "is_enterprise_install" ->
                payload.setEnterpriseInstall(
                        value.trim().toLowerCase(Locale.ENGLISH).equals("true"));
            default -> {}
        }
    }

    /** Whether the name has a character Bolt's {@code trim()} would strip (a control character or a space). */
    private static boolean hasSpace(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) <= ' ' || Character.isWhitespace(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String decode(String encoded) {
        return encoded.indexOf('%') < 0 && encoded.indexOf('+') < 0
                ? encoded
                : URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
}
