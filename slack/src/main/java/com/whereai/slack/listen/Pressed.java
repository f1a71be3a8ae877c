package com.whereai.slack.listen;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.model.Message;
import com.whereai.knowledge.Lang;
import com.whereai.slack.render.ButtonValue;
import com.whereai.slack.render.ModalMetadata;
import java.util.Optional;

/** What a pressed where-ai button carries, and where the message it is on lives. */
final class Pressed {

    private Pressed() {}

    static Optional<ButtonValue> value(BlockActionPayload payload) {
        return payload.getActions() == null
                ? Optional.empty()
                : payload.getActions().stream().findFirst().flatMap(a -> ButtonValue.decode(a.getValue()));
    }

    /**
     * Where a form opened by this press should answer. A button on the bot's public message (Slack sends the
     * message; the container is not ephemeral) is in a conversation: the thread the message is a reply in (a
     * mention's thread, a DM thread); for a message at the top level, a DM's top level, or in a channel the thread
     * under it. A button on an ephemeral message (a slash command's answer, a button's private answer), or when
     * Slack does not say, answers privately in the channel, as before; from App Home (no channel) in a DM.
     */
    static ModalMetadata modalMetadata(BlockActionPayload payload, Lang lang) {
        BlockActionPayload.Container container = payload.getContainer();
        String channel = payload.getChannel() != null
                ? payload.getChannel().getId()
                : container == null ? null : container.getChannelId();
        Message message = payload.getMessage();
        if (channel == null
                || container == null
                || !"message".equals(container.getType())
                || container.isEphemeral()
                || message == null) {
            return new ModalMetadata(channel, lang.code());
        }
        String ts = container.getMessageTs() != null ? container.getMessageTs() : message.getTs();
        String threadTs = container.getThreadTs() != null ? container.getThreadTs() : message.getThreadTs();
        if (threadTs != null && !threadTs.equals(ts)) {
            return ModalMetadata.conversation(channel, threadTs, lang.code());
        }
        if (isDirectMessage(channel)) {
            // The bot answers a DM's top level at the top level: that is the conversation, not the thread under it.
            return ModalMetadata.conversation(channel, null, lang.code());
        }
        return ts == null
                ? new ModalMetadata(channel, lang.code())
                : ModalMetadata.conversation(channel, ts, lang.code());
    }

    /** Slack's ids of direct-message channels start with D. */
    private static boolean isDirectMessage(String channel) {
        return channel.startsWith("D");
    }
}
