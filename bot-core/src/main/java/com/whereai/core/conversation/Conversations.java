package com.whereai.core.conversation;

import com.whereai.core.command.Command;
import com.whereai.core.reply.Reply;
import com.whereai.core.situation.SignalDetector;
import com.whereai.core.situation.Situation;
import com.whereai.core.text.NormalizedText;
import com.whereai.knowledge.CriterionId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Follow-ups: reads a message against what its conversation said before, and keeps what the answer leaves.
 *
 * <p>A recommendation or "why not" is a follow-up when its text starts with a follow-up phrase ("and", "what
 * if", "och", "vad händer om": {@link FollowUpPhrases}), or when it names few signals and is short ("no IT
 * staff"), takes back something the conversation said ("the data is not sensitive after all") or names none of
 * its own ("why not 2b", "recommend privacy=5"). Its situation is then merged into the one before
 * ({@link SituationMerge}); anything else is a new description and replaces it. In a conversation with a
 * situation, a question is read as a follow-up too when it starts with a follow-up phrase and says something
 * about the situation ("what if the data is sensitive?"), or takes something back. "Start over" forgets the
 * conversation.
 */
public final class Conversations {

    /** Up to this many words, a message that names fewer than {@link #FEW_SIGNALS} signals adds to what was said. */
    static final int SHORT_WORDS = 6;

    static final int FEW_SIGNALS = 3;

    private final ConversationStore store;
    private final FollowUpPhrases phrases;
    private final SignalDetector signals;

    public Conversations(ConversationStore store, FollowUpPhrases phrases, SignalDetector signals) {
        this.store = store;
        this.phrases = phrases;
        this.signals = signals;
    }

    /** Reads a parsed command in its conversation (none when {@code conversationId} is null). Changes nothing. */
    public Turn read(String conversationId, Command command) {
        if (conversationId == null || !canFollowUp(command)) {
            return Turn.alone(conversationId, command);
        }
        Optional<ConversationState> stored = store.get(conversationId);
        if (stored.isEmpty()) {
            return Turn.alone(conversationId, command);
        }
        ConversationState before = stored.get();
        Command read = command instanceof Command.Question q
                ? questionAsFollowUp(q, before).orElse(command)
                : command;
        if (read instanceof Command.Recommend r && isFollowUp(r.situationText(), r.situation(), before)) {
            return new Turn(
                    conversationId,
                    new Command.Recommend(
                            SituationMerge.merge(before.situation(), r.situation()),
                            weights(before, r.weights()),
                            r.asked(),
                            r.situationText(),
                            r.askedAbout()),
                    before);
        }
        if (read instanceof Command.WhyNot w && isFollowUp(w.situationText(), w.situation(), before)) {
            return new Turn(
                    conversationId,
                    new Command.WhyNot(
                            w.option(),
                            SituationMerge.merge(before.situation(), w.situation()),
                            weights(before, w.weights()),
                            w.situationText()),
                    before);
        }
        return Turn.alone(conversationId, command);
    }

    /**
     * Whether the conversation can change how {@code command} is read: a question or a description may follow up on
     * it, anything else (compare, an option, a budget ...) is answered alone, without reading the store.
     */
    private static boolean canFollowUp(Command command) {
        return command instanceof Command.Question
                || command instanceof Command.Recommend
                || command instanceof Command.WhyNot;
    }

    /**
     * Keeps what the answer to a turn leaves in its conversation: the situation, weights and ranking a
     * recommendation or "why not" was answered with; "start over" forgets the conversation.
     */
    public void record(Turn turn, Reply reply) {
        String id = turn.conversationId();
        if (id == null) {
            return;
        }
        if (turn.command() instanceof Command.StartOver) {
            store.clear(id);
            return;
        }
        if (turn.command() instanceof Command.Recommend || turn.command() instanceof Command.WhyNot) {
            reply.recommendationIfAny()
                    .map(ConversationState::of)
                    .filter(state -> turn.isFollowUp() || !state.isEmpty())
                    .ifPresent(state -> store.put(id, state));
        }
    }

    /** Forgets a conversation before a full description (a submitted questionnaire) replaces it. */
    public void forget(String conversationId) {
        if (conversationId != null) {
            store.clear(conversationId);
        }
    }

    private boolean isFollowUp(String situationText, Situation said, ConversationState before) {
        String text = NormalizedText.of(situationText).text();
        boolean fewSignals = said.signals().size() < FEW_SIGNALS;
        return phrases.startsAFollowUp(text)
                || (fewSignals && (said.signals().isEmpty() || words(text) <= SHORT_WORDS || takesBack(said, before)));
    }

    /** Whether the text denies something the conversation said ("the data is not sensitive after all"). */
    private static boolean takesBack(Situation said, ConversationState before) {
        return said.denied().stream().anyMatch(before.situation()::has);
    }

    private Optional<Command> questionAsFollowUp(Command.Question question, ConversationState before) {
        String text = NormalizedText.of(question.text()).text();
        Situation said = signals.detect(text);
        boolean saysSomething = !said.signals().isEmpty() || !said.denied().isEmpty();
        if ((saysSomething && phrases.startsAFollowUp(text)) || takesBack(said, before)) {
            return Optional.of(new Command.Recommend(said, Map.of(), false, text));
        }
        return Optional.empty();
    }

    private static Map<CriterionId, Double> weights(ConversationState before, Map<CriterionId, Double> said) {
        Map<CriterionId, Double> merged = new EnumMap<>(CriterionId.class);
        merged.putAll(before.weights());
        merged.putAll(said);
        return merged;
    }

    private static int words(String text) {
        int count = 0;
        for (String word : text.split(" ")) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }
}
