package com.whereai.slack.render;

/**
 * Slack's Block Kit limits that our renderers must respect (from Slack's Block Kit reference). What is
 * longer is split or shortened with care; Slack never gets a payload it would reject.
 */
public final class SlackLimits {

    /** Blocks in one message. */
    public static final int MESSAGE_BLOCKS = 50;
    /** Blocks in a modal or the App Home tab. */
    public static final int VIEW_BLOCKS = 100;
    /** Text of a section block. */
    public static final int SECTION_TEXT = 3000;
    /** One field of a section block. */
    public static final int SECTION_FIELD = 2000;
    /** Fields in one section block. */
    public static final int SECTION_FIELDS = 10;
    /** Text of a header block. */
    public static final int HEADER_TEXT = 150;
    /** Text of a button. */
    public static final int BUTTON_TEXT = 75;
    /** Value of a button. */
    public static final int BUTTON_VALUE = 2000;
    /** Elements in one actions block. */
    public static final int ACTIONS_ELEMENTS = 25;
    /** Elements in one context block. */
    public static final int CONTEXT_ELEMENTS = 10;
    /** Text of one context element. */
    public static final int CONTEXT_TEXT = 2000;
    /** A modal's title, submit and close labels. */
    public static final int MODAL_TITLE = 24;
    /** Label of an input block. */
    public static final int INPUT_LABEL = 2000;
    /** Text of a select or checkbox option. */
    public static final int OPTION_TEXT = 75;
    /** Options in a static select or a checkbox group. */
    public static final int SELECT_OPTIONS = 100;

    public static final int CHECKBOX_OPTIONS = 10;
    /** A message's top-level fallback text (notifications). */
    public static final int MESSAGE_TEXT = 3000;
    /** An image block's address and its alt text. */
    public static final int IMAGE_URL = 3000;

    public static final int IMAGE_ALT_TEXT = 2000;
    /** An image block's title. */
    public static final int IMAGE_TITLE = 2000;
    /** How many characters wide a chart's longest bar is drawn (a monospaced code block). */
    public static final int CHART_BAR = 24;
    /** How many characters wide a line chart's sparklines are drawn when it is shown as text (a code block). */
    public static final int LINE_CHART_COLUMNS = 37;
    /** A view's private_metadata. */
    public static final int PRIVATE_METADATA = 3000;

    private SlackLimits() {}
}
