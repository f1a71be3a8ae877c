package com.whereai.knowledge.prices;

import java.time.LocalDate;
import java.util.Optional;

/** What renting one GPU costs per hour on demand, in US dollars, at one provider. */
public record RentalPrice(
        GpuSpec gpu, String provider, double usdPerHour, LocalDate asOf, String source, Optional<String> note) {}
