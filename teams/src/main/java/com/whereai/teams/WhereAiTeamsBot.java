package com.whereai.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Serialization;
import com.whereai.core.PreparedAnswer;
import com.whereai.core.Query;
import com.whereai.core.WhereAiBot;
import com.whereai.core.compose.QuestionnaireReplies;
import com.whereai.core.reply.FormSubmission;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import com.whereai.teams.card.AdaptiveCardRenderer;
import com.whereai.teams.card.CardAction;
import com.whereai.teams.card.FormValues;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * where-ai in Teams: a message (with the @mention stripped in channels) or a card button becomes a core query;
 * the core's reply comes back as an Adaptive Card after a typing indicator, and a reply that carries a form
 * (the questionnaire) comes back as the form's card. The bot added to a chat sends the core's welcome. Each Teams
 * conversation is one where-ai conversation: a follow-up is read against the situation it described before, and a
 * submitted questionnaire replaces it.
 */
public final class WhereAiTeamsBot extends ActivityHandler {

    private final WhereAiBot bot;
    private final Lang defaultLang;
    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    public WhereAiTeamsBot(WhereAiBot bot, Lang defaultLang) {
        this.bot = bot;
        this.defaultLang = defaultLang;
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        Lang fallback = Lang.fromCode(activity.getLocale()).orElse(defaultLang);
        JsonNode value = activity.getValue() == null ? null : Serialization.objectToTree(activity.getValue());
        Optional<CardAction> action = CardAction.from(value);
        if (action.isPresent() && action.get().kind().equals(CardAction.QUESTIONNAIRE)) {
            return submitted(turn, value, action.get().lang());
        }
        if (action.isPresent() && action.get().kind().equals(CardAction.CHANGE)) {
            return send(
                    turn, bot.questionnaire(action.get().command(), action.get().lang()));
        }
        String text = action.map(CardAction::command).orElseGet(() -> withoutMentions(activity));
        Lang forced = action.map(CardAction::lang).orElse(null);
        PreparedAnswer prepared = bot.prepare(
                new Query(text, forced, fallback, userOf(activity)).inConversation(conversationOf(activity)));
        if (prepared.opensForm()) {
            return send(turn, prepared.answer());
        }
        return typing(turn).thenCompose(sent -> send(turn, prepared.answer()));
    }

    /** The SDK hands onMembersAdded only the members other than the bot; the bot's own arrival is what we greet. */
    @Override
    protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        List<ChannelAccount> membersAdded = activity.getMembersAdded() == null ? List.of() : activity.getMembersAdded();
        String botId =
                activity.getRecipient() == null ? null : activity.getRecipient().getId();
        boolean botAdded = membersAdded.stream()
                .anyMatch(m -> m.getId() != null && m.getId().equals(botId));
        boolean personal = activity.getConversation() != null
                && "personal".equals(activity.getConversation().getConversationType());
        if (!botAdded && !personal) {
            return CompletableFuture.completedFuture(null);
        }
        return send(turn, bot.welcome(Lang.fromCode(activity.getLocale()).orElse(defaultLang)));
    }

    private CompletableFuture<Void> submitted(TurnContext turn, JsonNode value, Lang lang) {
        FormSubmission submission = new FormSubmission(
                QuestionnaireReplies.FORM_ID,
                FormValues.read(bot.questionnaireForm(lang), value),
                lang,
                userOf(turn.getActivity()));
        return typing(turn)
                .thenCompose(sent -> send(
                        turn, bot.submit(submission, Query.Audience.CONVERSATION, conversationOf(turn.getActivity()))));
    }

    /** The reply's form as a card where it has one, else the reply as a card. */
    private CompletableFuture<Void> send(TurnContext turn, Reply reply) {
        ObjectNode card = reply.formIfAny()
                .map(form -> renderer.render(form, reply.lang()))
                .orElseGet(() -> renderer.render(reply));
        Attachment attachment = new Attachment();
        attachment.setContentType(AdaptiveCardRenderer.CONTENT_TYPE);
        attachment.setContent(card);
        Activity message = MessageFactory.attachment(attachment);
        message.setSummary(reply.summary());
        return turn.sendActivity(message).thenApply(r -> null);
    }

    private static String userOf(Activity activity) {
        ChannelAccount from = activity.getFrom();
        if (from == null) {
            return null;
        }
        return from.getAadObjectId() != null ? from.getAadObjectId() : from.getId();
    }

    /** The conversation (a personal chat, a group chat, a channel thread) whose situation follow-ups are read against. */
    private static String conversationOf(Activity activity) {
        return activity.getConversation() == null || activity.getConversation().getId() == null
                ? null
                : "teams:" + activity.getConversation().getId();
    }

    private static String withoutMentions(Activity activity) {
        String text = activity.getText() == null ? "" : activity.getText();
        if (activity.getRecipient() != null && activity.getMentions() != null) {
            text = Activity.removeRecipientMentionImmutable(activity);
            text = text == null ? "" : text;
        }
        return text.replaceAll("<at>[^<]*</at>", " ").strip();
    }

    private static CompletableFuture<Void> typing(TurnContext turn) {
        return turn.sendActivity(Activity.createTypingActivity()).thenApply(r -> null);
    }
}
