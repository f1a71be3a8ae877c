package com.whereai.slack.render;

import java.util.List;

/** One input per kind of reply (and an overlong one), shared by the Block Kit limit and type tests. */
final class BlockKitLimitsTestInputs {

    static final List<String> ONE_OF_EACH = List.of("help", "options", "2a", "5", "compare", "compare 1 3",
            "recommend patient records, no IT staff, 70b on 24 gb, commercial SaaS", "recommend", "recommend gpt-4o on premises",
            "why not 5 patient records", "why not 1", "vram 70b", "70b q4 on 24 gb", "what fits in 24 gb", "licences", "concepts",
            "what is vram", "tokens", "summary", "how do I install ollama", "what is the capital of France", "compare 1 9",
            "recommend " + "patient records and trade secrets, ".repeat(150));

    private BlockKitLimitsTestInputs() {
    }
}
