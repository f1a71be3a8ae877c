package com.whereai.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.OptionId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bot end to end: text in, reply out, in the user's language. */
class WhereAiBotTest {

    private final WhereAiBot bot = TestBot.BOT;

    @Test
    void answers_in_the_language_the_user_wrote_in() {
        assertThat(bot.answer(Query.of("vad är VRAM?")).lang()).isEqualTo(Lang.SV);
        assertThat(bot.answer(new Query("what is VRAM?", null, Lang.SV)).lang()).isEqualTo(Lang.EN);
    }

    @Test
    void a_forced_language_wins_over_the_text() {
        Reply reply = bot.answer(new Query("what is VRAM?", Lang.SV, Lang.EN));

        assertThat(reply.lang()).isEqualTo(Lang.SV);
        assertThat(reply.title()).isEqualTo("VRAM");
        assertThat(paragraphs(reply)).anyMatch(p -> p.contains("arbetsminne"));
    }

    @Test
    void the_default_language_answers_text_that_does_not_tell() {
        assertThat(bot.answer(new Query("2a", null, Lang.EN)).lang()).isEqualTo(Lang.EN);
        assertThat(bot.answer(new Query("2a", null, Lang.SV)).lang()).isEqualTo(Lang.SV);
    }

    @Test
    void an_option_reply_has_the_guides_pros_cons_providers_and_stars() {
        Reply reply = bot.answer(new Query("2b", null, Lang.EN));

        assertThat(reply.intent()).isEqualTo(Intent.OPTION);
        assertThat(reply.title()).isEqualTo("2B – Rented server");
        String text = String.join("\n", paragraphs(reply)) + bullets(reply) + facts(reply);
        assertThat(text)
                .contains("RunPod", "Vast.ai", "No big up-front investment", "Costlier in the long run", "★★★★★");
        assertThat(reply.sources())
                .extracting(s -> s.id())
                .contains("option.rented-server", "option.rented-server.pro.flexibility");
    }

    @Test
    void compare_carries_the_guides_stars_in_criteria_order() {
        Reply reply = bot.answer(Query.of("compare"));

        assertThat(reply.intent()).isEqualTo(Intent.COMPARE);
        assertThat(reply.ratings()).hasSize(6);
        assertThat(reply.ratings().get(OptionId.LOCAL)).containsExactly(2, 5, 2, 5, 2, 2, 5, 4, 5);
        assertThat(reply.ratings().get(OptionId.PROPRIETARY_API)).containsExactly(5, 2, 5, 2, 5, 5, 3, 5, 2);
        assertThat(reply.body())
                .anyMatch(e -> e instanceof CardElement.Table t
                        && t.header().size() == 1 + 6
                        && t.rows().size() == 9
                        && t.rows()
                                .get(0)
                                .subList(1, 7)
                                .equals(List.of("★★☆☆☆", "★☆☆☆☆", "★★★★★", "★★★★★", "★★★★☆", "★★★★★")));
    }

    @Test
    void compare_some_shows_only_those() {
        Reply reply = bot.answer(Query.of("jämför 1 2b"));

        assertThat(reply.ratings()).containsOnlyKeys(OptionId.LOCAL, OptionId.RENTED_SERVER);
        assertThat(reply.lang()).isEqualTo(Lang.SV);
    }

    @Test
    void a_recommendation_says_what_it_understood_so_the_user_can_correct_it() {
        Reply reply = bot.answer(Query.of("We have patient records and no IT staff"));

        assertThat(reply.intent()).isEqualTo(Intent.RECOMMEND);
        assertThat(notes(reply)).anyMatch(n -> n.startsWith("I understood: sensitive data, no IT staff"));
        assertThat(reply.actions()).extracting(a -> a.command()).anyMatch(c -> c.startsWith("why not "));
    }

    @Test
    void a_recommendation_with_commercial_use_warns_about_licences() {
        Reply reply = bot.answer(Query.of("We sell a SaaS product built on Llama with sensitive customer data"));

        assertThat(notes(reply)).anyMatch(n -> n.contains("700 million"));
        assertThat(reply.sources()).extracting(s -> s.id()).contains("licence.llama");
    }

    @Test
    void why_not_explains_an_excluded_option_with_the_guides_reason() {
        Reply reply = bot.answer(Query.of("why not 3 patient records"));

        assertThat(reply.intent()).isEqualTo(Intent.WHY_NOT);
        assertThat(bullets(reply)).contains("patient records or trade secrets");
    }

    @Test
    void why_not_explains_where_a_ranked_option_falls_behind() {
        Reply reply = bot.answer(Query.of("varför inte 2a hackathon i helgen"));

        assertThat(reply.lang()).isEqualTo(Lang.SV);
        assertThat(String.join(" ", paragraphs(reply))).contains("2A Egen server hamnar på plats");
    }

