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
import com.whereai.core.Query;
import com.whereai.core.WhereAiBot;
import com.whereai.core.i18n.Messages;
import com.whereai.core.questionnaire.Answers;
import com.whereai.core.questionnaire.Questionnaire;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.text.LanguageDetector;
import com.whereai.core.text.NormalizedText;
import com.whereai.knowledge.Lang;
import com.whereai.teams.card.AdaptiveCardRenderer;
import com.whereai.teams.card.CardAction;
import com.whereai.teams.card.QuestionnaireCard;
import com.whereai.teams.card.WelcomeCard;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * where-ai in Teams: a message (with the @mention stripped in channels) or a card button goes through the
 * core bot and comes back as an Adaptive Card, after a typing indicator; the bot added to a chat says
 * welcome; the questionnaire is a card whose submission yields the recommendation.
 */
public final class WhereAiTeamsBot extends ActivityHandler {

    private static final Set<String> OPENS_QUESTIONNAIRE = Set.of("recommend", "rekommendera", "questionnaire", "frågor", "fragor");

    private final WhereAiBot bot;
    private final Lang defaultLang;
    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();
    private final QuestionnaireCard questionnaire = new QuestionnaireCard();
    private final WelcomeCard welcome = new WelcomeCard();
    private final LanguageDetector languages = new LanguageDetector();

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
            return questionnaireSubmitted(turn, value, action.get().lang());
        }
        if (action.isPresent() && action.get().kind().equals(CardAction.CHANGE)) {
            Answers prefill = Answers.fromCommand(action.get().command(), Questionnaire.STANDARD);
            return send(turn, questionnaire.build(action.get().lang(), prefill, Map.of()), Messages.get().text(action.get().lang(),
                    "questionnaire.title"));
        }
        String text = action.map(CardAction::command).orElseGet(() -> withoutMentions(activity));
        Lang forced = action.map(CardAction::lang).orElse(null);
        Lang lang = forced != null ? forced : languages.detect(NormalizedText.of(text).text()).orElse(fallback);
        if (OPENS_QUESTIONNAIRE.contains(text.strip().toLowerCase(Locale.ROOT))) {
            return send(turn, questionnaire.build(lang, new Answers(Map.of(), "", ""), Map.of()), Messages.get().text(lang, "questionnaire.title"));
        }
        return typing(turn).thenCompose(sent -> {
            Reply reply = bot.answer(new Query(text, forced, fallback, userOf(activity)));
            return send(turn, card(reply, text), reply.summary());
        });
    }

    /** The SDK hands onMembersAdded only the members other than the bot; the bot's own arrival is what we greet. */
    @Override
    protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        List<ChannelAccount> membersAdded = activity.getMembersAdded() == null ? List.of() : activity.getMembersAdded();
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        boolean botAdded = membersAdded.stream().anyMatch(m -> m.getId() != null && m.getId().equals(botId));
        boolean personal = activity.getConversation() != null && "personal".equals(activity.getConversation().getConversationType());
        if (!botAdded && !personal) {
            return CompletableFuture.completedFuture(null);
        }
        Lang lang = Lang.fromCode(activity.getLocale()).orElse(defaultLang);
        return send(turn, welcome.build(lang), Messages.get().text(lang, "help.title"));
    }

    private CompletableFuture<Void> questionnaireSubmitted(TurnContext turn, JsonNode value, Lang lang) {
        Answers answers = questionnaire.read(value);
        Map<String, String> errors = questionnaire.errors(answers, lang);
        if (!errors.isEmpty()) {
            return send(turn, questionnaire.build(lang, answers, errors), errors.values().iterator().next());
        }
        String command = answers.toCommand(Questionnaire.STANDARD);
        return typing(turn).thenCompose(sent -> {
            Reply reply = bot.answer(new Query(command, lang, lang, userOf(turn.getActivity())));
            return send(turn, card(reply, command), reply.summary());
        });
    }

    /** The reply as a card; a recommendation also gets "change answers", which opens the questionnaire prefilled. */
    private ObjectNode card(Reply reply, String command) {
        if (reply.intent() != Intent.RECOMMEND) {
            return renderer.render(reply);
        }
        return renderer.render(reply, List.of(renderer.submit(Messages.get().text(reply.lang(), "questionnaire.change"),
                new CardAction(CardAction.CHANGE, command, reply.lang()), false)));
    }

    private static String userOf(Activity activity) {
        ChannelAccount from = activity.getFrom();
        if (from == null) {
            return null;
        }
        return from.getAadObjectId() != null ? from.getAadObjectId() : from.getId();
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

    private static CompletableFuture<Void> send(TurnContext turn, ObjectNode card, String summary) {
        Attachment attachment = new Attachment();
        attachment.setContentType(AdaptiveCardRenderer.CONTENT_TYPE);
        attachment.setContent(card);
        Activity message = MessageFactory.attachment(attachment);
        message.setSummary(summary);
        return turn.sendActivity(message).thenApply(r -> null);
    }
}
