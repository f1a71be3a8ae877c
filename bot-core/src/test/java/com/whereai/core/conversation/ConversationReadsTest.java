package com.whereai.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.Query;
import com.whereai.core.WhereAiBot;
import com.whereai.core.reply.Intent;
import com.whereai.knowledge.GuideLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The store is read only for what a conversation can change (a description, a question, a "why not"): a shared
 * database is not asked for every compare or option card.
 */
class ConversationReadsTest {

    private final List<String> reads = new ArrayList<>();
    private final InMemoryConversationStore kept = new InMemoryConversationStore();
    private final ConversationStore counting = new ConversationStore() {
        @Override
        public Optional<ConversationState> get(String conversationId) {
            reads.add(conversationId);
            return kept.get(conversationId);
        }

        @Override
        public void put(String conversationId, ConversationState state) {
            kept.put(conversationId, state);
        }

        @Override
        public void clear(String conversationId) {
            kept.clear(conversationId);
        }
    };
    private final WhereAiBot bot =
            new WhereAiBot(GuideLoader.loadBundled(), (retrieval, texts, counters) -> retrieval, counting);

    private com.whereai.core.reply.Reply ask(String text) {
        return bot.answer(Query.of(text).inConversation("slack:C1:U1"));
    }

    @Test
    void cards_that_no_conversation_changes_are_answered_without_reading_the_store() {
        ask("recommend we have patient records");
        reads.clear();

        assertThat(ask("compare 1 3").intent()).isEqualTo(Intent.COMPARE);
        assertThat(ask("2b").intent()).isEqualTo(Intent.OPTION);

        assertThat(reads).isEmpty();
    }

    @Test
    void a_follow_up_still_reads_what_the_conversation_said() {
        ask("recommend we have patient records");
        reads.clear();

        var reply = ask("and we have no IT staff");

        assertThat(reads).containsExactly("slack:C1:U1");
        assertThat(reply.recommendation().situation().signals())
                .contains(
                        com.whereai.core.situation.Signal.SENSITIVE_DATA,
                        com.whereai.core.situation.Signal.NO_IT_STAFF);
    }
}
