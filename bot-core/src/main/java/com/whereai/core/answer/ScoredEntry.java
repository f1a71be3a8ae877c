package com.whereai.core.answer;

import com.whereai.knowledge.KnowledgeEntry;

/** A guide entry found for a question, with its relevance score (higher is better). */
public record ScoredEntry(KnowledgeEntry entry, double score) {}
