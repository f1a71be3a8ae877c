package com.whereai.core.fit;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number format a model's weights are stored in, with its effective bits per weight. GGUF figures are
 * the usual effective sizes of llama.cpp's quantisations (block scales included), so they are estimates.
 */
public enum Precision {
    FP32("fp32", 32, "fp32|f32|32[- ]?bit(ar)?|full precision"),
    FP16("fp16", 16, "fp16|f16|16[- ]?bit(ar|s)?|half precision"),
    BF16("bf16", 16, "bf16|bfloat16"),
    Q8_0("Q8_0", 8.5, "q8_0|q8\\b"),
    INT8("8-bit", 8, "int8|8[- ]?bit(ar|s)?|8 bitar"),
    Q6_K("Q6_K", 6.56, "q6_k|q6\\b|6[- ]?bit(ar|s)?"),
    Q5_K_M("Q5_K_M", 5.69, "q5_k_m|q5_k\\b|q5\\b|5[- ]?bit(ar|s)?"),
    Q5_0("Q5_0", 5.54, "q5_0|q5_k_s"),
    Q4_K_M("Q4_K_M", 4.85, "q4_k_m|q4_k\\b|q4\\b"),
    Q4_0("Q4_0", 4.55, "q4_0|q4_k_s"),
    INT4("4-bit", 4, "int4|4[- ]?bit(ar|s)?|4 bitar|awq|gptq"),
    Q3_K_M("Q3_K_M", 3.91, "q3_k_m|q3_k\\b|q3\\b|q3_k_s|3[- ]?bit(ar|s)?"),
    Q2_K("Q2_K", 3.35, "q2_k|q2\\b|2[- ]?bit(ar|s)?");

    /** From the best quality down: what to try when a model does not fit. */
    public static final List<Precision> LADDER = List.of(FP16, Q8_0, Q6_K, Q5_K_M, Q4_K_M, Q3_K_M, Q2_K);

    /** Shown when the user names no precision: unquantised, 8-bit and 4-bit. */
    public static final List<Precision> OVERVIEW = List.of(FP16, INT8, INT4);

    private final String label;
    private final double bitsPerWeight;
    private final Pattern pattern;

    Precision(String label, double bitsPerWeight, String aliases) {
        this.label = label;
        this.bitsPerWeight = bitsPerWeight;
        this.pattern = Pattern.compile("(?<![\\p{L}\\d_])(?:" + aliases + ")(?![\\p{L}\\d_])");
    }

    public String label() {
        return label;
    }

    public double bitsPerWeight() {
        return bitsPerWeight;
    }

    /** The first precision named in lower-cased text, preferring the most specific name (q4_k_m over 4-bit). */
    public static Optional<Precision> find(String text) {
        Precision best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Precision p : values()) {
            Matcher m = p.pattern.matcher(text);
            if (m.find() && m.start() < bestAt) {
                best = p;
                bestAt = m.start();
            }
        }
        return Optional.ofNullable(best);
    }
}
