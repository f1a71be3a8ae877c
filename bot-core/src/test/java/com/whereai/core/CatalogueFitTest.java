package com.whereai.core;

import static com.whereai.core.WhereAiBotTest.bullets;
import static com.whereai.core.WhereAiBotTest.facts;
import static com.whereai.core.WhereAiBotTest.notes;
import static com.whereai.core.WhereAiBotTest.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.fit.NamedModelEstimator;
import com.whereai.core.reply.Action;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.reply.Source;
import com.whereai.knowledge.Lang;
import com.whereai.knowledge.catalogue.Catalogue;
import com.whereai.knowledge.catalogue.CatalogueModel;
import com.whereai.knowledge.catalogue.Hardware;
import com.whereai.knowledge.catalogue.KvCacheType;
import com.whereai.knowledge.catalogue.Quant;
import org.junit.jupiter.api.Test;

/** Fit questions that name a catalogue model and hardware, answered end to end through the bot. */
class CatalogueFitTest {

    private final WhereAiBot bot = TestBot.BOT;
    private final NamedModelEstimator estimator = NamedModelEstimator.bundled();
    private final Catalogue catalogue = estimator.catalogue();
    private final KvCacheType f16 = catalogue.kvCacheType("f16").orElseThrow();

    @Test
    void a_named_model_on_a_named_gpu_gets_the_best_quant_and_says_the_figures_are_not_the_guides() {
        Reply reply = bot.answer(Query.of("does llama3.1:8b fit on a 4090?"));

        assertThat(reply.intent()).isEqualTo(Intent.MODEL_FIT);
        assertThat(reply.lang()).isEqualTo(Lang.EN);
        assertThat(reply.title()).contains("Llama 3.1 8B", "RTX 4090");
        assertThat(reply.summary()).startsWith("Yes – at best quality F16").contains("of the 24 GB it can use");
        assertThat(bullets(reply)).contains("Q4_K_M: yes", "Q2_K: yes");
        assertThat(notes(reply)).anyMatch(n -> n.contains("collected 2026-12-02") && n.contains("not from the guide"));
        assertThat(notes(reply)).anyMatch(n -> n.startsWith("Formula (llama.cpp and Ollama): weights = parameters ×"));
        assertThat(reply.sources()).extracting(Source::id).containsExactlyInAnyOrder("licence.llama", "vram.7b");
        assertThat(reply.body().toString()).contains("Licence: Llama 3.1 Community License");
        assertThat(String.join(" ", paragraphs(reply)))
                .contains(
                        "Llama 2/3 licence, in the guide's words: Commercial use is allowed", "700 million", "8–10 GB");
    }

    @Test
    void an_asked_quant_that_does_not_fit_is_answered_with_one_that_does_and_the_context_that_would() {
        CatalogueModel mixtral = catalogue.modelById("mixtral-8x7b").orElseThrow();
        Hardware twoCards = catalogue.hardware("2x3090").orElseThrow();
        Quant q8 = catalogue.quant("Q8_0").orElseThrow();
        int longest = estimator.longestContext(mixtral, q8, twoCards, f16).orElseThrow();

        Reply reply = bot.answer(Query.of("can I run mixtral 8x7b on 2x3090 with 32k context at q8_0?"));

        assertThat(reply.title()).contains("Mixtral 8x7B", "2× NVIDIA GeForce RTX 3090 (48 GB)");
        assertThat(reply.summary()).startsWith("Not at Q8_0").contains("but at Q6_K it fits");
        assertThat(bullets(reply)).startsWith("Q8_0: no").doesNotContain("Q6_K");
        assertThat(longest).isBetween(256, 32768 - 1);
        assertThat(String.join(" ", paragraphs(reply)))
                .contains("At Q8_0 the longest context that fits is about " + longest + " tokens")
                .contains("MIT / Apache 2.0, in the guide's words:");
        assertThat(reply.body().toString()).contains("Licence: Apache-2.0");
    }

    @Test
    void a_model_too_big_at_every_quant_points_to_a_rented_server_and_a_shorter_context() {
        CatalogueModel llama70 = catalogue.modelById("llama-3.1-70b").orElseThrow();
        Hardware a100 = catalogue.hardware("A100 80GB").orElseThrow();
        int longest = estimator
                .longestContext(llama70, catalogue.quant("Q4_K_M").orElseThrow(), a100, f16)
                .orElseThrow();

        Reply reply = bot.answer(Query.of("does llama 3.1 70b fit on an A100 80GB with 128k context?"));

        assertThat(reply.summary()).startsWith("No – not even at Q2_K").contains("rented GPU server (2B)");
        assertThat(reply.actions()).extracting(Action::command).contains("2b");
        assertThat(String.join(" ", paragraphs(reply)))
                .contains("At Q4_K_M the longest context that fits is about " + longest + " tokens");
        assertThat(longest).isLessThan(131072);
        assertThat(bullets(reply))
                .contains("With 2× NVIDIA A100 80GB it fits at")
                .contains("CPU offload")
                .contains("2B Rented server, 4 Cloud platform or 3 Inference API");
    }

    @Test
    void a_model_no_number_of_cards_would_hold_at_that_context_says_so_in_swedish() {
        Reply reply = bot.answer(Query.of("kan vi köra llama 3.1 405b på en 4090 med 128k kontext?"));

        assertThat(reply.lang()).isEqualTo(Lang.SV);
        assertThat(reply.summary()).startsWith("Nej – inte ens med Q2_K");
        assertThat(bullets(reply)).contains("Inte ens 2× NVIDIA GeForce RTX 4090 räcker.", "CPU-avlastning");
    }

