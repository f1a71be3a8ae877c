package com.whereai.core.compose;

import com.whereai.knowledge.Lang;
import java.util.ArrayList;
import java.util.List;

/**
 * The example commands shown in help, on Slack's Home tab and in the Teams welcome: one list, kept in the
 * message bundles as {@code help.example.1..}{@value #COUNT}, each "command – what it does".
 */
public final class HelpExamples {

    /** How many examples the bundles hold. */
    public static final int COUNT = 10;
    /** How many a greeting shows: the first ones, which cover the main commands. */
    public static final int IN_A_GREETING = 6;

    private final GuideTexts texts;

    public HelpExamples(GuideTexts texts) {
        this.texts = texts;
    }

    public List<String> all(Lang lang) {
        return first(COUNT, lang);
    }

    public List<String> forGreeting(Lang lang) {
        return first(IN_A_GREETING, lang);
    }

    private List<String> first(int count, Lang lang) {
        List<String> examples = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            examples.add(texts.text(lang, "help.example." + i));
        }
        return examples;
    }
}
