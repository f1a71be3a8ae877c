package com.whereai.app.metrics;

/** Where a request came in: the {@code surface} label of where-ai's metrics. */
public enum Surface {
    SLACK("slack"),
    TEAMS("teams");

    private final String label;

    Surface(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