    @Test
    void which_models_fit_on_a_mac_lists_the_catalogue_at_its_best_quants_in_swedish() {
        Reply reply = bot.answer(Query.of("vilka modeller får plats på min M2 Max 64GB?"));

        assertThat(reply.lang()).isEqualTo(Lang.SV);
        assertThat(reply.title())
                .isEqualTo("Vilka modeller får plats på Apple M2 Max med 64 GB (ca 48 GB för grafikdelen)?");
        long fitting = catalogue.models().stream()
                .filter(m -> estimator
                        .bestQuant(m, catalogue.hardware("M2 Max 64GB").orElseThrow(), 4096, f16)
                        .isPresent())
                .count();
        assertThat(reply.summary())
                .isEqualTo(fitting + " av katalogens " + catalogue.models().size() + " modeller ryms i 48 GB.");
        assertThat(facts(reply))
                .contains("Llama 3.1 8B Instruct", "F16, ca 16,2 GB · licens: Llama 3.1 Community License")
                .contains("Gemma 2 27B IT", "licens: Gemma Terms of Use");
        assertThat(String.join(" ", paragraphs(reply))).contains("För stora, även med 2 bitar: Llama 3.1 405B");
        assertThat(notes(reply)).anyMatch(n -> n.contains("inte från guiden"));
    }

    @Test
    void a_bare_model_name_gets_its_memory_at_each_quant_and_its_licence_not_only_the_licence_entry() {
        CatalogueModel llama405 = catalogue.modelById("llama-3.1-405b").orElseThrow();
        double q4 = estimator
                        .estimate(llama405, catalogue.quant("Q4_K_M").orElseThrow(), 4096, f16, 1)
                        .totalGb()
                / NamedModelEstimator.GB_PER_GIB;

        Reply reply = bot.answer(new Query("llama 3.1 405b", Lang.EN, Lang.EN));

        assertThat(reply.intent()).isEqualTo(Intent.MODEL_FIT);
        assertThat(reply.title()).isEqualTo("How much memory does Llama 3.1 405B Instruct need?");
        assertThat(reply.summary())
                .isEqualTo("Llama 3.1 405B Instruct at Q4_K_M with 4096 tokens of context needs about " + Math.round(q4)
                        + " GB of VRAM (or of a Mac's GPU share).");
        assertThat(facts(reply)).contains("F16", "Q8_0", "Q2_K");
        assertThat(reply.sources()).extracting(Source::id).contains("licence.llama", "vram.100b-plus");
        assertThat(notes(reply)).anyMatch(n -> n.contains("not from the guide"));
    }

    @Test
    void how_much_a_named_model_needs_is_answered_in_swedish_at_the_quant_asked() {
        Reply reply = bot.answer(Query.of("hur mycket minne behöver gemma2:27b med q8_0?"));

        assertThat(reply.lang()).isEqualTo(Lang.SV);
        assertThat(reply.summary()).startsWith("Gemma 2 27B IT med Q8_0 och 4096 tokens kontext behöver ca");
        assertThat(facts(reply)).contains("Q8_0").doesNotContain("Q4_K_M");
    }

    @Test
    void a_model_size_on_a_mac_is_counted_against_the_gpus_share_not_all_its_memory() {
        Reply reply = bot.answer(Query.of("70b on an M2 Max 64GB"));

        assertThat(reply.title()).isEqualTo("Does a 70B model fit in 48 GB?");
    }

    @Test
    void a_named_model_with_a_stated_memory_uses_that_memory() {
        Reply reply = bot.answer(Query.of("gemma2:27b q4_k_m on 24 GB?"));

        assertThat(reply.title()).isEqualTo("Does Gemma 2 27B IT fit on 24 GB?");
        assertThat(reply.summary()).startsWith("Yes, at Q4_K_M it fits");
        assertThat(notes(reply)).anyMatch(n -> n.startsWith("Gemma Terms of Use"));
    }

    @Test
    void a_context_longer_than_the_model_takes_is_counted_at_the_models_maximum_and_said_so() {
        Reply reply = bot.answer(Query.of("does llama 2 13b fit on a 4090 with 32k context?"));

        assertThat(notes(reply)).anyMatch(n -> n.contains("32768 tokens of context; the model takes at most 4096"));
        assertThat(reply.body().toString()).contains("4096 tokens of context");
    }

    @Test
    void an_unnamed_model_size_on_a_named_gpu_is_counted_against_that_gpus_memory() {
        Reply reply = bot.answer(Query.of("can I run a 13B model on a 4090?"));

        assertThat(reply.title()).isEqualTo("Does a 13B model fit in 24 GB?");
    }

    @Test
    void a_model_the_catalogue_does_not_know_is_counted_from_its_size_and_the_reply_says_so() {
        Reply reply = bot.answer(Query.of("can falcon 40b run on 24 GB?"));

        assertThat(reply.title()).isEqualTo("Does a 40B model fit in 24 GB?");
        assertThat(notes(reply))
                .anyMatch(n -> n.startsWith("Counted from the size alone (no model in where-ai's catalogue"));
        assertThat(reply.fitIfAny()).map(f -> f.model()).isEmpty();
    }

    @Test
    void a_gpu_in_a_description_of_the_team_still_gets_a_recommendation() {
        Reply reply = bot.answer(Query.of("we have a 4090 and the data must stay on premises"));

        assertThat(reply.intent()).isEqualTo(Intent.RECOMMEND);
    }
}
