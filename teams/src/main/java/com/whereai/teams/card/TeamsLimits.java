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
    /** A fact's title. */
    public static final int FACT_TITLE = 200;

    private TeamsLimits() {}
}
