package com.whereai.core.cost;

import com.whereai.core.text.Quantities;
import com.whereai.knowledge.catalogue.Catalogue;
import com.whereai.knowledge.catalogue.CatalogueModel;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a workload from text as people write it, in Swedish or English: "200 employees, 20 questions a day each, a 70B
 * model", "5 000 förfrågningar per dag", "1000 tokens in, 300 out", "dygnet runt", "8 hours a day", "over 3 years",
 * "currency=USD", "i euro". What it does not find stays null.
 */
public final class WorkloadReader {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NUMBER =
            "(\\d{1,3}(?:[  ]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s*(k|tusen|thousand|m|million|miljon(?:er)?)?";
    private static final String REQUEST_WORDS =
            "(?:questions?|requests?|queries|query|prompts?|calls?|messages?|chats?|conversations?|answers?"
                    + "|frågor|fråga|förfrågningar|förfrågan|anrop|meddelanden|meddelande|samtal|svar|körningar)";
    private static final String PER_DAY = "(?:a|per|each|every|om|i|varje|/)\\s*(?:day|dag|dygn|workday|arbetsdag)";
    private static final Pattern REQUESTS = Pattern.compile(
            "(?<![\\w.,])" + NUMBER + "\\s*(?:\\w+\\s+)?" + REQUEST_WORDS + "\\s*" + PER_DAY
                    + "(\\s*(?:each|apiece|per (?:user|person|employee|head|seat)|var|vardera|per (?:person|användare|anställd|medarbetare)|styck))?",
            FLAGS);
    private static final Pattern EACH_BEFORE = Pattern.compile(
            "(?:each|every|per)\\s+(?:user|person|employee|member|colleague)s?\\s*$|(?:varje|per)\\s+(?:användare|person|anställd|medarbetare)\\s*$",
            FLAGS);
    private static final Pattern PER_MONTH_REQUESTS = Pattern.compile(
            "(?<![\\w.,])" + NUMBER + "\\s*(?:\\w+\\s+)?" + REQUEST_WORDS
                    + "\\s*(?:a|per|each|om|i|varje|/)\\s*(?:month|månad|mån)",
            FLAGS);
    private static final Pattern TOKENS_IN = Pattern.compile(
            "(?<![\\w.,])" + NUMBER
                    + "\\s*(?:tokens?\\s*(?:in\\b|input|inputs|prompt|indata|per (?:question|fråga|request))|(?:input|prompt)[- ]?tokens?)"
                    + "|(?:input|prompt)(?:[- ]?tokens?)?[\\s:=]+" + NUMBER,
            FLAGS);
    private static final Pattern TOKENS_OUT = Pattern.compile(
            "(?<![\\w.,])" + NUMBER
                    + "\\s*(?:tokens?\\s*(?:out\\b|output|outputs|ut\\b|utdata|i svaret|per svar|per answer|in the answer)|(?:output|svars)[- ]?tokens?)"
                    + "|(?:output|svar)(?:[- ]?tokens?)?[\\s:=]+" + NUMBER,
            FLAGS);
    private static final Pattern ALWAYS_ON = Pattern.compile(
            "dygnet runt|24/7|24-7|24 ?x ?7|around the clock|round the clock|always[- ]on|alltid på|hela tiden|non-?stop|dygnsöppe|24 (?:hours|h|timmar) (?:a|per|om) (?:day|dygn|dag)",
            FLAGS);
    private static final Pattern HOURS = Pattern.compile(
            "(?<![\\w.,])(\\d{1,2}(?:[.,]\\d)?)\\s*(?:hours?|h|timmar|timme|tim)\\s*(?:a|per|om|i|/)\\s*(?:day|dag|dygn)",
            FLAGS);
    private static final Pattern HORIZON = Pattern.compile(
            "(?:over|for|during|across|within|in|för|över|under|på|i)\\s+(?:the next\\s+|de närmaste\\s+|kommande\\s+)?(\\d{1,3}|a|an|one|two|three|four|five|ett|en|två|tre|fyra|fem)\\s*(years?|år|months?|månader|månad|mån)\\b",
            FLAGS);
    private static final Pattern CURRENCY = Pattern.compile(
            "currency\\s*[=:]\\s*(sek|usd|eur)|valuta\\s*[=:]\\s*(sek|usd|eur)|\\b(?:in|i)\\s+(dollars?|usd|euros?|eur|kronor|sek)\\b",
            FLAGS);

