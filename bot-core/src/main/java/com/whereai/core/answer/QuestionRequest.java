package com.whereai.core.answer;

import com.whereai.knowledge.Lang;

/**
 * A free-form question to answer.
 *
 * @param userId who asks, for the per-user rate limit (null when unknown, as on the command line)
 */
public record QuestionRequest(String text, Lang lang, String userId) {}
