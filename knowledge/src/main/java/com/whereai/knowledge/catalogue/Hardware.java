package com.whereai.knowledge.catalogue;

/**
 * Hardware named in a question: a number of identical GPUs, or a Mac with its unified memory.
 *
 * @param kind a GPU or an Apple chip
 * @param id the catalogue id of the GPU or chip
 * @param name its name
 * @param count the number of GPUs (1 for a Mac)
 * @param memoryGiB memory per GPU in GiB, or the Mac's unified memory
 * @param usableGiB what the GPU may use per device: all of it for a GPU, the default GPU share of unified memory for a
 *     Mac (about 2/3 up to 36 GB, 3/4 above)
 * @param memoryStated true if the text gave the memory ("M3 Max 64GB", "3060 8gb"), false if it is the catalogue's
 */
public record Hardware(
        Kind kind, String id, String name, int count, double memoryGiB, double usableGiB, boolean memoryStated) {

    public enum Kind {
        GPU,
        APPLE
    }

    public double totalMemoryGiB() {
        return count * memoryGiB;
    }

    public double totalUsableGiB() {
        return count * usableGiB;
    }
}
