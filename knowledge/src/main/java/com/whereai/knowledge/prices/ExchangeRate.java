package com.whereai.knowledge.prices;

import java.time.LocalDate;

/**
 * What one unit of a currency cost in Swedish kronor on a day.
 *
 * @param currency ISO 4217 code, upper case ("USD")
 * @param sek kronor per one unit
 */
public record ExchangeRate(String currency, double sek, LocalDate asOf, String source) {}
