package com.whereai.knowledge.prices;

/**
 * A GPU's figures that decide throughput and electricity.
 *
 * @param bandwidthGbS memory bandwidth, GB/s
 * @param powerW board power (TDP), watts
 */
public record GpuSpec(String id, String name, int vramGb, double bandwidthGbS, int powerW, String source) {}
