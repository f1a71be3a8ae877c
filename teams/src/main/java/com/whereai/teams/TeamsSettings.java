package com.whereai.teams;

import com.whereai.knowledge.Lang;
import java.util.Optional;

/**
 * What the Teams adapter needs, read from the environment by the app (never here).
 *
 * @param appType           "SingleTenant" (Azure's default since July 2025), "MultiTenant" or "UserAssignedMSI"
 * @param loginUrl          the Microsoft identity platform host that issues outbound tokens (tests: a stub)
 * @param openIdMetadataUrl where inbound Bot Framework token keys are published, empty for the SDK's default
 */
public record TeamsSettings(
        Optional<String> appId,
        Optional<String> appPassword,
        Optional<String> tenantId,
        Optional<String> appType,
        String loginUrl,
        Optional<String> openIdMetadataUrl,
        Lang defaultLang) {

    public static final String DEFAULT_LOGIN_URL = "https://login.microsoftonline.com";

    public boolean authenticated() {
        return appId.isPresent();
    }

    public boolean singleTenant() {
        return appType.map(t -> t.equalsIgnoreCase("SingleTenant")).orElse(tenantId.isPresent());
    }

    @Override
    public String toString() {
        return "TeamsSettings[authenticated=" + authenticated() + ", singleTenant=" + singleTenant() + ", loginUrl="
                + loginUrl + "]";
    }
}
