package com.whereai.core.compose;

import com.whereai.core.cost.CostFormulas;
import com.whereai.knowledge.Lang;
import java.util.Locale;

/**
 * Writes amounts in the reply's currency: kronor as "12 340 kr", dollars as "$1,234", euros as "€1 234", grouped the
 * way the reply's language groups digits. Holds the exchange rate it converts kronor with.
 *
 * @param currency ISO code of the currency shown
 * @param sekPerUnit kronor per one unit of it (1 for SEK)
 */
public record MoneyText(String currency, double sekPerUnit) {

    public static final MoneyText SEK = new MoneyText("SEK", 1);

    /** An amount in kronor, converted and rounded to whole units. */
    public String sek(double sek, Lang lang) {
        return amount(CostFormulas.fromSek(sek, sekPerUnit), currency, lang);
    }

    /** An amount in kronor converted, as a whole number in the reply's currency. */
    public long whole(double sek) {
        return Math.round(CostFormulas.fromSek(sek, sekPerUnit));
    }

    /** A price as the price list gives it, in dollars, with cents when under 100. */
    public static String dollars(double usd, Lang lang) {
        return usd < 100 ? "$" + String.format(Locale.US, "%.2f", usd) : amount(usd, "USD", lang);
    }

    /** A price per unit in kronor with öre ("1,26 kr"), converted to the reply's currency. */
    public String unitPrice(double sek, Lang lang) {
        double value = CostFormulas.fromSek(sek, sekPerUnit);
        String number = String.format(lang.locale(), "%.2f", value);
        return switch (currency) {
            case "USD" -> "$" + number;
            case "EUR" -> "€" + number;
            default -> number + " kr";
        };
    }

    private static String amount(double value, String currency, Lang lang) {
        String number = String.format(lang.locale(), "%,.0f", value);
        return switch (currency) {
            case "USD" -> "$" + number;
            case "EUR" -> "€" + number;
            default -> number + " kr";
        };
    }
}
