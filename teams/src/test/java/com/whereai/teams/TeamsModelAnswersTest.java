package com.whereai.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.whereai.core.WhereAiBot;
import com.whereai.core.answer.model.ModelSettings;
import com.whereai.core.answer.model.OllamaStub;
import com.whereai.core.answer.model.OllamaTestAnswerers;
import com.whereai.knowledge.Lang;
import com.whereai.teams.support.Activities;
import com.whereai.teams.support.BotConnectorStub;
import com.whereai.teams.support.TeamsTestServer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** In Teams a model-written answer comes after a typing indicator, as a card with its sources and feedback buttons. */
class TeamsModelAnswersTest {

    @Test
    void a_question_gets_typing_then_the_models_grounded_answer_with_feedback() throws Exception {
        try (OllamaStub ollama = new OllamaStub();
                BotConnectorStub connector = new BotConnectorStub()) {
            ollama.tokens = List.of(
                    "Ladda ner Ollama, välj en modell ", "och kör kommandot i terminalen [topic.ollama-steps].");
            WhereAiBot bot = new WhereAiBot(
                    TeamsTestServer.GUIDE,
                    OllamaTestAnswerers.factory(
                            new ModelSettings(ollama.baseUrl(), "llama3.1:8b", Duration.ofSeconds(5), 2, 10)));
            try (TeamsTestServer server = new TeamsTestServer(
                    new TeamsSettings(
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            TeamsSettings.DEFAULT_LOGIN_URL,
                            Optional.empty(),
                            Lang.SV),
                    bot)) {
                server.post(
                        Activities.message(connector.serviceUrl(), "Hur installerar jag Ollama?", "personal", "sv-SE")
                                .toString(),
                        null);

                JsonNode card = connector.awaitMessage().at("/attachments/0/content");
                assertThat(connector.replies().get(0).json().get("type").asText())
                        .isEqualTo("typing");
                assertThat(card.toString())
                        .contains(
                                "Svar ur guiden",
                                "Ladda ner Ollama, välj en modell och kör kommandot i terminalen.",
                                "Bra svar",
                                "\"command\":\"feedback up question\"");

                com.fasterxml.jackson.databind.node.ObjectNode thumbsUp =
                        new com.fasterxml.jackson.databind.ObjectMapper()
                                .createObjectNode()
                                .put("whereai", "command")
                                .put("command", "feedback up")
                                .put("lang", "sv");
                server.post(Activities.submit(connector.serviceUrl(), thumbsUp).toString(), null);
                connector.await(c -> c.body().contains("Tack för återkopplingen"));
                assertThat(bot.counters().thumbsUp()).isEqualTo(1);
            }
        }
    }
}
