package com.whereai.knowledge.prices;

import java.time.LocalDate;
import java.util.Optional;

/** What a kilowatt-hour of electricity costs a Swedish business, in kronor, with what the figure includes. */
public record Electricity(double sekPerKwh, LocalDate asOf, String source, Optional<String> note) {}
