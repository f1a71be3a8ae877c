package com.whereai.teams.card;

import java.util.regex.Pattern;

/**
 * Text made safe for an Adaptive Card TextBlock in Teams: the markdown Teams renders (emphasis, links,
 * lists, headings, code) and its HTML-like tags (&lt;at&gt; mentions) cannot be injected through user text.
 * Escaping is by backslash for markdown and by entity for angle brackets.
 */
public final class TeamsText {

    /** Emphasis, links and code: the markdown that could change what a user's text looks like or points to. */
    private static final Pattern MARKDOWN = Pattern.compile("([\\\\`*_\\[\\]~])");

    private TeamsText() {}

    public static String escape(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return MARKDOWN.matcher(escaped).replaceAll("\\\\$1");
    }
}
