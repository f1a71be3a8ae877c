package com.whereai.core.compose;

import com.whereai.core.command.Command;
import com.whereai.core.conversation.ConversationState;
import com.whereai.core.conversation.Turn;
import com.whereai.core.conversation.WhatChanged;
import com.whereai.core.recommend.Recommendation;
import com.whereai.core.reply.Action;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.situation.Signal;
import com.whereai.core.situation.Situation;
import com.whereai.core.text.Numbers;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.OptionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Replies about the conversation itself: starting over, and what a follow-up changed. */
public final class ConversationReplies {

    private final GuideTexts texts;

    public ConversationReplies(GuideTexts texts) {
        this.texts = texts;
    }

    public Reply startOver(Lang lang) {
        Reply.Builder reply = Reply.builder(Intent.START_OVER, lang).title(texts.text(lang, "start-over.title"));
        reply.paragraph(texts.text(lang, "start-over.text"));
        reply.action(new Action.OpenForm(
                texts.text(lang, "questionnaire.open"), texts.text(lang, "command.questionnaire"), true));
        reply.action(Action.of(texts.text(lang, "action.help"), texts.text(lang, "command.help")));
        texts.cite(reply, "topic.summary-advice");
        return reply.build();
    }

    /**
     * The answer to a follow-up, with notes first: what changed against the answer before ("Now 2B Rented server
     * first instead of 2A Own server, because you added: no IT staff."), and that the conversation so far was read
     * with it. Any other answer is returned as it is.
     */
    public Reply followUp(Reply reply, Turn turn, Lang lang) {
        Optional<Recommendation> answered = reply.recommendationIfAny();
        if (!turn.isFollowUp() || answered.isEmpty()) {
            return reply;
        }
        Reply withContext = reply.withNoteFirst(texts.text(lang, "conversation.context"));
        return whatChanged(turn.before(), answered.get(), lang)
                .map(withContext::withNoteFirst)
                .orElse(withContext);
    }

    /**
     * The command that gives a recommendation on its own, with the situation in the command language's words
     * ("recommend sensitive-data no-it-staff"): what "Share in channel" replays, outside the conversation and
     * without reading the text again (nor by the local model). A yes/no question that is not a follow-up is
     * replayed as asked, so the shared card keeps its answer first.
     */
    public String replay(Turn turn, Reply reply, String text) {
        Optional<Recommendation> answered = reply.recommendationIfAny();
        boolean question = turn.command() instanceof Command.Recommend r && r.askedAbout() != null;
        if (answered.isEmpty() || (question && !turn.isFollowUp())) {
            return text;
        }
        Recommendation rec = answered.get();
        String situation = SituationWords.of(rec.situation(), rec.weights());
        if (turn.command() instanceof Command.WhyNot w) {
            return (texts.text(reply.lang(), "command.why-not") + " "
                            + w.option().guideNumber().toLowerCase(Locale.ROOT) + " " + situation)
                    .strip();
        }
        return (texts.text(reply.lang(), "command.recommend") + " " + situation).strip();
    }

    private Optional<String> whatChanged(ConversationState before, Recommendation now, Lang lang) {
        ConversationState after = ConversationState.of(now);
        String because = because(
                WhatChanged.between(before.situation(), before.weights(), after.situation(), after.weights()),
                before.situation(),
                after.situation(),
                lang);
        OptionId was = before.top();
        OptionId is = after.top();
        if (Objects.equals(was, is)) {
            if (because == null) {
                return Optional.empty();
            }
            if (is == null) {
                return Optional.of(texts.text(lang, "conversation.still-none", because));
            }
            if (before.runnerUp() != null && after.runnerUp() != null && before.runnerUp() != after.runnerUp()) {
                return Optional.of(texts.text(
                        lang,
                        "conversation.still-new-runner-up",
                        label(is, lang),
                        label(after.runnerUp(), lang),
                        label(before.runnerUp(), lang),
                        because));
            }
            return Optional.of(texts.text(lang, "conversation.still", label(is, lang), because));
        }
        if (is == null) {
            return Optional.of(
                    because == null
                            ? texts.text(lang, "conversation.now-none-left-plain")
                            : texts.text(lang, "conversation.now-none-left", because));
        }
        if (was == null) {
            return Optional.of(
                    because == null
                            ? texts.text(lang, "conversation.now-from-none-plain", label(is, lang))
                            : texts.text(lang, "conversation.now-from-none", label(is, lang), because));
        }
        return Optional.of(
                because == null
                        ? texts.text(lang, "conversation.now-plain", label(is, lang), label(was, lang))
                        : texts.text(lang, "conversation.now", label(is, lang), label(was, lang), because));
    }

    /** "you added: no IT staff; you took back: sensitive data", or null when nothing changed. */
    private String because(WhatChanged changed, Situation before, Situation after, Lang lang) {
        List<String> parts = new ArrayList<>();
        if (!changed.added().isEmpty()) {
            parts.add(texts.text(lang, "conversation.added", signals(changed.added(), after, lang)));
        }
        if (!changed.takenBack().isEmpty()) {
            parts.add(texts.text(lang, "conversation.taken-back", signals(changed.takenBack(), before, lang)));
        }
        if (!changed.weightsSet().isEmpty()) {
            List<String> weights = new ArrayList<>();
            changed.weightsSet()
                    .forEach((c, w) ->
                            weights.add(texts.guide().criterion(c).name().in(lang) + " " + Numbers.compact(w)));
            parts.add(texts.text(lang, "conversation.weights-set", String.join(", ", weights)));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private String signals(Set<Signal> signals, Situation situation, Lang lang) {
        List<String> names = new ArrayList<>();
        for (Signal signal : signals) {
            if (signal == Signal.MODEL_SIZE && situation.modelBillions() != null) {
                names.add(texts.text(lang, "signal.model-size.value", Numbers.compact(situation.modelBillions())));
            } else if (signal == Signal.AVAILABLE_VRAM && situation.vramGb() != null) {
                names.add(texts.text(lang, "signal.available-vram.value", Numbers.compact(situation.vramGb())));
            } else {
                names.add(texts.text(lang, "signal." + signal.id()));
            }
        }
        return String.join(", ", names);
    }

    private String label(OptionId option, Lang lang) {
        return texts.label(option, lang);
    }
}
