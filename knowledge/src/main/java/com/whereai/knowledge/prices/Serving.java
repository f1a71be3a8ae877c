package com.whereai.knowledge.prices;

/**
 * How self-hosted throughput is estimated: one answer's output tokens come at the GPU's memory bandwidth divided by the
 * model's weights (decoding reads every weight once per token), and a server answers {@code parallelAnswers} questions
 * at once. Real decoding reaches {@code efficiency} of that ceiling.
 *
 * @param quant the precision the weights are counted at (a llama.cpp quant id, as Ollama's default downloads are)
 */
public record Serving(
        int parallelAnswers,
        String parallelAnswersSource,
        double efficiency,
        String efficiencySource,
        String decodeRuleSource,
        String quant,
        String quantSource) {}
