package com.whereai.core.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.whereai.core.Query;
import com.whereai.core.TestBot;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.JsonReplyWriter;
import com.whereai.core.reply.PlainTextRenderer;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Budget scenarios as users ask for them, through the whole bot, in both languages. */
class BudgetScenarioRepliesTest {

    private static Reply ask(String text, Lang lang) {
        return TestBot.BOT.answer(new Query(text, lang, lang));
    }

    private static JsonNode json(Reply reply) throws Exception {
        return new ObjectMapper().readTree(new JsonReplyWriter().write(reply));
    }

    @Test
    void a_team_describing_its_workload_and_asking_what_each_option_costs_gets_a_budget() throws Exception {
        Reply reply = ask("200 employees, 20 questions a day each, a 70B model — what does each option cost?", Lang.EN);

        assertThat(reply.intent()).isEqualTo(Intent.COST);
        JsonNode cost = json(reply).path("cost");
        assertThat(cost.path("currency").asText()).isEqualTo("SEK");
        assertThat(cost.path("prices_as_of").asText()).isEqualTo("2026-12-02");
        assertThat(cost.path("workload").path("users").asLong()).isEqualTo(200);
        assertThat(cost.path("workload").path("requests_per_day").asLong()).isEqualTo(4000);
        assertThat(cost.path("options")).hasSize(6);
        JsonNode rented = cost.path("options").get(2);
        assertThat(rented.path("option").asText()).isEqualTo("rented-server");
        assertThat(rented.path("total_12").asLong())
                .isCloseTo(12 * rented.path("monthly").asLong(), org.assertj.core.data.Offset.offset(12L));
        assertThat(rented.path("total_36").asLong())
                .isCloseTo(
                        rented.path("upfront").asLong()
                                + 36 * rented.path("monthly").asLong(),
                        org.assertj.core.data.Offset.offset(36L));
        assertThat(cost.path("cheapest").asText()).isEqualTo("inference-api");
        assertThat(cost.path("break_even").get(0).path("option").asText()).isEqualTo("own-server");
        assertThat(cost.path("break_even").get(0).path("versus").asText()).isEqualTo("rented-server");
        assertThat(cost.path("break_even").get(0).path("months").asInt()).isEqualTo(69);
        assertThat(cost.path("excluded")).isEmpty();
    }

    @Test
    void what_is_missing_takes_a_default_the_reply_names() throws Exception {
        Reply reply = ask("vad kostar det att köra en 8B-modell dygnet runt på en hyrd server?", Lang.SV);
        String text = new PlainTextRenderer().render(reply);

        assertThat(reply.intent()).isEqualTo(Intent.COST);
        assertThat(text)
                .contains("Antaget eftersom du inte angav det: 10 användare, 20 frågor per användare och dag")
                .contains("dygnet runt")
                .doesNotContain("8 timmar per dag");
        JsonNode workload = json(reply).path("cost").path("workload");
        assertThat(workload.path("hours_per_day").asDouble()).isEqualTo(24);
        assertThat(workload.path("assumed"))
                .extracting(JsonNode::asText)
                .contains("users", "requests")
                .doesNotContain("model", "hours");
    }

    @Test
    void the_reply_keeps_the_guides_figures_apart_from_dated_price_assumptions() {
        String en = new PlainTextRenderer().render(ask("cost 70b 200 users", Lang.EN));
        String sv = new PlainTextRenderer().render(ask("kostnad 70b 200 användare", Lang.SV));

        assertThat(en)
                .contains("Up-front prices for 1 and 2A are the guide's")
                .contains("price assumption as of 2026-12-02, not the guide's")
                .contains("1 USD = 9.2186 kr (2026-05-08)")
                .contains("The guide's warning on pay-as-you-go")
                .contains("84.00 M tokens in × $0.59");
        assertThat(sv)
                .contains("Startkostnaderna för 1 och 2A är guidens")
                .contains("prisantaganden per 2026-12-02, inte guidens")
                .contains("Om trafiken blir 10 gånger större");
    }

    @Test
    void currency_can_be_euro_or_dollars() throws Exception {
        JsonNode eur = json(ask("cost 70b 200 users currency=EUR", Lang.EN)).path("cost");
        JsonNode sek = json(ask("cost 70b 200 users", Lang.EN)).path("cost");

        assertThat(eur.path("currency").asText()).isEqualTo("EUR");
        assertThat(eur.path("options").get(3).path("monthly").asDouble())
                .isCloseTo(
                        sek.path("options").get(3).path("monthly").asDouble() / 10.8420,
                        org.assertj.core.data.Offset.offset(1.0));
        assertThat(json(ask("cost 8b in dollars", Lang.EN))
                        .path("cost")
                        .path("currency")
                        .asText())
                .isEqualTo("USD");
    }

