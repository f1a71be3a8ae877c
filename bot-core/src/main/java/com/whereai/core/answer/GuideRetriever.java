package com.whereai.core.answer;

import java.util.List;

/** Finds the guide entries that best answer a question, in either language. */
public interface GuideRetriever {

    /** The best entries first; empty when nothing in the guide matches. */
    List<ScoredEntry> search(String question, int limit);

    /** Whether the guide speaks to the question at all; when not, the answer says so. */
    boolean covers(String question);
}
