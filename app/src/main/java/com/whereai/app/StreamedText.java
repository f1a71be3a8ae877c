package com.whereai.app;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Prints a model's answer to the terminal as it grows, token by token; when it is done, a rule separates
 * it from the checked, cited reply that follows.
 */
final class StreamedText implements Consumer<String> {

    private final PrintWriter out;
    private int printed;

    StreamedText(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void accept(String textSoFar) {
        if (textSoFar.length() > printed) {
            out.print(textSoFar.substring(printed));
            out.flush();
            printed = textSoFar.length();
        }
    }

    void finish() {
        if (printed > 0) {
            out.println();
            out.println("─".repeat(40));
            out.flush();
        }
    }
}
