package com.whereai.core;

import com.whereai.knowledge.Guide;
import com.whereai.knowledge.GuideLoader;

/** One guide and one bot for the whole test run: both are immutable. */
public final class TestBot {

    public static final Guide GUIDE = GuideLoader.loadBundled();
    public static final WhereAiBot BOT = new WhereAiBot(GUIDE, retrieval -> retrieval);

    private TestBot() {}
}
