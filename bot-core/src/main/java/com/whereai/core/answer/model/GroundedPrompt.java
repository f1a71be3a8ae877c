package com.whereai.core.answer.model;

import com.whereai.knowledge.KnowledgeEntry;
import com.whereai.knowledge.Lang;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.List;

/**
 * The prompt for a grounded answer: the retrieved guide entries with their ids, the question, and the
 * rules — answer only from the entries, in the user's language, citing entry ids in square brackets.
 */
public final class GroundedPrompt {

    private GroundedPrompt() {}

    public static List<ChatMessage> messages(String question, Lang lang, List<KnowledgeEntry> entries) {
        String language = lang == Lang.SV ? "Swedish" : "English";
        StringBuilder system = new StringBuilder()
                .append(
                        "You are where-ai. You answer questions about where to run an AI model, using ONLY the guide entries below ")
                .append("(from the Swedish guide \"Var bor din AI?\"). Rules:\n")
                .append("- Answer in ")
                .append(language)
                .append(", in at most 120 words.\n")
                .append(
                        "- Use only facts from the entries. Do not add prices, sizes or other numbers that are not in them.\n")
                .append(
                        "- After each claim, cite the entry id it comes from in square brackets, for example [concept.vram].\n")
                .append("- If the entries do not answer the question, say that the guide does not cover it.\n\n")
                .append("Guide entries:\n");
        for (KnowledgeEntry entry : entries) {
            system.append('[')
                    .append(entry.id())
                    .append("] ")
                    .append(entry.title().in(lang))
                    .append(": ")
                    .append(entry.body().in(lang))
                    .append('\n');
        }
        return List.of(SystemMessage.from(system.toString()), UserMessage.from(question));
    }
}
