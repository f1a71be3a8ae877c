package com.whereai.core.reply;

/**
 * The closed set of buttons a reply can carry. Every action has a {@link #command()} in the command
 * language, so a surface without buttons can show what to type, and pressing one on any surface comes
 * back to the bot as that text. Renderers implement {@link Visitor} to show each kind their platform's way.
 */
public sealed interface Action {

    String label();

    /** What the bot reads when the button is pressed. */
    String command();

    /** Whether the platform should style it as the main action. */
    boolean primary();

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R runCommand(RunCommand action);

        R openForm(OpenForm action);

        R feedback(Feedback action);

        R share(Share action);
    }

    /** Sends {@code command} as if the user had typed it. */
    record RunCommand(String label, String command, boolean primary) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.runCommand(this);
        }
    }

    /**
     * Opens a form (the questionnaire) prefilled from {@code command}, which is itself the command that opens
     * it ("questionnaire sensitive-data 70b"); a surface that shows forms opens it in place.
     */
    record OpenForm(String label, String command, boolean primary) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.openForm(this);
        }
    }

    /** Thumbs up or down on the answer; {@code command} is "feedback up" or "feedback down". */
    record Feedback(String label, String command, boolean up) implements Action {
        @Override
        public boolean primary() {
            return false;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.feedback(this);
        }
    }

    /**
     * Posts the same answer where everyone in the conversation sees it; {@code command} asks for it again.
     * Offered only on answers that only the asker sees.
     */
    record Share(String label, String command) implements Action {
        @Override
        public boolean primary() {
            return false;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.share(this);
        }
    }

    static Action of(String label, String command) {
        return new RunCommand(label, command, false);
    }

    static Action primary(String label, String command) {
        return new RunCommand(label, command, true);
    }
}