    private final Catalogue catalogue;

    public WorkloadReader(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public WorkloadQuestion read(String text) {
        if (text == null || text.isBlank()) {
            return WorkloadQuestion.NOTHING_GIVEN;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Optional<CatalogueModel> model = catalogue.model(lower);
        Double billions =
                model.isPresent() ? null : Quantities.modelBillions(lower).orElse(null);
        Long users = Quantities.users(lower).orElse(null);
        Double perUser = null;
        Double perDay = null;
        Matcher requests = REQUESTS.matcher(lower);
        if (requests.find()) {
            double value = number(requests.group(1), requests.group(2));
            boolean each = requests.group(3) != null
                    || EACH_BEFORE.matcher(lower.substring(0, requests.start())).find()
                    || (users != null
                            && lower.substring(0, requests.start())
                                    .matches("(?s).*\\b(?:each|var|varje|per person)\\b\\s*$"));
            if (each && value > 0) {
                perUser = value;
            } else if (value > 0) {
                perDay = value;
            }
        } else {
            Matcher monthly = PER_MONTH_REQUESTS.matcher(lower);
            if (monthly.find()) {
                double value = number(monthly.group(1), monthly.group(2));
                if (value > 0) {
                    perDay = value / WorkloadDefaults.DAYS_PER_MONTH_ALWAYS_ON;
                }
            }
        }
        Integer in = tokens(TOKENS_IN, lower);
        Integer out = tokens(TOKENS_OUT, lower);
        Double hours = null;
        if (ALWAYS_ON.matcher(lower).find()) {
            hours = 24.0;
        } else {
            Matcher h = HOURS.matcher(lower);
            if (h.find()) {
                double value = Double.parseDouble(h.group(1).replace(',', '.'));
                if (value > 0 && value <= 24) {
                    hours = value;
                }
            }
        }
        Integer horizon = horizon(lower);
        String currency = currency(lower);
        return new WorkloadQuestion(
                billions, model.orElse(null), users, perUser, perDay, in, out, hours, null, horizon, currency);
    }

    private static Integer tokens(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        String digits = m.group(1) != null ? m.group(1) : m.group(3);
        String unit = m.group(1) != null ? m.group(2) : m.group(4);
        double value = number(digits, unit);
        return value >= 1 && value <= 10_000_000 ? (int) Math.round(value) : null;
    }

    private static Integer horizon(String text) {
        Matcher m = HORIZON.matcher(text);
        while (m.find()) {
            Integer count = count(m.group(1));
            if (count == null || count < 1) {
                continue;
            }
            boolean years = m.group(2).startsWith("y") || m.group(2).equals("år");
            int months = years ? count * 12 : count;
            return Math.min(months, Workload.MAX_HORIZON_MONTHS);
        }
        return null;
    }

    private static String currency(String text) {
        Matcher m = CURRENCY.matcher(text);
        if (!m.find()) {
            return null;
        }
        String code = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        if (code.startsWith("dollar") || code.equals("usd")) {
            return "USD";
        }
        if (code.startsWith("euro") || code.equals("eur")) {
            return "EUR";
        }
        return "SEK";
    }

    private static Integer count(String word) {
        return switch (word) {
            case "a", "an", "one", "ett", "en" -> 1;
            case "two", "två" -> 2;
            case "three", "tre" -> 3;
            case "four", "fyra" -> 4;
            case "five", "fem" -> 5;
            default -> word.chars().allMatch(Character::isDigit) ? Integer.valueOf(word) : null;
        };
    }

    private static double number(String digits, String unit) {
        double value;
        String plain = digits.replaceAll("[  ]", "");
        try {
            value = plain.matches("\\d+") ? Double.parseDouble(plain) : Double.parseDouble(plain.replace(',', '.'));
        } catch (NumberFormatException e) {
            return -1;
        }
        if (unit == null) {
            return value;
        }
        return switch (unit) {
            case "k", "tusen", "thousand" -> value * 1_000;
            default -> value * 1_000_000;
        };
    }
}
