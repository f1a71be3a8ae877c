package com.whereai.core.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.whereai.core.words.WordsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a budget from text ("400 000 kr avsatt", "budget of $2k a year", "5 000 EUR i månaden") and weighs it
 * against what a server costs (words/budgets.yaml, each threshold with its source and date). Only an amount in
 * a sentence with a budget word counts.
 */
public final class Budgets {

    public static final String FILE = "budgets.yaml";
    private static final String RESOURCE = "/com/whereai/core/words/" + FILE;

    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(?<pre>\\$|€|usd|eur|sek)\\s?)?(?<num>\\d{1,3}(?:[  ,.]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d+)?)\\s?"
                    + "(?<mult>(?:k|tkr|mkr|msek|miljoner|miljon|million|mn|m)(?![\\p{L}]))?\\s?(?<post>kr|kronor|sek|usd|eur|euro|euros|€|\\$|dollars?)?"
                    + "(?<period>\\s?(?:/|per|a|an|i|om|varje)\\s?(?:month|mån|månad|månaden|year|yr|år|året))?");

    /** What a budget in the text means for buying hardware. */
    public enum Reading {
        CAN_BUY_HARDWARE,
        NO_HARDWARE,
        NO_HARDWARE_AND_LOW
    }

    private final Map<String, Double> thresholds;
    private final double lowSharePerYear;
    private final Pattern budgetWords;

    private Budgets(Map<String, Double> thresholds, double lowSharePerYear, Pattern budgetWords) {
        this.thresholds = thresholds;
        this.lowSharePerYear = lowSharePerYear;
        this.budgetWords = budgetWords;
    }

    public static Budgets bundled() {
        try (InputStream in = Budgets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new WordsException(FILE + ": not found on the class path at " + RESOURCE);
            }
            return parse(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new WordsException(FILE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    static Budgets parse(JsonNode root) {
        Map<String, Double> thresholds = new HashMap<>();
        JsonNode t = root.path("thresholds");
        for (String currency : List.of("SEK", "EUR", "USD")) {
            JsonNode node = t.path(currency);
            if (!node.path("amount").isNumber() || node.path("amount").asDouble() <= 0) {
                throw new WordsException(FILE + ": thresholds." + currency + ".amount: must be a positive number");
            }
            if (node.path("source").asText("").isBlank()
                    || !node.path("as-of").asText("").matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new WordsException(
                        FILE + ": thresholds." + currency + ": needs a source and an as-of date (YYYY-MM-DD)");
            }
            thresholds.put(currency, node.path("amount").asDouble());
        }
        List<String> words = new ArrayList<>();
        for (String lang : List.of("sv", "en")) {
            JsonNode list = root.path("budget-words").path(lang);
            if (!list.isArray() || list.isEmpty()) {
                throw new WordsException(FILE + ": budget-words." + lang + ": needs a list of words");
            }
            for (int i = 0; i < list.size(); i++) {
                String word = list.get(i).asText("");
                if (word.isBlank()) {
                    throw new WordsException(FILE + ": budget-words." + lang + "[" + i + "]: must be a word");
                }
                words.add(Pattern.quote(word.toLowerCase(Locale.ROOT)));
            }
        }
        double lowShare = root.path("low-share-per-year").asDouble(-1);
        if (lowShare <= 0 || lowShare > 1) {
            throw new WordsException(FILE + ": low-share-per-year: must be a number above 0 and at most 1");
        }
        return new Budgets(
                Map.copyOf(thresholds),
                lowShare,
                Pattern.compile("(?<![\\p{L}\\d])(?:" + String.join("|", words) + ")"));
    }

    /** The first budget the (lower-case) text states, read against the hardware threshold. */
    public Optional<Reading> read(String text) {
        for (String sentence : text.split("(?<=[.!?;])\\s+")) {
            if (!budgetWords.matcher(sentence).find()) {
                continue;
            }
            Matcher m = AMOUNT.matcher(sentence);
            while (m.find()) {
                Optional<String> currency = currency(m.group("pre"), m.group("post"));
                if (currency.isEmpty()) {
                    continue;
                }
                double amount = Numbers.parse(m.group("num")) * multiplier(m.group("mult"));
                if (Double.isNaN(amount) || Double.isInfinite(amount)) {
                    continue;
                }
                double threshold = thresholds.get(currency.get());
                String period = m.group("period") == null ? "" : m.group("period");
                if (!period.isBlank()) {
                    boolean monthly = period.contains("month") || period.contains("mån");
                    double perYear = monthly ? amount * 12 : amount;
                    return Optional.of(
                            perYear < threshold * lowSharePerYear ? Reading.NO_HARDWARE_AND_LOW : Reading.NO_HARDWARE);
                }
                return Optional.of(amount >= threshold ? Reading.CAN_BUY_HARDWARE : Reading.NO_HARDWARE_AND_LOW);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> currency(String pre, String post) {
        String c = pre != null ? pre : post;
        if (c == null) {
            return Optional.empty();
        }
        return switch (c) {
            case "$", "usd", "dollar", "dollars" -> Optional.of("USD");
            case "€", "eur", "euro", "euros" -> Optional.of("EUR");
            default -> Optional.of("SEK");
        };
    }

    private static double multiplier(String mult) {
        if (mult == null) {
            return 1;
        }
        return switch (mult) {
            case "k", "tkr" -> 1_000;
            case "mkr", "msek", "miljoner", "miljon", "million", "mn", "m" -> 1_000_000;
            default -> 1;
        };
    }
}
