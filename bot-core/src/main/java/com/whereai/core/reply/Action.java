package com.whereai.core.reply;

/**
 * A button on a reply. Pressing it sends {@code command} in the command language, as if the user had typed it.
 *
 * @param primary whether the platform should style it as the main action
 */
public record Action(String label, String command, boolean primary) {

    public static Action of(String label, String command) {
        return new Action(label, command, false);
    }

    public static Action primary(String label, String command) {
        return new Action(label, command, true);
    }
}
