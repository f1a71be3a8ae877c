package com.whereai.knowledge;

/** A provider or tool the guide names for an option. */
public record Provider(String name, LocalizedText note) {}
