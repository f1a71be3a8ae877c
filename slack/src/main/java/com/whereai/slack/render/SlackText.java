package com.whereai.slack.render;

/** Text made safe for Slack: escaped so user text cannot mention @channel or fake a link, and cut to a limit. */
public final class SlackText {

    private SlackText() {}

    /** Escapes the three characters Slack's mrkdwn treats as control characters. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Cuts text to at most {@code max} characters, ending with an ellipsis when it was cut, never mid-escape. */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        int amp = text.lastIndexOf('&', end);
        if (amp >= 0 && amp > end - 5 && text.indexOf(';', amp) >= end) {
            end = amp;
        }
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** Splits text into pieces of at most {@code max} characters, at line breaks where it can. */
    public static java.util.List<String> split(String text, int max) {
        java.util.List<String> pieces = new java.util.ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int at = rest.lastIndexOf('\n', max);
            if (at <= 0) {
                at = rest.lastIndexOf(' ', max);
            }
            if (at <= 0) {
                at = max;
            }
            int amp = rest.lastIndexOf('&', at);
            if (amp >= 0 && amp > at - 5 && rest.indexOf(';', amp) >= at) {
                at = amp;
            }
            pieces.add(rest.substring(0, at));
            rest = rest.substring(at).stripLeading();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /** Bold in mrkdwn, with the text escaped. */
    public static String bold(String text) {
        return "*" + escape(text) + "*";
    }
}
