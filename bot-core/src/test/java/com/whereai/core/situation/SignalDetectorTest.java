package com.whereai.core.situation;

import static com.whereai.core.situation.Signal.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.text.NormalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignalDetectorTest {

    private final SignalDetector detector = new SignalDetector();

    private Situation detect(String text) {
        return detector.detect(NormalizedText.of(text).text());
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Patient records from the clinic                      | SENSITIVE_DATA
            Vi hanterar patientjournaler                         | SENSITIVE_DATA
            Företagshemligheter och personuppgifter              | SENSITIVE_DATA
            The data must never leave our building               | ON_PREMISES
            Datan får inte lämna huset                           | ON_PREMISES
            We work offline most of the time                     | OFFLINE
            Vi har ingen uppkoppling på fartyget                 | OFFLINE
            We need the most capable models available            | FRONTIER_MODEL
            Vi vill ha GPT-4o                                    | FRONTIER_MODEL
            It must understand images and call tools             | BUILT_IN_FEATURES
            Den ska kunna söka på webben                         | BUILT_IN_FEATURES
            We expect 2 million users                            | LARGE_SCALE
            Vi räknar med 500 000 användare                      | LARGE_SCALE
            Just me and a handful of colleagues                  | SMALL_SCALE
            We are all on Azure already                          | CLOUD_ECOSYSTEM
            Vi kör redan allt i AWS                              | CLOUD_ECOSYSTEM
            Traffic is spiky and unpredictable                   | UNEVEN_TRAFFIC
            Trafiken är ojämn                                    | UNEVEN_TRAFFIC
            It runs 24/7 all year                                | CONSTANT_TRAFFIC
            Det går dygnet runt                                  | CONSTANT_TRAFFIC
            A three month pilot                                  | SHORT_PROJECT
            Ett projekt på två veckor                            | SHORT_PROJECT
            We will run this for several years                   | LONG_TERM
            Vi ska köra det i flera år                           | LONG_TERM
            We have budget for hardware                          | HARDWARE_BUDGET
            Vi har budget för hårdvara                           | HARDWARE_BUDGET
            We have no money up front and cannot afford servers  | NO_HARDWARE_BUDGET
            Vi har inte råd att köpa en server                   | NO_HARDWARE_BUDGET
            As cheap as possible                                 | LOW_BUDGET
            Det ska vara billigt                                 | LOW_BUDGET
            We have our own ops team                             | IT_STAFF
            Vi har en egen IT-avdelning                          | IT_STAFF
            We have no IT staff                                  | NO_IT_STAFF
            Vi saknar IT-personal                                | NO_IT_STAFF
            It should be easy and low maintenance                | SIMPLICITY
            Det ska vara enkelt                                  | SIMPLICITY
            Real-time answers for a voice assistant              | LOW_LATENCY
            Låg latens är ett krav                               | LOW_LATENCY
            We want to fine-tune with LoRA                       | FINE_TUNING
            Vi vill finjustera modellen                          | FINE_TUNING
            We need an uncensored model                          | UNCENSORED
            Vi vill slippa censur                                | UNCENSORED
            Sanctions and geopolitical risk worry us             | GEOPOLITICAL_RISK
            Vi oroar oss för geopolitiska risker                 | GEOPOLITICAL_RISK
            Users are on phones and old laptops                  | WEAK_DEVICES
            Personalen har surfplattor                           | WEAK_DEVICES
            We must keep our ISO 27001 certification             | CERTIFICATIONS
            Vi är en bank                                        | CERTIFICATIONS
            A quick prototype for a demo                         | PROTOTYPE
            Vi vill testa lite                                   | PROTOTYPE
            We want Llama or Mistral                             | OPEN_MODEL
            Vi vill köra en öppen modell                         | OPEN_MODEL
            We sell a SaaS product                               | COMMERCIAL_USE
            Vi ska sälja tjänsten kommersiellt                   | COMMERCIAL_USE
            The whole company will use it                        | SHARED_USE
            Alla anställda ska använda den                       | SHARED_USE
            """)
    void understands_each_signal_in_both_languages(String text, Signal expected) {
        assertThat(detect(text).signals()).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is not {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The data is not sensitive                 | SENSITIVE_DATA
            Datan är inte känslig                     | SENSITIVE_DATA
            Only public data                          | SENSITIVE_DATA
            We have no IT staff                       | IT_STAFF
            Vi har ingen IT-avdelning                 | IT_STAFF
            No budget for hardware                    | HARDWARE_BUDGET
            We don't need the best model              | FRONTIER_MODEL
            Vi behöver inte den bästa modellen        | FRONTIER_MODEL
            Steady traffic 24/7 without peaks         | UNEVEN_TRAFFIC
            """)
    void negations_win_over_the_plain_phrase(String text, Signal notExpected) {
        assertThat(detect(text).signals()).doesNotContain(notExpected);
    }

    @ParameterizedTest(name = "\"{0}\" is a rate, not a short project")
    @CsvSource(delimiter = '|', textBlock = """
            200 employees, 20 questions a day each
            About 5 requests a day per user
            It runs 5 days a week
            Vi ställer 20 frågor per dag, 5 dagar i veckan
            """)
    void a_rate_per_day_or_week_is_not_a_short_project(String text) {
        assertThat(detect(text).signals()).doesNotContain(Signal.SHORT_PROJECT);
    }

    @ParameterizedTest(name = "\"{0}\" is a short project")
    @CsvSource(delimiter = '|', textBlock = """
            We need it for a week
            A two week trial with 20 questions a day
            Vi behöver den i två veckor
            """)
    void a_span_of_days_or_weeks_still_is_a_short_project(String text) {
        assertThat(detect(text).signals()).contains(Signal.SHORT_PROJECT);
    }

    @Test
    void reads_model_size_memory_and_users() {
        Situation s = detect("A 70B model, two 24 GB cards, 300 users");

        assertThat(s.modelBillions()).isEqualTo(70.0);
        assertThat(s.vramGb()).isEqualTo(48.0);
        assertThat(s.users()).isEqualTo(300L);
        assertThat(s.signals()).contains(MODEL_SIZE, AVAILABLE_VRAM, SHARED_USE);
    }

    @Test
    void says_nothing_about_text_without_a_situation() {
        assertThat(detect("hello there").signals()).isEmpty();
        assertThat(detect("").signals()).isEmpty();
    }
}
