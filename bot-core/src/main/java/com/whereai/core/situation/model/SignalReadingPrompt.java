package com.whereai.core.situation.model;

import com.whereai.core.situation.Signal;
import com.whereai.knowledge.Lang;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the model is asked when it reads a description: a system prompt explaining each signal id in a few words,
 * the description, and a JSON schema ({@code {"signals": [ids]}}, the ids as an enum) that Ollama's structured output
 * holds the reply to. Model size and available VRAM carry figures the rules read, so they are not offered.
 */
final class SignalReadingPrompt {

    /** The JSON property holding the ids. */
    static final String SIGNALS = "signals";

    /** Every signal the model may read, each with what it means. */
    static final Map<Signal, String> MEANINGS = meanings();

    /** The ids offered to the model, in the enum's order. */
    static final List<String> IDS = MEANINGS.keySet().stream().map(Signal::id).toList();

    static final ResponseFormat RESPONSE_FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder()
                    .name("situation_signals")
                    .rootElement(JsonObjectSchema.builder()
                            .addProperty(
                                    SIGNALS,
                                    JsonArraySchema.builder()
                                            .description(
                                                    "the ids of the signals the text clearly states; empty if none")
                                            .items(JsonEnumSchema.builder()
                                                    .enumValues(IDS)
                                                    .build())
                                            .build())
                            .required(SIGNALS)
                            .additionalProperties(false)
                            .build())
                    .build())
            .build();

    private static final String SYSTEM = systemPrompt();

    private SignalReadingPrompt() {}

    static List<ChatMessage> messages(String text, Lang lang) {
        String language = lang == Lang.SV ? "Swedish" : "English";
        return List.of(
                SystemMessage.from(SYSTEM),
                UserMessage.from("The team's description (in " + language + "):\n\n" + text));
    }

    private static String systemPrompt() {
        StringBuilder prompt = new StringBuilder()
                .append(
                        "You read a team's description of where they want to run an AI model (in Swedish or English) and ")
                .append("say which of these signals it states. The signal ids and what they mean:\n");
        MEANINGS.forEach((signal, meaning) -> prompt.append("- ")
                .append(signal.id())
                .append(": ")
                .append(meaning)
                .append('\n'));
        return prompt.append("\nRules:\n")
                .append(
                        "- Return only ids from the list above that the text clearly states. Do not guess or infer what is not said.\n")
                .append(
                        "- A statement that something does NOT hold (\"no IT staff\", \"not sensitive\") is not that signal; ")
                .append("pick its opposite only if the list has one (no-it-staff).\n")
                .append("- If the text states none of them, return an empty list.\n")
                .append("- Reply with JSON only: {\"")
                .append(SIGNALS)
                .append("\": [\"id\", ...]}.\n")
                .toString();
    }

    private static Map<Signal, String> meanings() {
        Map<Signal, String> m = new EnumMap<>(Signal.class);
        m.put(
                Signal.SENSITIVE_DATA,
                "the data is sensitive or confidential (personal, patient, legal, customer data or trade secrets)");
        m.put(Signal.ON_PREMISES, "the data must stay on their own premises or servers and may not leave the building");
        m.put(Signal.OFFLINE, "it must work without an internet connection (offline, air-gapped)");
        m.put(Signal.FRONTIER_MODEL, "they need the most capable, state-of-the-art models (GPT, Claude, Gemini class)");
        m.put(
                Signal.BUILT_IN_FEATURES,
                "they need built-in features: image or video understanding, tool calling or web search");
        m.put(
                Signal.LARGE_SCALE,
                "very many users or requests (many thousands to millions, a consumer app, global use)");
        m.put(Signal.SMALL_SCALE, "only a few users (one person, a small team or office, an internal tool)");
        m.put(
                Signal.SHARED_USE,
                "many people in one organisation share the same model (a whole team, department or company)");
        m.put(
                Signal.CLOUD_ECOSYSTEM,
                "they already build on a cloud platform (AWS, Azure, Google Cloud, Microsoft 365)");
        m.put(Signal.UNEVEN_TRAFFIC, "usage is uneven: peaks, bursts, occasional use, quiet at night or seasonal");
        m.put(Signal.CONSTANT_TRAFFIC, "steady, heavy use around the clock (24/7)");
        m.put(Signal.SHORT_PROJECT, "a short project: days, weeks or a few months, a pilot or a hackathon");
        m.put(Signal.LONG_TERM, "a need that lasts for years");
        m.put(Signal.HARDWARE_BUDGET, "they have money to invest in their own hardware (servers, GPUs)");
        m.put(Signal.NO_HARDWARE_BUDGET, "no money to buy hardware up front; they do not want to own servers or GPUs");
        m.put(Signal.LOW_BUDGET, "a tight budget overall; it has to be cheap");
        m.put(Signal.IT_STAFF, "they have their own IT or operations staff who can run servers");
        m.put(Signal.NO_IT_STAFF, "they have no IT staff or technical people to run and maintain servers");
        m.put(Signal.SIMPLICITY, "it has to be simple and easy, with little or no maintenance");
        m.put(Signal.LOW_LATENCY, "answers must come very fast: real time, low latency, voice");
        m.put(Signal.FINE_TUNING, "they want to customise, fine-tune or train the model on their own data");
        m.put(
                Signal.UNCENSORED,
                "they need control over the model's content filters or refusals (uncensored models, security research)");
        m.put(
                Signal.GEOPOLITICAL_RISK,
                "worry about foreign or US providers, sanctions, export controls, the CLOUD Act or data sovereignty");
        m.put(Signal.WEAK_DEVICES, "the users' devices are weak: old or cheap laptops, tablets, phones, no GPU");
        m.put(
                Signal.CERTIFICATIONS,
                "they must meet certification or compliance requirements (ISO 27001, SOC 2, a regulated sector, audits)");
        m.put(Signal.PROTOTYPE, "a prototype, proof of concept, demo or experiment");
        m.put(Signal.OPEN_MODEL, "they want an open-weight model (Llama, Mistral, Qwen, Gemma, DeepSeek)");
        m.put(
                Signal.COMMERCIAL_USE,
                "commercial use: the model is part of a product or service sold to paying customers");
        Arrays.stream(Signal.values())
                .filter(s -> s != Signal.MODEL_SIZE && s != Signal.AVAILABLE_VRAM && !m.containsKey(s))
                .forEach(s -> m.put(s, s.id().replace('-', ' ')));
        return Collections.unmodifiableMap(m);
    }
}
