package com.whereai.core.answer;

import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;

/**
 * Answers a free-form question from the guide. The default writes the answer from retrieved entries; a
 * language model (a later addition) can take this place and fall back to it.
 */
public interface QuestionAnswerer {

    Reply answer(String question, Lang lang);
}
