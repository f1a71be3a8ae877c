package com.whereai.slack.listen;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.whereai.knowledge.Lang;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Each user's Slack locale (users.info with include_locale), asked once and cached. */
public final class UserLocales {

    private static final Logger LOG = LoggerFactory.getLogger(UserLocales.class);
    private static final int MAX_USERS = 50_000;

    private final Map<String, Optional<Lang>> cache = new ConcurrentHashMap<>();

    /** The user's language if Slack's locale is Swedish or English; empty otherwise or when Slack cannot say. */
    public Optional<Lang> of(MethodsClient client, String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        Optional<Lang> cached = cache.get(userId);
        if (cached != null) {
            return cached;
        }
        Optional<Lang> lang = fetch(client, userId);
        if (cache.size() >= MAX_USERS) {
            cache.clear();
        }
        cache.put(userId, lang);
        return lang;
    }

    /** Whether Slack has been asked for this user's locale already (whatever it said), so asking costs no call. */
    public boolean known(String userId) {
        return userId != null && cache.containsKey(userId);
    }

    /** What is already known, without asking Slack. */
    public Optional<Lang> cached(String userId) {
        return userId == null ? Optional.empty() : cache.getOrDefault(userId, Optional.empty());
    }

    private static Optional<Lang> fetch(MethodsClient client, String userId) {
        try {
            UsersInfoResponse response = client.usersInfo(r -> r.user(userId).includeLocale(true));
            if (!response.isOk() || response.getUser() == null) {
                LOG.debug("users.info for a user's locale failed: {}", response.getError());
                return Optional.empty();
            }
            return Lang.fromCode(response.getUser().getLocale());
        } catch (Exception e) {
            LOG.debug("users.info for a user's locale failed: {}", e.toString());
            return Optional.empty();
        }
    }
}
