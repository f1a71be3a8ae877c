package com.whereai.core.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the figures people write: model sizes ("70b", "8x7B"), memory ("24 GB", "2x24gb"), context ("8k context"), users. */
public final class Quantities {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";
    private static final Pattern MIXTURE =
            Pattern.compile("(?<![\\w.])(\\d+)\\s*x\\s*" + NUMBER + "\\s*b(?![a-z])", FLAGS);
    private static final Pattern MODEL =
            Pattern.compile("(?<![\\w.])" + NUMBER + "\\s*(?:b(?![a-z])|bn\\b|billion|miljard|mdr?\\b)", FLAGS);
    private static final Pattern TRILLION =
            Pattern.compile("(?<![\\w.])" + NUMBER + "\\s*(?:t(?![a-z])|trillion|biljon)", FLAGS);
    private static final Pattern COUNTED_GPUS = Pattern.compile(
            "(?<![\\w.])(?:(\\d+)\\s*[x×]\\s*|(two|three|four|eight|två|tre|fyra|åtta)\\s+)" + NUMBER
                    + "\\s*(?:gb|gib|gigabyte)",
            FLAGS);
    private static final Pattern MEMORY =
            Pattern.compile("(?<![\\w.])" + NUMBER + "\\s*(?:gb|gib|gigabyte)(?![a-z])", FLAGS);
    private static final Pattern CONTEXT_BEFORE = Pattern.compile(
            "(?<![\\w.])(\\d+)\\s*(k)?\\s*(?:tokens? )?(?:context|kontext|ctx|token context|tokens? of context)",
            FLAGS);
    private static final Pattern CONTEXT_AFTER = Pattern.compile(
            "(?:context|kontext|ctx)(?:[- ]?(?:length|window|fönster|längd|size|storlek))?\\s*(?:of|på|=|:)?\\s*(\\d+)\\s*(k)?",
            FLAGS);
    private static final Pattern USERS = Pattern.compile(
            "(?<![\\w.])(\\d+(?:[ ,.]\\d{3})*(?:[.,]\\d+)?)\\s*(k|m|million|miljon(?:er)?|tusen|thousand)?[\\s-]*"
                    + "(?:users|user|användare|customers|kunder|employees|anställda|people|personer|person|pers\\b|colleagues|kollegor|members|medlemmar|seats"
                    + "|students|studenter|elever|pupils|teachers|lärare|doctors|läkare|nurses|sjuksköterskor|lawyers|jurister|advokater"
                    + "|handläggare|caseworkers|consultants|konsulter|staff|medarbetare|researchers|forskare|journalists|journalister"
                    + "|agents|agenter|clinicians|engineers|ingenjörer|developers|utvecklare|analysts|analytiker)",
            FLAGS);

    private Quantities() {}

    /** Billions of parameters, from "70b", "Llama-3.1:8B", "13 miljarder", "8x7b" or "1.8T". */
    public static Optional<Double> modelBillions(String text) {
        return readSafely(() -> modelBillionsOf(text));
    }

    private static Optional<Double> modelBillionsOf(String text) {
        Matcher mixture = MIXTURE.matcher(text);
        if (mixture.find()) {
            return Optional.of(Integer.parseInt(mixture.group(1)) * number(mixture.group(2)));
        }
        Matcher m = MODEL.matcher(text);
        if (m.find()) {
            return Optional.of(number(m.group(1))).filter(b -> b > 0 && b <= 100_000);
        }
        Matcher t = TRILLION.matcher(text);
        if (t.find()) {
            return Optional.of(number(t.group(1)) * 1000).filter(b -> b > 0 && b <= 100_000);
        }
        return Optional.empty();
    }

    /** Gigabytes of memory, from "24 GB", "12gb", "2x24 GB" or "två 24 GB". */
    public static Optional<Double> memoryGb(String text) {
        return readSafely(() -> memoryGbOf(text));
    }

    private static Optional<Double> memoryGbOf(String text) {
        Matcher counted = COUNTED_GPUS.matcher(text);
        if (counted.find()) {
            double count = count(counted.group(1) != null ? counted.group(1) : counted.group(2));
            double each = number(counted.group(3));
            if (count > 0 && count <= 64) {
                return Optional.of(count * each).filter(gb -> gb > 0 && gb <= 100_000);
            }
        }
        Matcher m = MEMORY.matcher(text);
        if (m.find()) {
            return Optional.of(number(m.group(1))).filter(gb -> gb > 0 && gb <= 100_000);
        }
        return Optional.empty();
    }

    /** Context length in tokens, from "8k context", "context 32768" or "kontext 16k". */
    public static Optional<Integer> contextTokens(String text) {
        return readSafely(() -> contextTokensOf(text));
    }

    private static Optional<Integer> contextTokensOf(String text) {
        for (Pattern p : new Pattern[] {CONTEXT_BEFORE, CONTEXT_AFTER}) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                long value = Long.parseLong(m.group(1)) * (m.group(2) != null ? 1024 : 1);
                if (value > 0 && value <= 10_000_000) {
                    return Optional.of((int) value);
                }
            }
        }
        return Optional.empty();
    }

    /** A number of users, from "500 users", "10 000 användare", "2 million customers" or "50k users". */
    public static Optional<Long> users(String text) {
        return readSafely(() -> usersOf(text));
    }

    private static Optional<Long> usersOf(String text) {
        Matcher m = USERS.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String digits = m.group(1);
        double value = digits.matches("\\d+(?:[ ,.]\\d{3})+")
                ? Double.parseDouble(digits.replaceAll("[ ,.]", ""))
                : number(digits);
        String unit = m.group(2) == null ? "" : m.group(2);
        double factor = switch (unit) {
            case "k", "tusen", "thousand" -> 1_000;
            case "m", "million", "miljon", "miljoner" -> 1_000_000;
            default -> 1;
        };
        double users = value * factor;
        return users >= 1 && users < 1e12 ? Optional.of(Math.round(users)) : Optional.empty();
    }

    /** Figures too long or oddly written for a number ("9999999999x7b", "1.000.5 users") are read as no figure. */
    private static <T> Optional<T> readSafely(java.util.function.Supplier<Optional<T>> read) {
        try {
            return read.get();
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }

    private static double count(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "two", "två" -> 2;
            case "three", "tre" -> 3;
            case "four", "fyra" -> 4;
            case "eight", "åtta" -> 8;
            default -> Double.parseDouble(word);
        };
    }
}
