package com.whereai.core.compose;

import com.whereai.core.i18n.Messages;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.DeploymentOption;
import com.whereai.knowledge.Guide;
import com.whereai.knowledge.KnowledgeEntry;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.OptionId;
import com.whereai.knowledge.VramRow;
import com.whereai.knowledge.VramRowText;

/** Names and sources shared by the reply composers, so every reply labels options and cites entries alike. */
public final class GuideTexts {

    private final Guide guide;
    private final Messages messages = Messages.get();

    public GuideTexts(Guide guide) {
        this.guide = guide;
    }

    public Guide guide() {
        return guide;
    }

    /** "2A Egen server": the guide's number and the short name. */
    public String label(OptionId id, Lang lang) {
        return id.guideNumber() + " " + guide.option(id).shortName().in(lang);
    }

    /** "2A – Egen server, köpt (on-premise)": the guide's number and the full name. */
    public String fullName(OptionId id, Lang lang) {
        DeploymentOption option = guide.option(id);
        return id.guideNumber() + " – " + option.name().in(lang);
    }

    /** Adds a guide entry as a source of the reply, titled in the reply's language. */
    public void cite(Reply.Builder reply, String entryId) {
        KnowledgeEntry entry =
                guide.entry(entryId).orElseThrow(() -> new IllegalStateException("unknown entry " + entryId));
        reply.source(entry.id(), entry.title().in(reply.lang()));
    }

    /** One row of the guide's VRAM table as a line: size, VRAM, machine and price. */
    public String vramRow(VramRow row, Lang lang) {
        return text(
                lang,
                "fit.guide-row",
                VramRowText.modelSize(row, lang),
                VramRowText.vram(row),
                row.machine().in(lang),
                VramRowText.price(row, lang));
    }

    public String text(Lang lang, String key, Object... args) {
        return messages.text(lang, key, args);
    }
}
