package com.whereai.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.TestBot;
import com.whereai.core.fit.Precision;
import com.whereai.core.situation.SignalDetector;
import com.whereai.core.text.NormalizedText;
import com.whereai.knowledge.CriterionId;
import com.whereai.knowledge.OptionId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandParserTest {

    private final CommandParser parser = new CommandParser(TestBot.GUIDE, new SignalDetector(), CommandWords.bundled());

    private Command parse(String text) {
        return parser.parse(NormalizedText.of(text));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                              | Help
            help                                            | Help
            hjälp                                           | Help
            options                                         | ListOptions
            alternativ                                      | ListOptions
            2a                                              | ShowOption
            alternativ 3                                    | ShowOption
            groq                                            | ShowOption
            tell me about runpod                            | ShowOption
            berätta om molnplattformarna                    | ShowOption
            compare                                         | Compare
            jämför 1 2b 3                                   | Compare
            local vs groq                                   | Compare
            tabell                                          | Compare
            recommend                                       | OpenQuestionnaire
            start over                                      | StartOver
            börja om                                        | StartOver
            rek                                             | OpenQuestionnaire
            frågor                                          | OpenQuestionnaire
            fragor                                          | OpenQuestionnaire
            questionnaire sensitive-data 70b                | OpenQuestionnaire
            rekommendera känsliga data                      | Recommend
            we have patient records and no IT staff         | Recommend
            vi har patientjournaler och ingen IT-personal   | Recommend
            which option should a hospital with patient records choose? | Recommend
            why not 3 patient records                       | WhyNot
            varför inte groq                                | WhyNot
            vram 70b                                        | ModelFit
            70b q4                                          | ModelFit
            can I run a 13B model on 12 GB?                 | ModelFit
            kan jag köra en 13B-modell på 12 GB?            | ModelFit
            what fits in 24 GB?                             | ModelFit
            vad ryms i 24 GB?                               | ModelFit
            licences                                        | Licences
            licenser                                        | Licences
            can we use llama commercially?                  | Licences
            får vi använda modellen kommersiellt?           | Licences
            concepts                                        | Concepts
            begrepp                                         | Concepts
            what is vram?                                   | Concepts
            vad är ett API?                                 | Concepts
            förklara gpu                                    | Concepts
            vram                                            | Concepts
            tokens                                          | ShowTopic
            sammanfattning                                  | ShowTopic
            how do I install ollama step by step?           | Question
            Is Groq fast enough for a voice bot?            | Recommend
            What does Groq charge per token?                | Question
            compare 1 9                                     | Invalid
            jämför 2a                                       | Invalid
            recommend privacy=9                             | Invalid
            recommend beauty=3                              | Invalid
            why not 7                                       | Invalid
            vram llama                                      | Invalid
            """)
    void understands_every_intent_in_both_languages(String text, String command) {
        assertThat(parse(text == null ? "" : text).getClass().getSimpleName()).isEqualTo(command);
    }

    @Test
    void options_are_named_by_number_id_and_provider() {
        assertThat(parse("2B")).isEqualTo(new Command.ShowOption(OptionId.RENTED_SERVER));
        assertThat(parse("rented-server")).isEqualTo(new Command.ShowOption(OptionId.RENTED_SERVER));
        assertThat(parse("runpod")).isEqualTo(new Command.ShowOption(OptionId.RENTED_SERVER));
        assertThat(parse("lokalt")).isEqualTo(new Command.ShowOption(OptionId.LOCAL));
        assertThat(parse("aws")).isEqualTo(new Command.ShowOption(OptionId.CLOUD_PLATFORM));
        assertThat(parse("openai")).isEqualTo(new Command.ShowOption(OptionId.PROPRIETARY_API));
        assertThat(parse("egen server")).isEqualTo(new Command.ShowOption(OptionId.OWN_SERVER));
    }

    @Test
    void compare_keeps_the_order_asked_for() {
        assertThat(parse("compare 5, 1 and 2a"))
                .isEqualTo(new Command.Compare(List.of(OptionId.PROPRIETARY_API, OptionId.LOCAL, OptionId.OWN_SERVER)));
        assertThat(parse("compare")).isEqualTo(new Command.Compare(List.of()));
    }

    @Test
    void recommend_reads_explicit_weights_in_both_languages() {
        Command.Recommend en = (Command.Recommend) parse("recommend privacy=5 cost=3");
        Command.Recommend sv = (Command.Recommend) parse("rekommendera integritet=5 kostnad:3");

        assertThat(en.weights())
                .containsEntry(CriterionId.PRIVACY, 5.0)
                .containsEntry(CriterionId.START_COST, 3.0)
                .containsEntry(CriterionId.USAGE_COST, 3.0);
        assertThat(sv.weights()).isEqualTo(en.weights());
        assertThat(en.asked()).isTrue();
    }

    @Test
    void a_bad_weight_is_named_back_to_the_user() {
        assertThat(parse("recommend privacy=9"))
                .isEqualTo(new Command.Invalid("error.weight-range", List.of("privacy", "9")));
        assertThat(parse("recommend beauty=3"))
                .isEqualTo(new Command.Invalid("error.unknown-criterion", List.of("beauty")));
    }

    @Test
    void model_fit_reads_size_precision_context_and_memory() {
        Command.ModelFit fit = (Command.ModelFit) parse("does a 70b q4_k_m with 8k context fit in 2x24 gb?");

        assertThat(fit.question()).isEqualTo(new ModelFitQuestion(70.0, Precision.Q4_K_M, 8192, 48.0));
    }

    @Test
    void a_fit_question_naming_a_catalogue_model_reads_model_hardware_quant_and_context() {
        Command.CatalogueFit fit =
                (Command.CatalogueFit) parse("can I run mixtral 8x7b on 2x3090 with 32k context at q8_0?");

        assertThat(fit.question().model()).map(m -> m.id()).contains("mixtral-8x7b");
        assertThat(fit.question().hardware().orElseThrow().id()).isEqualTo("rtx-3090");
        assertThat(fit.question().hardware().orElseThrow().count()).isEqualTo(2);
        assertThat(fit.question().quant()).map(q -> q.id()).contains("Q8_0");
        assertThat(fit.question().context()).contains(32768);
    }

    @Test
    void which_models_fit_on_named_hardware_is_a_catalogue_fit_without_a_model() {
        Command.CatalogueFit fit = (Command.CatalogueFit) parse("which models fit on my 4090?");

        assertThat(fit.question().model()).isEmpty();
        assertThat(fit.question().hardware().orElseThrow().memoryGiB()).isEqualTo(24.0);
    }

    @Test
    void a_bare_catalogue_model_name_is_a_catalogue_fit_without_hardware() {
        Command.CatalogueFit fit = (Command.CatalogueFit) parse("llama 3.1 405b");

        assertThat(fit.question().model()).map(m -> m.id()).contains("llama-3.1-405b");
        assertThat(fit.question().hardware()).isEmpty();
    }

    @Test
    void a_model_family_in_a_sentence_without_fit_words_stays_a_question() {
        assertThat(parse("is llama 3.1 good for coding?")).isInstanceOf(Command.Question.class);
    }

    @Test
    void why_not_keeps_the_situation_after_the_option() {
        Command.WhyNot whyNot = (Command.WhyNot) parse("why not own server patient records");

        assertThat(whyNot.option()).isEqualTo(OptionId.OWN_SERVER);
        assertThat(whyNot.situationText()).isEqualTo("patient records");
        assertThat(whyNot.situation().signals()).extracting(s -> s.id()).contains("sensitive-data");
    }

    @Test
    void a_free_question_keeps_what_the_user_wrote() {
        assertThat(parse("How does Ollama work?")).isEqualTo(new Command.Question("How does Ollama work?"));
    }
}
