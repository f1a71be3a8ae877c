package com.whereai.core.situation;

import static com.whereai.core.situation.Signal.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.text.NormalizedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Signals as people write them: inflected and compound forms found by the stemmer, one typo in a longer word,
 * negation within a clause, domain words in both languages, budgets, and what a denied capability means.
 */
class ReadingRealWordingTest {

    private final SignalDetector detector = new SignalDetector();

    private Situation read(String text) {
        return detector.detect(NormalizedText.of(text).text());
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Vi har personalakterna och lönelistorna i samma system         | SENSITIVE_DATA
            An assistant over our contracts and HR documents               | SENSITIVE_DATA
            Kontrakten och sekretessavtalen ska granskas                   | SENSITIVE_DATA
            It reads our source code                                       | SENSITIVE_DATA
            Ärendehandlingar med personnummer                              | SENSITIVE_DATA
            Citizen records from the municipality                          | SENSITIVE_DATA
            Datan är känlsig                                               | SENSITIVE_DATA
            The data is confidental                                        | SENSITIVE_DATA
            Legal says Schrems II rules out US providers                   | GEOPOLITICAL_RISK
            Ritningarna omfattas av exportkontroll                         | GEOPOLITICAL_RISK
            Vi har ungefär 400 000 kr avsatt för hårdvara                  | HARDWARE_BUDGET
            Our budget is $300/month                                       | NO_HARDWARE_BUDGET
            Budget 5 000 EUR per year                                      | NO_HARDWARE_BUDGET
            We have no GPU of our own                                      | NO_HARDWARE_BUDGET
            och om vi inte har någon IT-personal?                          | NO_IT_STAFF
            IT is outsourced, no in-house techies                          | NO_IT_STAFF
            ca 2 miljoner anrop per dag                                    | CONSTANT_TRAFFIC
            a 3-month pilot                                                | SHORT_PROJECT
            en advokatbyrå med 25 jurister                                 | SHARED_USE
            """)
    void reads_the_signal_as_people_write_it(String text, Signal expected) {
        assertThat(read(text).signals()).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" -/-> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Zero customer data involved                                    | SENSITIVE_DATA
            Inga känsliga uppgifter                                        | SENSITIVE_DATA
            We have no patient data at all, only leaflets                  | SENSITIVE_DATA
            Vi ber användarna att inte skriva personuppgifter              | SENSITIVE_DATA
            We don't have an IT department                                 | IT_STAFF
            I'm a historian                                                | SENSITIVE_DATA
            får vi använda modellen kommersiellt?                          | SHARED_USE
            """)
    void a_negation_or_a_look_alike_does_not_read_the_signal(String text, Signal notExpected) {
        assertThat(read(text).signals()).doesNotContain(notExpected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Public documents that often contain citizens' health details
            All public documents, but they include personal identity numbers
            """)
    void a_weak_denial_gives_way_to_data_the_text_names(String text) {
        assertThat(read(text).signals()).contains(SENSITIVE_DATA);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The data is not sensitive
            All public-domain material
            Protokollen är redan offentliga
            """)
    void a_denial_is_kept_for_follow_ups(String text) {
        Situation situation = read(text);
        assertThat(situation.signals()).doesNotContain(SENSITIVE_DATA);
        assertThat(situation.denied()).contains(SENSITIVE_DATA);
    }
}
