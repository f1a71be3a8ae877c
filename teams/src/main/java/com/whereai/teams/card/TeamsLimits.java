package com.whereai.teams.card;

/** The limits our Adaptive Cards keep to in Teams. */
public final class TeamsLimits {

    /** A Teams message, card included, must stay under about 28 KB; we keep replies well below. */
    public static final int MESSAGE_BYTES = 28 * 1024;
    /** Actions on one card: the adaptivecards host default (checked by the official parser in the tests). */
    public static final int CARD_ACTIONS = 5;
    /** An action's title, so buttons stay readable. */
    public static final int ACTION_TITLE = 60;
    /** One TextBlock. */
    public static final int TEXT = 4000;
    /** How many characters a chart's longest bar is. */
    public static final int CHART_BAR = 20;
    /**
     * Points a line of a {@code Chart.Line} carries; a longer line is sampled evenly, keeping its first and last point.
     * 61 keeps five years month by month whole, and a chart of the most lines (8) near 10 KB.
     */
    public static final int LINE_CHART_POINTS = 61;
    /** How many characters wide a line chart's text rows are drawn (its fallback for clients without charts). */
    public static final int LINE_CHART_TEXT_COLUMNS = 30;
    /** A chart's axis title, and a label on its x axis. */
    public static final int CHART_AXIS_TITLE = 100;
    /** A line's legend (its label and last value). */
    public static final int CHART_LEGEND = 100;
    /** A fact's title. */
    public static final int FACT_TITLE = 200;

    private TeamsLimits() {}
}
