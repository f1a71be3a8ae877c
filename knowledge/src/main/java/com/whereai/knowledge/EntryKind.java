package com.whereai.knowledge;

/** What part of the guide a knowledge entry comes from. */
public enum EntryKind {
    OPTION,
    PRO,
    CON,
    CONCEPT,
    VRAM_ROW,
    LICENCE,
    TOPIC
}