    @Test
    void model_fit_answers_yes_or_no_with_the_guides_figure_beside_it() {
        Reply no = bot.answer(Query.of("can I run a 70B model on 24 GB?"));
        Reply yes = bot.answer(Query.of("kan jag köra en 7B-modell på 12 GB?"));
        Reply smaller = bot.answer(Query.of("does a 13b model fit in 12 gb?"));

        assertThat(no.intent()).isEqualTo(Intent.MODEL_FIT);
        assertThat(no.summary()).startsWith("No, not even with 2-bit quantisation does it fit in 24 GB");
        assertThat(String.join(" ", paragraphs(no))).contains("40–48 GB");
        assertThat(yes.summary()).isEqualTo("Ja, med Q8_0 (ca 8,8 GB). Okvantiserad (fp16) behöver den ca 16 GB.");
        assertThat(smaller.summary())
                .isEqualTo("Yes, at Q5_K_M (about 10.9 GB). Unquantised (fp16) it needs about 29.3 GB.");
        assertThat(bot.answer(Query.of("does 13b q8 fit in 12 gb")).summary())
                .isEqualTo("Not as you asked, but at Q5_K_M it fits (about 10.9 GB).");
        assertThat(bot.answer(Query.of("does 7b q4 fit in 12 gb")).summary()).isEqualTo("Yes, it fits.");
        assertThat(String.join(" ", paragraphs(yes))).contains("8–10 GB", "10 000–15 000 kr");
    }

    @Test
    void model_fit_without_memory_gives_the_need_at_three_precisions() {
        Reply reply = bot.answer(Query.of("vram 13b"));

        assertThat(facts(reply)).contains("fp16", "8-bit", "4-bit");
        assertThat(notes(reply)).anyMatch(n -> n.contains("KV"));
    }

    @Test
    void licences_say_what_commercial_use_each_allows() {
        Reply reply = bot.answer(Query.of("licences"));

        assertThat(facts(reply)).contains("MIT / Apache 2.0", "700 million", "Commercial use: no.");
    }

    @Test
    void concepts_come_with_the_guides_analogies() {
        assertThat(facts(bot.answer(Query.of("begrepp")))).contains("professor", "pussel", "restaurang", "synapserna");
        assertThat(String.join(" ", paragraphs(bot.answer(Query.of("what is an API?")))))
                .contains("waiter");
    }

    @Test
    void bad_input_gets_a_friendly_answer_in_the_users_language() {
        Reply sv = bot.answer(Query.of("jämför 1 9"));
        Reply en = bot.answer(Query.of("recommend privacy=9"));

        assertThat(sv.intent()).isEqualTo(Intent.CLARIFY);
        assertThat(String.join(" ", paragraphs(sv))).contains("Jag känner inte till alternativet \"9\"");
        assertThat(String.join(" ", paragraphs(en))).contains("between 0 and 5");
    }

    @Test
    void a_very_long_message_is_read_up_to_the_limit_and_the_reply_says_so() {
        Reply reply = bot.answer(Query.of("we have patient records ".repeat(500)));

        assertThat(notes(reply)).anyMatch(n -> n.contains(String.valueOf(WhereAiBot.MAX_INPUT_CHARS)));
        assertThat(reply.intent()).isEqualTo(Intent.RECOMMEND);
    }

    @Test
    void a_team_weighing_an_option_its_situation_rules_out_gets_no_first_with_the_guides_reason() {
        Reply reply = bot.answer(Query.of("vi har GDPR-känslig data men vill prova Claude, vad gäller?"));

        assertThat(reply.intent()).isEqualTo(Intent.RECOMMEND);
        assertThat(reply.lang()).isEqualTo(Lang.SV);
        assertThat(((CardElement.Paragraph) reply.body().get(0)).text())
                .startsWith("Nej – 5 Direkt-API passar inte")
                .contains("en stor risk för all känslig information");
        assertThat(reply.sources()).extracting(s -> s.id()).contains("option.proprietary-api.con.data-risk");
        assertThat(reply.recommendation().excluded())
                .extracting(e -> e.option())
                .contains(OptionId.PROPRIETARY_API);
    }

    @Test
    void empty_input_gets_help() {
        assertThat(bot.answer(Query.of("   ")).intent()).isEqualTo(Intent.HELP);
    }

    static List<String> paragraphs(Reply reply) {
        return reply.body().stream()
                .filter(e -> e instanceof CardElement.Paragraph)
                .map(e -> ((CardElement.Paragraph) e).text())
                .toList();
    }

    static List<String> notes(Reply reply) {
        return reply.body().stream()
                .filter(e -> e instanceof CardElement.Note)
                .map(e -> ((CardElement.Note) e).text())
                .toList();
    }

    static String bullets(Reply reply) {
        StringBuilder all = new StringBuilder();
        reply.body().stream()
                .filter(e -> e instanceof CardElement.BulletList)
                .forEach(e -> ((CardElement.BulletList) e)
                        .items()
                        .forEach(i -> all.append(i).append('\n')));
        return all.toString();
    }

    static String facts(Reply reply) {
        StringBuilder all = new StringBuilder();
        reply.body().stream()
                .filter(e -> e instanceof CardElement.FactList)
                .forEach(e -> ((CardElement.FactList) e)
                        .facts()
                        .forEach(f -> all.append(f.label())
                                .append(": ")
                                .append(f.value())
                                .append('\n')));
        return all.toString();
    }
}
