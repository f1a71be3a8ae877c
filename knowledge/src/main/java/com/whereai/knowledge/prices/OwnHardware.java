package com.whereai.knowledge.prices;

import java.util.Optional;

/**
 * The GPUs that stand for one row of the guide's VRAM table when its machine is bought: the guide gives the row's
 * memory and price, not the card, so this is the price file's assumption (used for throughput and electricity only).
 *
 * @param row the guide's VRAM row id ({@code vram.70b})
 */
public record OwnHardware(String row, GpuSpec gpu, int gpus, Optional<String> note) {}
