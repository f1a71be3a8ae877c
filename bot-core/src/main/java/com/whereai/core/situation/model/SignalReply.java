package com.whereai.core.situation.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.whereai.core.situation.Signal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model's reply read leniently: {@code {"signals": [ids]}}, keeping only ids that were offered. Anything else in
 * the list (unknown ids, numbers, objects) is skipped; a reply that is not such an object is no signals at all. Two
 * signals that contradict each other in one reply cancel out (the model is not sure). Logs one line, never the text.
 */
final class SignalReply {

    private static final Logger LOG = LoggerFactory.getLogger(SignalReply.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private SignalReply() {}

    static Set<Signal> parse(String reply) {
        Optional<JsonNode> signals = signalsArray(reply);
        if (signals.isEmpty()) {
            LOG.warn(
                    "local model's reading of a situation was not the JSON asked for: the rules' reading stands alone");
            return Set.of();
        }
        EnumSet<Signal> read = EnumSet.noneOf(Signal.class);
        int skipped = 0;
        for (JsonNode item : signals.get()) {
            Optional<Signal> signal = item.isTextual()
                    ? Signal.fromId(item.asText().strip().toLowerCase(Locale.ROOT))
                            .filter(SignalReadingPrompt.MEANINGS::containsKey)
                    : Optional.empty();
            signal.ifPresent(read::add);
            skipped += signal.isPresent() ? 0 : 1;
        }
        // a reply naming both of two opposites says nothing about either
        EnumSet.copyOf(read.isEmpty() ? EnumSet.noneOf(Signal.class) : read)
                .forEach(signal -> signal.opposite().filter(read::contains).ifPresent(opposite -> {
                    read.remove(signal);
                    read.remove(opposite);
                }));
        if (skipped > 0) {
            LOG.info("local model's reading of a situation had {} id(s) that are not signals: skipped", skipped);
        }
        return read.isEmpty() ? Set.of() : read;
    }

    /** The "signals" array of the reply, also when the JSON object is wrapped in other text (a code fence). */
    private static Optional<JsonNode> signalsArray(String reply) {
        if (reply == null) {
            return Optional.empty();
        }
        int start = reply.indexOf('{');
        int end = reply.lastIndexOf('}');
        if (start < 0 || end < start) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(reply.substring(start, end + 1));
            JsonNode signals = root == null ? null : root.get(SignalReadingPrompt.SIGNALS);
            return signals != null && signals.isArray() ? Optional.of(signals) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