    @Test
    void comparing_two_providers_on_price_is_a_budget_not_two_descriptions() {
        assertThat(ask("is Groq cheaper than OpenAI?", Lang.EN).intent()).isEqualTo(Intent.COST);
        assertThat(ask("How much would it cost to run Llama 70B on a rented GPU for a month?", Lang.EN)
                        .intent())
                .isEqualTo(Intent.COST);
    }

    @Test
    void asking_when_buying_pays_off_gets_the_break_even_in_both_languages() throws Exception {
        Reply en = ask("when does buying our own server pay off against renting?", Lang.EN);
        Reply sv = ask("När lönar det sig att köpa en egen server i stället för att hyra?", Lang.SV);

        assertThat(en.intent()).isEqualTo(Intent.COST);
        assertThat(sv.intent()).isEqualTo(Intent.COST);
        assertThat(json(en).path("cost").path("break_even"))
                .anySatisfy(b -> assertThat(b.path("option").asText()).isEqualTo("own-server"));
        assertThat(new PlainTextRenderer().render(en)).contains("When buying pays off");
        assertThat(new PlainTextRenderer().render(sv)).contains("När det lönar sig att köpa");
    }

    @Test
    void questions_about_the_guides_text_or_token_pricing_stay_questions() {
        assertThat(ask("Which gaming computer does the guide mention and what does it cost?", Lang.EN)
                        .intent())
                .isNotEqualTo(Intent.COST);
        assertThat(ask("what does a token cost?", Lang.EN).intent()).isNotEqualTo(Intent.COST);
    }

    @Test
    void a_recommendation_given_a_workload_carries_monthly_figures_per_ranked_option() throws Exception {
        Reply reply = ask(
                "we are a law firm with client contracts, 50 lawyers asking 10 questions a day each, no IT staff",
                Lang.EN);

        assertThat(reply.intent()).isEqualTo(Intent.RECOMMEND);
        JsonNode recommendation = json(reply).path("recommendation");
        assertThat(recommendation
                        .path("cost")
                        .path("workload")
                        .path("requests_per_day")
                        .asLong())
                .isEqualTo(500);
        assertThat(recommendation.path("ranking").get(0).has("monthly")).isTrue();
        String text = new PlainTextRenderer().render(reply);
        assertThat(text).contains("a month for your workload");
        assertThat(reply.body()).anyMatch(e -> e instanceof CardElement.LineChart);
    }

    @Test
    void the_chart_has_a_line_per_priced_option_and_names_one_that_would_flatten_the_rest() {
        Reply reply = ask("cost 70b 200 users over 2 years", Lang.EN);
        CardElement.LineChart chart = reply.body().stream()
                .filter(CardElement.LineChart.class::isInstance)
                .map(CardElement.LineChart.class::cast)
                .findFirst()
                .orElseThrow();

        assertThat(chart.xLabels()).hasSize(25).startsWith("0").endsWith("24");
        // 1 (200 computers, about 8.0 M kr) ends more than 5 times above 2A (about 0.33 M kr): drawn, it would
        // press every other line onto the axis.
        assertThat(chart.series()).extracting(CardElement.Series::label).containsExactly("2A", "2B", "3", "4", "5");
        CardElement.Series own = chart.series().get(0);
        assertThat(own.values().get(0)).isEqualTo(240_000.0);
        assertThat(own.values()).isSorted();
        assertThat(new PlainTextRenderer().render(reply))
                .contains("Left out of the chart, so the other lines stay readable: 1 Local (8,020,358 kr) over 24");
    }

    @Test
    void the_workload_reader_reads_people_traffic_tokens_hours_months_and_currency() {
        WorkloadReader reader = new WorkloadReader(
                com.whereai.core.fit.NamedModelEstimator.bundled().catalogue());

        WorkloadQuestion en = reader.read(
                "200 employees, 20 questions a day each, 1500 tokens in and 300 tokens out, 10 hours a day, over 2 years, currency=eur, llama 3.1 70b");
        assertThat(List.of(
                        en.users(),
                        en.requestsPerUserPerDay(),
                        en.tokensIn(),
                        en.tokensOut(),
                        en.hoursPerDay(),
                        en.horizonMonths(),
                        en.currency()))
                .containsExactly(200L, 20.0, 1500, 300, 10.0, 24, "EUR");
        assertThat(en.model().name()).contains("70B");

        WorkloadQuestion sv = reader.read("5 000 förfrågningar per dag dygnet runt i 3 år");
        assertThat(sv.requestsPerDay()).isEqualTo(5000.0);
        assertThat(sv.hoursPerDay()).isEqualTo(24.0);
        assertThat(sv.horizonMonths()).isEqualTo(36);
        assertThat(reader.read("we are 200 people in Stockholm").tokensIn()).isNull();
    }
}
