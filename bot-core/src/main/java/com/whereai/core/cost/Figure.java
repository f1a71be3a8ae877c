package com.whereai.core.cost;

/** One value inside a cost line, kept typed so each surface writes it in the reader's language and currency. */
public sealed interface Figure {

    /** An amount of money in kronor; shown in the reply's currency. */
    record Money(double sek) implements Figure {}

    /** An amount in US dollars as a price list gives it (per hour, per million tokens); shown as such. */
    record Dollars(double usd) implements Figure {}

    /** A count or measure, shown with {@code decimals} decimals. */
    record Number(double value, int decimals) implements Figure {}

    /** A name (a GPU, a provider, a model). */
    record Text(String text) implements Figure {}

    static Figure money(double sek) {
        return new Money(sek);
    }

    static Figure dollars(double usd) {
        return new Dollars(usd);
    }

    static Figure number(double value, int decimals) {
        return new Number(value, decimals);
    }

    static Figure text(String text) {
        return new Text(text);
    }
}
