package com.whereai.knowledge.catalogue;

/** A llama.cpp weight quantisation and its measured bits per weight, for example {@code Q4_K_M} at 4.8944. */
public record Quant(String id, double bitsPerWeight, String source) {}
