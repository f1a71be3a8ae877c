package com.whereai.app;

import com.whereai.core.answer.model.ModelSettings;
import com.whereai.knowledge.KnowledgeException;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.prices.Prices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The environment, read once at start-up into values (DESIGN.md's table). Secrets are kept here and never
 * printed: {@link #toString()} shows only whether they are set.
 */
public record AppConfig(
        int port,
        Duration drainTimeout,
        Lang defaultLang,
        Optional<String> slackSigningSecret,
        Optional<String> slackBotToken,
        Optional<String> slackAppToken,
        String slackApiUrl,
        Optional<String> microsoftAppId,
        Optional<String> microsoftAppPassword,
        Optional<String> microsoftAppTenantId,
        Optional<String> microsoftAppType,
        Optional<String> ollamaBaseUrl,
        String ollamaModel,
        Duration ollamaTimeout,
        int ollamaMaxConcurrency,
        int ollamaPerUserPerMinute,
        Optional<String> pricesFile,
        Optional<String> databaseUrl,
        Path dataDir) {

    public static final int DEFAULT_PORT = 3978;
    /** Where the embedded database lives when {@code WHERE_AI_DATABASE_URL} is unset. */
    public static final String DEFAULT_DATA_DIR = "data";
    /** How long a server told to stop (SIGTERM) lets the answers in flight finish. */
    public static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(20);

    public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";
    public static final String DEFAULT_OLLAMA_MODEL = ModelSettings.DEFAULT_MODEL;

    /** Reads the variables; a malformed value is a {@link ConfigException} naming the variable. */
    public static AppConfig from(Map<String, String> env) {
        return new AppConfig(
                port(env.get("PORT")),
                Duration.ofSeconds(positive(env, "WHERE_AI_DRAIN_SECONDS", DEFAULT_DRAIN_TIMEOUT.toSeconds())),
                lang(env.get("WHERE_AI_LANG")),
                value(env, "SLACK_SIGNING_SECRET"),
                value(env, "SLACK_BOT_TOKEN"),
                value(env, "SLACK_APP_TOKEN"),
                value(env, "SLACK_API_URL").orElse(DEFAULT_SLACK_API_URL),
                value(env, "MICROSOFT_APP_ID"),
                value(env, "MICROSOFT_APP_PASSWORD"),
                value(env, "MICROSOFT_APP_TENANT_ID"),
                value(env, "MICROSOFT_APP_TYPE"),
                value(env, "OLLAMA_BASE_URL"),
                value(env, "OLLAMA_MODEL").orElse(DEFAULT_OLLAMA_MODEL),
                Duration.ofSeconds(positive(env, "OLLAMA_TIMEOUT", ModelSettings.DEFAULT_TIMEOUT.toSeconds())),
                (int) positive(env, "OLLAMA_MAX_CONCURRENCY", ModelSettings.DEFAULT_CONCURRENCY),
                (int) positive(env, "OLLAMA_PER_USER_PER_MINUTE", ModelSettings.DEFAULT_PER_USER_PER_MINUTE),
                value(env, "WHERE_AI_PRICES"),
                value(env, "WHERE_AI_DATABASE_URL"),
                Path.of(value(env, "WHERE_AI_DATA_DIR").orElse(DEFAULT_DATA_DIR)));
    }

    /**
     * The price assumptions for budget scenarios: the file {@code WHERE_AI_PRICES} names, else the bundled one. A file
     * that cannot be read or does not validate is a {@link ConfigException} naming the variable, the file and the field.
     */
    public Prices prices() {
        try {
            return Prices.fromSetting(pricesFile.orElse(null));
        } catch (KnowledgeException e) {
            throw new ConfigException(
                    "WHERE_AI_PRICES: " + e.getMessage().lines().findFirst().orElse("invalid"));
        }
    }

    /** The local model's settings, when OLLAMA_BASE_URL is set. */
    public Optional<ModelSettings> modelSettings() {
        return ollamaBaseUrl.map(url ->
                new ModelSettings(url, ollamaModel, ollamaTimeout, ollamaMaxConcurrency, ollamaPerUserPerMinute));
    }

    /** Slack is on with a bot token and either a signing secret (HTTP) or an app token (Socket Mode). */
    public boolean slackEnabled() {
        return slackBotToken.isPresent() && (slackSigningSecret.isPresent() || slackAppToken.isPresent());
    }

    public boolean teamsAuthenticated() {
        return microsoftAppId.isPresent();
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static long positive(Map<String, String> env, String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String digits = value.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("s$", "");
        try {
            long parsed = Long.parseLong(digits);
            if (parsed <= 0) {
                throw new ConfigException(name + " must be a positive number, was " + value.strip());
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a positive number, was '" + value.strip() + "'");
        }
    }

    private static int port(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65535) {
                throw new ConfigException("PORT must be 0..65535, was " + value.strip());
            }
            return port;
        } catch (NumberFormatException e) {
            throw new ConfigException("PORT must be a number, was '" + value.strip() + "'");
        }
    }

    private static Lang lang(String value) {
        if (value == null || value.isBlank()) {
            return Lang.SV;
        }
        return Lang.fromCode(value)
                .orElseThrow(() -> new ConfigException("WHERE_AI_LANG must be sv or en, was '" + value.strip() + "'"));
    }

    @Override
    public String toString() {
        return "AppConfig[port=" + port + ", drain=" + drainTimeout.toSeconds() + " s"
                + ", defaultLang=" + defaultLang.code()
                + ", slack=" + (slackEnabled() ? "on" : "off") + (slackAppToken.isPresent() ? " (socket mode)" : "")
                + ", slackApiUrl=" + slackApiUrl
                + ", teams=" + (teamsAuthenticated() ? "authenticated" : "local only")
                + ", ollama="
                + ollamaBaseUrl
                        .map(u -> u + " " + ollamaModel + " (timeout " + ollamaTimeout.toSeconds() + " s, "
                                + ollamaMaxConcurrency + " at once)")
                        .orElse("off")
                + ", prices=" + pricesFile.orElse("bundled")
                + ", database=" + databaseUrl.map(AppConfig::withoutCredentials).orElse("embedded in " + dataDir)
                + "]";
    }

    /** A database URL as it may be logged: its user and password parameters and any user-info part blanked. */
    static String withoutCredentials(String url) {
        return url.replaceAll("(?i)(password|user)=[^&;]*", "$1=***").replaceAll("//[^/@]*@", "//***@");
    }

    /** A malformed environment variable. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }
}
